import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireRole } from '@/features/auth/components/require-role';
import { ConsultationForm } from '@/features/moderation/components/consultation-form';
import { usePageTitle } from '@/lib/use-page-title';

export default function NewConsultationPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultationSetup.title'));
  const navigate = useNavigate();
  return (
    <RequireRole role="comment-moderator">
      <div className="space-y-6">
        <p><Link to="/admin/consultations">{t('entries.backToList')}</Link></p>
        <h1 className="text-std-28B-150 md:text-std-36B-140">{t('consultationSetup.title')}</h1>
        <p>{t('consultationSetup.lead')}</p>
        <ConsultationForm onCreated={(c) => navigate('/admin/consultations', { state: { created: c.title } })} />
      </div>
    </RequireRole>
  );
}
