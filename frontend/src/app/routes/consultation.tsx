import '@/features/consultation/i18n';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useConsultation } from '@/features/consultation/api/consultations';
import { Period, StatusBadge } from '@/features/consultation/components/period';
import { useQuery } from '@tanstack/react-query';
import { planTreeQuery, type SectionNode } from '@/features/plan/api/plan-tree';
import { PlanHeading } from '@/features/plan/components/plan-heading';
import { orderedSections, Paragraphs, SectionView } from '@/features/plan/components/section-view';
import { ApiError } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import NotFound from './not-found';

export default function ConsultationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  const c = consultation.data;
  // The draft's text comes from plan-service: the very version the consultation is on.
  const tree = useQuery({ ...planTreeQuery(c?.plan?.code ?? '', c?.plan?.version ?? 'latest'), enabled: !!c?.plan?.code });
  usePageTitle(c?.title ?? t('consultation.listTitle'));

  if (consultation.isPending) return <Loading />;
  if (consultation.error instanceof ApiError && consultation.error.status === 404) return <NotFound />;
  if (consultation.isError || !c) return <LoadError onRetry={() => void consultation.refetch()} />;
  const status = c.status?.code ?? '';
  const canWrite = c.accepting || status === 'draft' || status === 'scheduled';
  const writeLink = (node: SectionNode) =>
    canWrite ? (
      <p className="mt-3">
        <Link className="btn-secondary" to={`/consultations/${id}/opinion?section=${encodeURIComponent(node.key ?? '')}`}>
          {t('consultation.writeOnSection', { title: node.title })}
        </Link>
      </p>
    ) : null;

  return (
    <div className="space-y-8">
      <p><Link to="/consultations">{t('consultation.listTitle')}</Link></p>
      <StatusBadge consultation={c} />
      <h1 className="text-std-28B-150 md:text-std-36B-140" lang="ja">{c.title}</h1>
      <div className="space-y-3 rounded-8 border border-solid-gray-420 p-4 md:p-6">
        <Period consultation={c} />
        {c.period?.note && <p lang="ja">{c.period.note}</p>}
        {c.eligibility && (
          <div>
            <h2 className="text-std-18B-160">{t('consultation.whoMay')}</h2>
            <p lang="ja">{c.eligibility}</p>
          </div>
        )}
        {c.rules?.channels && c.rules.channels.length > 1 && (
          <div>
            <h2 className="text-std-18B-160">{t('consultation.channels')}</h2>
            <p>{t('consultation.channelsLead')} <span lang="ja">{c.rules.channels.filter((ch) => ch.code !== 'web').map((ch) => ch.label).join('、')}</span></p>
          </div>
        )}
      </div>
      <Paragraphs text={c.summary} />
      {c.accepting ? (
        <p><Link className="btn-primary" to={`/consultations/${id}/opinion`}>{t('consultation.writeGeneral')}</Link></p>
      ) : (
        <p className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">
          {t('consultation.notOpenNow', { status: t(`consultation.status.${status}`, { defaultValue: c.status?.label }) })}
          {canWrite && <> {t('consultation.notYetOpen')} <Link to={`/consultations/${id}/opinion`}>{t('consultation.writeGeneral')}</Link></>}
          {['closed', 'answering'].includes(status) && <> {t('consultation.resultsLater')}</>}
        </p>
      )}
      {['published', 'archived'].includes(status) && (
        <p><Link className="btn-primary" to={`/consultations/${id}/results`}>{t('results.link')}</Link></p>
      )}
      <p><Link to="/receipts">{t('consultation.lookUp')}</Link></p>
      {c.documents && c.documents.length > 0 && (
        <section aria-labelledby="docs-h">
          <h2 id="docs-h" className="text-std-20B-150">{t('consultation.documents')}</h2>
          <ul className="mt-2 list-disc pl-6">
            {c.documents.map((doc) => <li key={doc.url}><a href={doc.url} lang="ja">{doc.title}</a></li>)}
          </ul>
        </section>
      )}
      {tree.isLoading && <Loading />}
      {tree.isError && <LoadError onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <section aria-labelledby="draft-h" className="space-y-8">
          <h2 id="draft-h" className="text-std-24B-150">{t('consultation.draft')}</h2>
          <PlanHeading tree={tree.data} level={2} />
          {orderedSections(tree.data.nodes).map((s) => (
            <SectionView key={s.key} node={s} depth={3} aside={(node) => (node.key === s.key ? writeLink(node) : null)} />
          ))}
        </section>
      )}
    </div>
  );
}
