import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { findNode, NEXT_PLAN, usePlanTree } from '@/features/plan/api/plan-tree';
import { Guidelines } from '@/features/plan/components/guidelines';
import { Philosophy } from '@/features/plan/components/philosophy';
import { PlanHeading } from '@/features/plan/components/plan-heading';
import { usePageTitle } from '@/lib/use-page-title';

export default function HomePage() {
  const { t } = useTranslation();
  const tree = usePlanTree(NEXT_PLAN);
  usePageTitle(t('nav.home'));

  if (tree.isPending) return <Loading />;
  if (tree.isError) return <LoadError onRetry={() => void tree.refetch()} />;

  const philosophy = findNode(tree.data.nodes, 'basic-philosophy');
  const guidelines = findNode(tree.data.nodes, 'guidelines');
  return (
    <div className="space-y-10">
      <PlanHeading tree={tree.data} level={1} />
      <nav aria-label={t('home.readPlan')} className="flex flex-wrap gap-3">
        <Link className="btn-primary" to="/plan">{t('home.readPlan')}</Link>
        <Link className="btn-secondary" to="/plan/compare">{t('home.comparePlan')}</Link>
        <Link className="btn-secondary" to="/consultations">{t('home.giveOpinion')}</Link>
      </nav>
      {philosophy && <Philosophy node={philosophy} />}
      {guidelines && <Guidelines node={guidelines} />}
    </div>
  );
}
