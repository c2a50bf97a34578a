import '@/features/search/i18n';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMeetingSearch, useOpinionSearch, usePlanSearch } from '@/features/search/api/search';
import { Highlight } from '@/features/search/components/highlight';
import { usePageTitle } from '@/lib/use-page-title';

/** One source's part of the results: its own loading, failure (with retry) and hits. */
function Part<T>({ id, title, query, count, children }: {
  id: string; title: string; query: UseQueryResult<T>; count: (data: T) => number; children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="space-y-3" aria-busy={query.isFetching}>
      <h2 id={id} className="text-std-24B-150">
        {title}
        {query.data !== undefined && <span className="ml-2 text-std-18N-160">（{count(query.data)}）</span>}
      </h2>
      {query.isPending && query.isFetching && <p role="status">{t('search.searching', { part: title })}</p>}
      {query.isError && (
        <div role="alert" className="space-y-2 rounded-8 border-2 border-red-900 bg-red-50 p-4">
          <p className="font-bold text-red-900">{t('search.failed', { part: title })}</p>
          <button type="button" className="btn-secondary" onClick={() => void query.refetch()}>{t('search.retry', { part: title })}</button>
        </div>
      )}
      {query.data !== undefined && count(query.data) === 0 && <p>{t('search.none')}</p>}
      {query.data !== undefined && count(query.data) > 0 && children(query.data)}
    </section>
  );
}

export default function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const words = q.split(/\s+/).filter(Boolean);
  usePageTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const plans = usePlanSearch(q);
  const opinions = useOpinionSearch(q);
  const meetings = useMeetingSearch(q);
  const n = (x: { data?: unknown[] }) => (x.data ? String(x.data.length) : '–');

  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      {!q && <p>{t('search.enter')}</p>}
      {q && (
        <>
          <p role="status">
            {t('search.summary', { plans: n(plans), opinions: n(opinions), meetings: meetings.data ? String(meetings.data.total ?? 0) : '–' })}
          </p>
          <Part id="hits-plans" title={t('search.plans')} query={plans} count={(d) => d.length}>
            {(hits) => (
              <ul className="space-y-3">
                {hits.map((h) => (
                  <li key={`${h.plan}-${h.version}-${h.key}`} className="rounded-8 border border-solid-gray-420 p-4">
                    <p className="text-std-18B-160">
                      <Link to={`/plan/${h.plan}#section-${h.key}`}>
                        {h.number && <span className="mr-1">{h.number}</span>}<span lang="ja">{h.title}</span>
                      </Link>
                    </p>
                    <p className="text-std-16N-170 text-solid-gray-700" lang="ja">{h.planName}（{h.versionLabel}）</p>
                    <p lang="ja"><Highlight text={h.snippet} words={[...words, ...(h.matchedTerms ?? [])]} /></p>
                  </li>
                ))}
              </ul>
            )}
          </Part>
          <Part id="hits-opinions" title={t('search.opinions')} query={opinions} count={(d) => d.length}>
            {(hits) => (
              <ul className="space-y-3">
                {hits.map((h) => (
                  <li key={`${h.consultationCode}-${h.item?.number}`} className="space-y-1 rounded-8 border border-solid-gray-420 p-4">
                    <p className="text-std-18B-160">
                      <Link to={`/consultations/${h.consultationCode}/results#item-${h.item?.number}`} lang="ja">
                        {h.consultationTitle} No.{h.item?.number}
                      </Link>
                    </p>
                    {h.item?.sectionTitle && <p className="text-std-16N-170 text-solid-gray-700" lang="ja">{h.item.sectionTitle}</p>}
                    <p lang="ja"><Highlight text={h.item?.summary} words={words} /></p>
                    <p lang="ja"><span className="font-bold">{t('search.answer')}: </span><Highlight text={h.item?.answer} words={words} /></p>
                  </li>
                ))}
              </ul>
            )}
          </Part>
          <Part id="hits-meetings" title={t('search.meetings')} query={meetings} count={(d) => d.items?.length ?? 0}>
            {(page) => (
              <ul className="space-y-3">
                {(page.items ?? []).map((h) => (
                  <li key={`${h.kind}-${h.id}`} className="space-y-1 rounded-8 border border-solid-gray-420 p-4">
                    <p className="text-std-18B-160">
                      {h.meeting?.id
                        ? <Link to={`/council/meetings/${h.meeting.id}`} lang="ja">{h.title}</Link>
                        : <Link to="/council" lang="ja">{h.title}</Link>}
                    </p>
                    {h.meeting?.title && h.meeting.title !== h.title && (
                      <p className="text-std-16N-170 text-solid-gray-700" lang="ja">{h.meeting.title}{h.meeting.date?.label && ` ${h.meeting.date.label}`}</p>
                    )}
                    <p lang="ja"><Highlight text={h.snippet} words={words} /></p>
                  </li>
                ))}
              </ul>
            )}
          </Part>
        </>
      )}
    </div>
  );
}
