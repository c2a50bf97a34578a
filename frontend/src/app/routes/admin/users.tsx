import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useStaffList } from '@/features/users/api/users';
import { memberStatus, RoleList } from '@/features/users/components/member-summary';
import { usePageTitle } from '@/lib/use-page-title';

export default function UsersPage() {
  return (
    <RequireRole role="admin">
      <Users />
    </RequireRole>
  );
}

function Users() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const list = useStaffList();
  return (
    <div className="space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('users.title')}</h1>
      <p>{t('users.lead')}</p>
      <p><Link to="/admin/users/new" className="btn-primary">{t('users.add')}</Link></p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError onRetry={() => void list.refetch()} />}
      {list.data && (
        <ul aria-label={t('users.listLabel', { count: list.data.length })} className="grid gap-3 md:grid-cols-2">
          {list.data.map((m) => (
            <li key={m.username} className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
              <p className="text-std-18B-160">
                <Link to={`/admin/users/${encodeURIComponent(m.username)}`}>{m.displayName}</Link>
              </p>
              <p className="text-solid-gray-700"><code>{m.username}</code> ・ {memberStatus(m, t)}</p>
              <RoleList roles={m.roles} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
