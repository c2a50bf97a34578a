import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { NEXT_PLAN, type SectionNode, usePlanTree } from '@/features/plan/api/plan-tree';
import { PlanHeading } from '@/features/plan/components/plan-heading';
import { orderedSections, SectionView } from '@/features/plan/components/section-view';
import { usePageTitle } from '@/lib/use-page-title';

export default function ConsultationPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultation.title'));
  const tree = usePlanTree(NEXT_PLAN);
  const writeLink = (node: SectionNode) => (
    <p className="mt-3">
      <Link className="btn-secondary" to={`/consultations/opinion?section=${encodeURIComponent(node.key ?? '')}`}>
        {t('consultation.writeOnSection', { title: node.title })}
      </Link>
    </p>
  );
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('consultation.title')}</h1>
      <p>{t('consultation.lead')}</p>
      <p className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">{t('consultation.notOpen')}</p>
      <p>
        <Link className="btn-primary" to="/consultations/opinion">{t('consultation.writeGeneral')}</Link>
      </p>
      {tree.isPending && <Loading />}
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
