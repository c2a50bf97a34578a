import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.notFound'));
  return (
    <div>
      <h1 className="text-std-28B-150">{t('common.notFound')}</h1>
      <p className="mt-4">
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
