import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/features/auth/components/auth-provider';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { AREAS } from '@/features/auth/lib/roles';
import { RoleList } from '@/features/users/components/member-summary';
import { usePageTitle } from '@/lib/use-page-title';

/** The console's start: who is signed in, the areas their roles open, and their own password. */
export default function AdminHomePage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  usePageTitle(t('admin.home.title'));
  const areas = AREAS.filter((a) => can(a.role));
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.home.title')}</h1>
      <p>{t('admin.home.welcome', { name: user?.displayName })}</p>
      <section aria-labelledby="roles-title" className="space-y-3">
        <h2 id="roles-title" className="text-std-24B-150">{t('admin.home.yourRoles')}</h2>
        <RoleList roles={user?.roles ?? []} />
        {areas.length === 0 ? (
          <p>{t('admin.home.noAreas')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {areas.map((a) => (
              <li key={a.path}><Link to={`/admin/${a.path}`}>{t(a.key)}</Link></li>
            ))}
          </ul>
        )}
      </section>
      <ChangePasswordForm />
    </div>
  );
}
