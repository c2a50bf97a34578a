import '@/features/consultation/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useConsultations } from '@/features/consultation/api/consultations';
import { Period, StatusBadge } from '@/features/consultation/components/period';
import { usePageTitle } from '@/lib/use-page-title';

export default function ConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultation.listTitle'));
  const list = useConsultations();
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('consultation.listTitle')}</h1>
      <p>{t('consultation.listLead')}</p>
      <p><Link to="/receipts">{t('consultation.lookUp')}</Link></p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <p>{t('consultation.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="space-y-4">
          {list.data.map((c) => (
            <li key={c.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4 md:p-6">
              <StatusBadge consultation={c} />
              <h2 className="text-std-20B-150" lang="ja">
                <Link to={`/consultations/${c.id}`}>{c.title}</Link>
              </h2>
              <Period consultation={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
