import '@/features/consultation/i18n';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { inputClass } from '@/components/ui/field';
import { LoadError, Loading } from '@/components/ui/status';
import { useResult } from '@/features/consultation/api/consultations';
import { ApiError } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import { warekiDateTime } from '@/lib/wareki';

// recharts loads with this page's charts only.
const CountChart = lazy(() => import('@/features/consultation/components/count-chart').then((m) => ({ default: m.CountChart })));

type Count = { code?: string; label?: string; count?: number };

function Counts({ id, title, counts }: { id: string; title: string; counts: Count[] }) {
  const { t } = useTranslation();
  const rows = counts.map((c) => ({ label: c.label ?? c.code ?? '', count: c.count ?? 0 }));
  return (
    <figure aria-labelledby={id} className="min-w-0 space-y-2 rounded-8 border border-solid-gray-420 p-4">
      <figcaption><h3 id={id} className="text-std-20B-150">{title}</h3></figcaption>
      <Suspense fallback={<Loading />}><CountChart rows={rows} /></Suspense>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            <th scope="col" className="p-2">{title}</th>
            <th scope="col" className="p-2 text-right">{t('results.count')}</th>
          </tr>
        </thead>
        <tbody lang="ja">
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-solid-gray-200">
              <th scope="row" className="p-2 font-normal">{r.label}</th>
              <td className="p-2 text-right">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default function ResultsPage() {
  const { t } = useTranslation();
  const uid = useId();
  const { id = '' } = useParams();
  const result = useResult(id);
  const r = result.data;
  usePageTitle(r ? t('results.titleOf', { title: r.title }) : t('results.title'));
  const [section, setSection] = useState('');
  const [category, setCategory] = useState('');
  const [words, setWords] = useState('');
  const items = useMemo(() => {
    const terms = words.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
    return (r?.items ?? []).filter((i) => {
      if (section && (i.sectionKey ?? '') !== section) return false;
      if (category && i.category !== category) return false;
      const text = [i.summary, i.answer, i.planChange].join(' ').normalize('NFKC').toLowerCase();
      return terms.every((w) => text.includes(w));
    });
  }, [r, section, category, words]);

  if (result.isPending) return <Loading />;
  if (result.error instanceof ApiError && result.error.status === 404) {
    return (
      <div className="space-y-6">
        <h1 className="text-std-28B-150 md:text-std-36B-140">{t('results.title')}</h1>
        <p className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">{t('results.notYet')}</p>
        <p><Link to={`/consultations/${id}`}>{t('results.back')}</Link></p>
      </div>
    );
  }
  if (result.isError || !r) return <LoadError onRetry={() => void result.refetch()} />;

  return (
    <div className="space-y-8">
      <p><Link to={`/consultations/${id}`}>{t('results.back')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140"><span lang="ja">{r.title}</span> {t('results.suffix')}</h1>
      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          [t('results.submitters'), t('results.people', { count: r.submitters })],
          [t('results.items'), t('results.itemsCount', { count: r.itemCount })],
          [t('results.publishedAt'), r.publishedAt ? warekiDateTime(r.publishedAt) : ''],
        ].map(([k, v]) => (
          <div key={k} className="rounded-8 border border-solid-gray-420 p-4">
            <dt className="font-bold">{k}</dt>
            <dd className="text-std-20B-150">{v}</dd>
          </div>
        ))}
      </dl>
      <p><a href={`/api/v1/consultations/${id}/results?format=csv`} download>{t('results.csv')}</a></p>

      <section aria-labelledby={`${uid}-charts`} className="space-y-4">
        <h2 id={`${uid}-charts`} className="text-std-24B-150">{t('results.counts')}</h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <Counts id={`${uid}-by-section`} title={t('results.bySection')} counts={r.bySection ?? []} />
          <Counts id={`${uid}-by-category`} title={t('results.byCategory')} counts={r.byCategory ?? []} />
        </div>
      </section>

      <section aria-labelledby={`${uid}-items`} className="space-y-4">
        <h2 id={`${uid}-items`} className="text-std-24B-150">{t('results.itemsTitle')}</h2>
        <div className="grid gap-3 rounded-8 bg-solid-gray-50 p-4 md:grid-cols-3">
          <div>
            <label htmlFor={`${uid}-section`} className="block font-bold">{t('results.filterSection')}</label>
            <select id={`${uid}-section`} className={inputClass()} value={section} onChange={(e) => setSection(e.target.value)}>
              <option value="">{t('results.all')}</option>
              {(r.bySection ?? []).map((s) => <option key={s.code ?? ''} value={s.code ?? ''}>{s.label}（{s.count}）</option>)}
            </select>
          </div>
          <div>
            <label htmlFor={`${uid}-category`} className="block font-bold">{t('results.filterCategory')}</label>
            <select id={`${uid}-category`} className={inputClass()} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('results.all')}</option>
              {(r.byCategory ?? []).map((c) => <option key={c.code} value={c.code}>{c.label}（{c.count}）</option>)}
            </select>
          </div>
          <div>
            <label htmlFor={`${uid}-words`} className="block font-bold">{t('results.filterWords')}</label>
            <input id={`${uid}-words`} type="search" className={inputClass()} value={words} onChange={(e) => setWords(e.target.value)} />
          </div>
        </div>
        <p role="status">{t('results.shown', { count: items.length, total: r.items?.length ?? 0 })}</p>
        <ol className="space-y-4">
          {items.map((i) => (
            <li key={i.number} id={`item-${i.number}`} className="scroll-mt-4 space-y-2 rounded-8 border border-solid-gray-420 p-4">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-bold">No.{i.number}</span>
                <span lang="ja">{i.sectionTitle ?? t('results.general')}</span>
                {i.categoryLabel && <span className="rounded-4 border border-solid-gray-600 px-2 text-std-16N-170" lang="ja">{i.categoryLabel}</span>}
              </p>
              <div>
                <h3 className="text-std-17B-170">{t('results.summary')}</h3>
                <p className="whitespace-pre-wrap" lang="ja">{i.summary}</p>
              </div>
              <div className="rounded-8 bg-blue-50 p-3">
                <h3 className="text-std-17B-170">{t('results.answer')}</h3>
                <p className="whitespace-pre-wrap" lang="ja">{i.answer}</p>
              </div>
              {i.planChange && (
                <div>
                  <h3 className="text-std-17B-170">{t('results.planChange')}</h3>
                  <p className="whitespace-pre-wrap" lang="ja">{i.planChange}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
