import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireRole } from '@/features/auth/components/require-role';
import { CreateUserForm } from '@/features/users/components/create-user-form';
import { usePageTitle } from '@/lib/use-page-title';

export default function NewUserPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.add'));
  const navigate = useNavigate();
  return (
    <RequireRole role="admin">
      <div className="space-y-6">
        <p><Link to="/admin/users">{t('users.backToList')}</Link></p>
        <h1 className="text-std-28B-150 md:text-std-36B-140">{t('users.add')}</h1>
        <CreateUserForm onCreated={(member) => navigate(`/admin/users/${encodeURIComponent(member.username)}`, { state: { created: true } })} />
      </div>
    </RequireRole>
  );
}
