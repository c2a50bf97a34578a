import { useTranslation } from 'react-i18next';
import type { StaffMember } from '@/lib/session';
import { ROLES } from '@/features/auth/lib/roles';

export function RoleList({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <span>{t('users.noRoles')}</span>;
  return (
    <ul className="flex flex-wrap gap-2">
      {ROLES.filter((r) => roles.includes(r)).map((r) => (
        <li key={r} className="rounded-4 border border-blue-900 px-2 text-std-16N-170 text-blue-1000">{t(`roles.${r}`)}</li>
      ))}
    </ul>
  );
}

export function memberStatus(member: StaffMember, t: (k: string) => string): string {
  if (!member.enabled) return t('users.status.disabled');
  if (member.locked) return t('users.status.locked');
  return t('users.status.active');
}

/** A staff account as the server holds it. */
export function MemberSummary({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('users.username'), <code key="u">{member.username}</code>],
    [t('users.displayName'), member.displayName],
    [t('users.roles'), <RoleList key="r" roles={member.roles} />],
    [t('users.state'), memberStatus(member, t)],
  ];
  return (
    <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420 bg-white">
      {rows.map(([k, v]) => (
        <div key={k} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
          <dt className="font-bold">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
