import type { StaffMember, TokenResponse } from '@/lib/session';

export const adminUser: StaffMember = { username: 'admin', displayName: '管理者 (Administrator)', roles: ['admin'], enabled: true, locked: false };
export const moderator: StaffMember = { username: 'noto', displayName: '能登 三郎', roles: ['comment-moderator'], enabled: true, locked: false };
export const secretary: StaffMember = { username: 'hakusan', displayName: '白山 四郎', roles: ['meeting-secretary'], enabled: true, locked: false };
export const planEditor: StaffMember = { username: 'kaga', displayName: '加賀 花子', roles: ['plan-editor'], enabled: true, locked: false };

let issued = 0;

/** A login or refresh answer for `user`, with a fresh token each time and the gateway's 15-minute lifetime. */
export function tokenFor(user: StaffMember, lifetimeSeconds = 900): TokenResponse {
  issued += 1;
  return {
    accessToken: `token-${user.username}-${issued}`,
    tokenType: 'Bearer',
    expiresIn: lifetimeSeconds,
    expiresAt: new Date(Date.now() + lifetimeSeconds * 1000).toISOString(),
    sessionExpiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
    user,
  };
}

export const problem = (status: number, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, title: 'problem', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
