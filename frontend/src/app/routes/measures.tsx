import '@/features/measures/i18n';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useMeasures, type Measure } from '@/features/measures/api/measures';
import { MeasureView } from '@/features/measures/components/measure-view';
import { CURRENT_PLAN, NEXT_PLAN, usePlanTree, type SectionNode } from '@/features/plan/api/plan-tree';
import { usePlans } from '@/features/plan/api/plans';
import { usePageTitle } from '@/lib/use-page-title';

/** The section a node sits in: its parent in the plan's tree. */
function sectionOf(nodes: SectionNode[] | undefined, key: string | undefined, parent?: SectionNode): SectionNode | undefined {
  for (const node of nodes ?? []) {
    if (node.key === key) return parent;
    const found = sectionOf(node.children, key, node);
    if (found) return found;
  }
  return undefined;
}

interface Group {
  key: string;
  section?: SectionNode;
  measures: Measure[];
}

/** Measures in their order, gathered under the section they are listed in (first seen, first shown). */
function groupBySection(measures: Measure[], nodes: SectionNode[] | undefined): Group[] {
  const groups = new Map<string, Group>();
  for (const m of [...measures].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const section = sectionOf(nodes, m.nodeKey);
    const key = section?.key ?? '';
    if (!groups.has(key)) groups.set(key, { key, section, measures: [] });
    groups.get(key)!.measures.push(m);
  }
  return [...groups.values()];
}

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
