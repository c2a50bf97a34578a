import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { NEXT_PLAN, usePlanTree } from '@/features/plan/api/plan-tree';
import { usePlans } from '@/features/plan/api/plans';
import { PlanHeading } from '@/features/plan/components/plan-heading';
import { orderedSections, sectionAnchor, SectionView } from '@/features/plan/components/section-view';
import { usePageTitle } from '@/lib/use-page-title';

export default function PlanPage() {
  const { t, i18n } = useTranslation();
  const { planCode = NEXT_PLAN } = useParams();
  const tree = usePlanTree(planCode);
  const plans = usePlans();
  const english = i18n.language === 'en';
  usePageTitle(tree.data ? ((english && tree.data.plan?.nameEn) || tree.data.plan?.name) : t('nav.plan'));

  if (tree.isPending) return <Loading />;
  if (tree.isError) return <LoadError onRetry={() => void tree.refetch()} />;
  const sections = orderedSections(tree.data.nodes);

  return (
    <div className="space-y-8">
      <PlanHeading tree={tree.data} />
      {plans.data && plans.data.length > 1 && (
        <nav aria-label={t('plan.otherPlans')}>
          <ul className="flex flex-wrap gap-3">
            {plans.data.map((p) => (
              <li key={p.code}>
                <Link
                  to={p.code === NEXT_PLAN ? '/plan' : `/plan/${p.code}`}
                  aria-current={p.code === planCode ? 'page' : undefined}
                  className={p.code === planCode ? 'btn-primary' : 'btn-secondary'}
                >
                  {english && p.nameEn ? p.nameEn : <span lang="ja">{p.name}</span>}
                  {p.status && <span className="ml-2 text-std-16N-170">（{t(`plan.status.${p.status}`, p.status)}）</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <nav aria-labelledby="toc-h" className="lg:sticky lg:top-4 lg:self-start">
          <h2 id="toc-h" className="text-std-18B-160">{t('plan.contents')}</h2>
          <ol className="mt-2 space-y-1 border-l-4 border-blue-200 pl-3">
            {sections.map((s) => (
              <li key={s.key}>
                <a href={`#${sectionAnchor(s)}`}>
                  {s.number && <span className="mr-1">{s.number}</span>}
                  <span lang="ja">{s.title}</span>
                </a>
              </li>
            ))}
          </ol>
          <p className="mt-4">
            <Link to="/plan/compare">{t('home.comparePlan')}</Link>
          </p>
          <p className="mt-2">
            <Link to="/plan/measures">{t('plan.measures')}</Link>
          </p>
        </nav>
        <div className="min-w-0 space-y-12">
          {sections.map((s) => (
            <SectionView key={s.key} node={s} />
          ))}
        </div>
      </div>
    </div>
  );
}
