import '@/features/measures/i18n';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useMeasures } from '@/features/measures/api/measures';
import { MeasureView } from '@/features/measures/components/measure-view';
import { groupBySection } from '@/features/measures/lib/sections';
import { CURRENT_PLAN, NEXT_PLAN, usePlanTree } from '@/features/plan/api/plan-tree';
import { usePlans } from '@/features/plan/api/plans';
import { usePageTitle } from '@/lib/use-page-title';

export default function MeasuresPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const plan = params.get('plan') ?? CURRENT_PLAN;
  const measures = useMeasures(plan);
  const tree = usePlanTree(plan);
  const plans = usePlans();
  const english = i18n.language === 'en';
  usePageTitle(t('measures.title'));

  const choices = plans.data?.filter((p) => p.code === CURRENT_PLAN || p.code === NEXT_PLAN) ?? [];
  const groups = measures.data ? groupBySection(measures.data, tree.data?.nodes) : [];

  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('measures.title')}</h1>
      <p>{t('measures.lead')}</p>
      {choices.length > 1 && (
        <nav aria-label={t('measures.choosePlan')}>
          <ul className="flex flex-wrap gap-3">
            {choices.map((p) => (
              <li key={p.code}>
                <Link
                  to={p.code === CURRENT_PLAN ? '/plan/measures' : `/plan/measures?plan=${p.code}`}
                  aria-current={p.code === plan ? 'page' : undefined}
                  className={p.code === plan ? 'btn-primary' : 'btn-secondary'}
                >
                  {english && p.nameEn ? p.nameEn : <span lang="ja">{p.name}</span>}
                  {p.status && <span className="ml-2 text-std-16N-170">（{t(`plan.status.${p.status}`, p.status)}）</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {measures.isPending && <Loading />}
      {measures.isError && <LoadError onRetry={() => void measures.refetch()} />}
      {measures.data && (
        <>
          <p className="text-std-17B-170">
            {measures.data.length ? t('measures.count', { count: measures.data.length }) : t('measures.none')}
          </p>
          {groups.map((g) => (
            <section key={g.key} aria-labelledby={`measures-${g.key || 'other'}`} className="space-y-6">
              <h2 id={`measures-${g.key || 'other'}`} className="text-std-24B-150">
                {g.section ? (
                  <>
                    {g.section.number && <span className="mr-2">{g.section.number}</span>}
                    <span lang="ja">{g.section.title}</span>
                  </>
                ) : (
                  t('measures.otherSection')
                )}
              </h2>
              {g.measures.map((m) => (
                <MeasureView key={m.id} measure={m} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
