import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/ui/status';
import { CURRENT_PLAN, NEXT_PLAN, usePlanTree, type SectionNode, type VersionTree } from '@/features/plan/api/plan-tree';
import { DiffText } from '@/features/plan/components/diff-text';
import { type Change, compareTrees, countChanges, diffText, type SectionPair } from '@/features/plan/lib/diff';
import { usePageTitle } from '@/lib/use-page-title';

const BADGE: Record<Change, string> = {
  added: 'bg-red-900 text-white',
  changed: 'bg-orange-900 text-white',
  removed: 'bg-solid-gray-700 text-white',
  same: 'bg-solid-gray-100 text-solid-gray-900',
};

function planName(tree: VersionTree | undefined, english: boolean) {
  return (english && tree?.plan?.nameEn) || tree?.plan?.name || '';
}

function Side({ pair, side, label }: { pair: SectionPair; side: 'before' | 'after'; label: string }) {
  const { t } = useTranslation();
  const node: SectionNode | undefined = side === 'before' ? pair.before : pair.after;
  const field = (f: 'title' | 'subtitle' | 'body') => diffText(pair.before?.[f] ?? '', pair.after?.[f] ?? '');
  return (
    <div className={`min-w-0 rounded-8 border p-4 ${node ? 'border-solid-gray-420 bg-white' : 'border-dashed border-solid-gray-420 bg-solid-gray-50'}`}>
      <p className="text-std-16N-170 text-solid-gray-700 md:sr-only">{label}</p>
      {node ? (
        <>
          <p className="text-std-18B-160">
            {node.number && <span className="mr-2">{node.number}</span>}
            <DiffText pieces={field('title')} side={side} />
          </p>
          {(pair.before?.subtitle || pair.after?.subtitle) && (
            <p className="mt-1 font-bold">
              <DiffText pieces={field('subtitle')} side={side} />
            </p>
          )}
          {(pair.before?.body || pair.after?.body) && (
            <p className="mt-2 whitespace-pre-line text-std-16N-170">
              <DiffText pieces={field('body')} side={side} />
            </p>
          )}
        </>
      ) : (
        <p className="text-solid-gray-700">{side === 'before' ? t('compare.notInCurrent') : t('compare.notInNext')}</p>
      )}
    </div>
  );
}

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('compare.title'));
  const [changedOnly, setChangedOnly] = useState(false);
  const current = usePlanTree(CURRENT_PLAN);
  const next = usePlanTree(NEXT_PLAN);
  const pairs = useMemo(() => (current.data && next.data ? compareTrees(current.data.nodes, next.data.nodes) : []), [current.data, next.data]);

  const english = i18n.language === 'en';
  const before = planName(current.data, english);
  const after = planName(next.data, english);
  const heading = <h1 className="text-std-28B-150 md:text-std-36B-140">{t('compare.title')}</h1>;
  if (current.isPending || next.isPending) return <>{heading}<Loading /></>;
  if (current.isError || next.isError) {
    return <>{heading}<LoadError onRetry={() => { void current.refetch(); void next.refetch(); }} /></>;
  }
  const counts = countChanges(pairs);
  const shown = changedOnly ? pairs.filter((p) => p.change !== 'same') : pairs;

  return (
    <div className="space-y-6">
      {heading}
      <p className="text-std-16N-170">{t('compare.lead', { before, after })}</p>
      <section aria-labelledby="summary-h" className="rounded-8 bg-solid-gray-50 p-4">
        <h2 id="summary-h" className="text-std-18B-160">{t('compare.summary')}</h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {(['added', 'changed', 'removed', 'same'] as const).map((c) => (
            <li key={c} className={`rounded-full px-3 py-1 text-std-16N-170 ${BADGE[c]}`}>
              {t(`compare.change.${c}`)}: {counts[c]}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-std-16N-170">
          {t('compare.legend')}{' '}
          <ins className="bg-red-50 font-bold text-red-900 underline decoration-2 underline-offset-4">{t('compare.legendAdded')}</ins>{' '}
          <del className="bg-solid-gray-100 text-solid-gray-800 line-through decoration-2">{t('compare.legendRemoved')}</del>
        </p>
        <label className="mt-3 flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-6" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
          {t('compare.changedOnly')}
        </label>
      </section>

      <div aria-hidden="true" className="hidden grid-cols-[6rem_1fr_1fr] gap-4 md:grid">
        <span />
        <span className="text-std-18B-160" lang={english ? undefined : 'ja'}>{before}</span>
        <span className="text-std-18B-160" lang={english ? undefined : 'ja'}>{after}</span>
      </div>
      {shown.length === 0 ? (
        <p>{t('compare.noChanges')}</p>
      ) : (
        <ol className="space-y-4">
          {shown.map((pair) => (
            <li
              key={`${pair.key}-${pair.change}`}
              className="grid gap-3 md:grid-cols-[6rem_1fr_1fr] md:gap-4"
              style={{ marginLeft: `${Math.min(pair.depth, 3) * 0.75}rem` }}
            >
              <span className={`self-start justify-self-start rounded-full px-3 py-1 text-std-16N-170 ${BADGE[pair.change]}`}>
                {t(`compare.change.${pair.change}`)}
              </span>
              <Side pair={pair} side="before" label={before} />
              <Side pair={pair} side="after" label={after} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
