import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { OpinionForm } from '@/features/consultation/components/opinion-form';
import { DEFAULT_ELIGIBILITIES } from '@/features/consultation/lib/eligibility';
import { NEXT_PLAN, type SectionNode, usePlanTree } from '@/features/plan/api/plan-tree';
import { usePageTitle } from '@/lib/use-page-title';

/** Every section of the draft, depth first, as "2.2 行動指針 › 市民目線". */
function flatten(nodes: SectionNode[] | undefined, trail: string[] = []): { value: string; label: string; lang: string }[] {
  return [...(nodes ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .flatMap((n) => {
      const label = [...trail, [n.number, n.title].filter(Boolean).join(' ')];
      return [{ value: n.key ?? '', label: label.join(' › '), lang: 'ja' }, ...flatten(n.children, label)];
    });
}

export default function OpinionPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultation.opinionTitle'));
  const [params] = useSearchParams();
  const tree = usePlanTree(NEXT_PLAN);
  const sections = useMemo(() => flatten(tree.data?.nodes), [tree.data]);
  const eligibilities = DEFAULT_ELIGIBILITIES.map((value) => ({ value, label: t(`consultation.eligibility.${value}`) }));
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link to="/consultations">{t('consultation.backToDraft')}</Link>
      </p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('consultation.title')}</h1>
      {tree.isPending && <Loading />}
      {tree.isError && <LoadError onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <OpinionForm
          storageKey={`kyoso.opinion-draft.${NEXT_PLAN}`}
          sections={sections}
          eligibilities={eligibilities}
          initialSection={params.get('section') ?? ''}
          onSent={() => undefined}
        />
      )}
    </div>
  );
}
