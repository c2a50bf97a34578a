import '@/features/consultation/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { sendOpinion, type SubmissionReceipt, useConsultation } from '@/features/consultation/api/consultations';
import { OpinionForm } from '@/features/consultation/components/opinion-form';
import { Period } from '@/features/consultation/components/period';
import { ReceiptCard } from '@/features/consultation/components/receipt-card';
import { usePageTitle } from '@/lib/use-page-title';

export default function OpinionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const consultation = useConsultation(id);
  const [receipt, setReceipt] = useState<SubmissionReceipt>();
  usePageTitle(receipt ? t('receipt.thanks') : t('consultation.opinionTitle'));
  const c = consultation.data;
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link to={`/consultations/${id}`}>{t('consultation.backToDraft')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('consultation.opinionTitle')}</h1>
      {consultation.isPending && <Loading />}
      {consultation.isError && <LoadError onRetry={() => void consultation.refetch()} />}
      {c && <p className="text-std-18B-160" lang="ja">{c.title}</p>}
      {c && <Period consultation={c} />}
      {c && c.eligibility && <p><span className="font-bold">{t('consultation.whoMay')}: </span><span lang="ja">{c.eligibility}</span></p>}
      {receipt && <ReceiptCard receipt={receipt} />}
      {c && !receipt && (
        <OpinionForm
          consultation={c}
          storageKey={`kyoso.opinion-draft.${id}`}
          initialSection={params.get('section') ?? ''}
          send={(body, key) => sendOpinion(id, body, key)}
          onSent={setReceipt}
        />
      )}
    </div>
  );
}
