import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useAudit, useMember } from '@/features/users/api/users';
import { EnableToggle, ResetPasswordForm } from '@/features/users/components/account-actions';
import { EditUserForm } from '@/features/users/components/edit-user-form';
import { MemberSummary } from '@/features/users/components/member-summary';
import { warekiDateTime } from '@/lib/wareki';
import { usePageTitle } from '@/lib/use-page-title';

export default function UserPage() {
  return (
    <RequireRole role="admin">
      <User />
    </RequireRole>
  );
}

function User() {
  const { t } = useTranslation();
  const { username = '' } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const member = useMember(username);
  usePageTitle(member.data?.displayName ?? t('users.title'));
  return (
    <div className="max-w-3xl space-y-8">
      <p><Link to="/admin/users">{t('users.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{member.data?.displayName ?? username}</h1>
      {created && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{t('users.created')}</p>}
      {member.isPending && <Loading />}
      {member.isError && <LoadError onRetry={() => void member.refetch()} />}
      {member.data && (
        <>
          <MemberSummary member={member.data} />
          <EditUserForm key={member.data.username} member={member.data} />
          <ResetPasswordForm member={member.data} />
          <EnableToggle member={member.data} />
          <Audit username={username} />
        </>
      )}
    </div>
  );
}

function Audit({ username }: { username: string }) {
  const { t } = useTranslation();
  const audit = useAudit(username);
  return (
    <section aria-labelledby="audit-title" className="space-y-3">
      <h2 id="audit-title" className="text-std-24B-150">{t('users.auditTitle')}</h2>
      {audit.isPending && <Loading />}
      {audit.isError && <LoadError onRetry={() => void audit.refetch()} />}
      {audit.data && (
        <ol className="space-y-2">
          {audit.data.map((e, i) => (
            <li key={i} className="rounded-8 border border-solid-gray-200 p-3">
              <p className="font-bold">{warekiDateTime(e.at)} ・ {t(`users.audit.${e.action}`, { defaultValue: e.action })}</p>
              <p className="text-solid-gray-700">{t('users.auditBy', { actor: e.actor })}{e.detail ? ` — ${e.detail}` : ''}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
