/** The staff roles (the gateway's and every service's kyoso.kit.security.Roles). */
export const ROLES = ['admin', 'plan-editor', 'comment-moderator', 'meeting-secretary'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The console's work areas and the role each needs. A role gives exactly its own area (an admin
 * administers accounts, not plans), as the services' @RolesAllowed do.
 */
export const AREAS = [
  { path: 'plans', role: 'plan-editor', key: 'admin.nav.plans' },
  { path: 'consultations', role: 'comment-moderator', key: 'admin.nav.consultations' },
  { path: 'meetings', role: 'meeting-secretary', key: 'admin.nav.meetings' },
  { path: 'schedule', role: 'meeting-secretary', key: 'admin.nav.schedule' },
  { path: 'people', role: 'meeting-secretary', key: 'admin.nav.people' },
  { path: 'programs', role: 'meeting-secretary', key: 'admin.nav.programs' },
  { path: 'users', role: 'admin', key: 'admin.nav.users' },
] as const satisfies readonly { path: string; role: Role; key: string }[];

export function hasRole(roles: readonly string[] | undefined, role: Role): boolean {
  return !!roles?.includes(role);
}
