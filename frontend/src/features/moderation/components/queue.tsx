import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/ui/status';
import { warekiDateTime } from '@/lib/wareki';
import { type ConsultationDetail, useQueue } from '../api/moderation';
import { flattenOutline } from '../lib/outline';
import { filterFromParams, filterToParams, pageCount, type QueueFilter, SORTS, STATES, toQuery } from '../lib/queue';

/** Typing waits this long before it searches, so a word typed quickly makes one request, not one per letter. */
const SEARCH_DELAY_MS = 300;

/**
 * The submissions queue: comment-service filters, searches, sorts and pages; this keeps the filter
 * in the address (reload and back keep it) and shows one page of 50 with the count.
 */
export function Queue({ consultation, submissions }: { consultation: ConsultationDetail; submissions: number }) {
  const { t } = useTranslation();
  const consultationId = consultation.id ?? '';
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const queue = useQueue(consultationId, toQuery(filter));
  const [text, setText] = useState(filter.q);
  const change = (patch: Partial<QueueFilter>, replace = false) =>
    setParams(filterToParams({ ...filter, page: 1, ...patch }), { replace });

  // The box follows the address when it changes from elsewhere (back, forward, a link).
  useEffect(() => setText(filter.q), [filter.q]);
  useEffect(() => {
    if (text === filter.q) return undefined;
    const timer = setTimeout(() => change({ q: text }, true), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Only the typed text starts a search; the filter it reads is the one of this render.
  }, [text]);

  const total = queue.data?.total ?? 0;
  const pages = pageCount(total);
  // A page beyond the last (a bookmark from when there were more) shows the last one instead.
  useEffect(() => {
    if (queue.data && !queue.isPlaceholderData && filter.page > pages) change({ page: pages }, true);
  }, [queue.data, pages, filter.page]);

  const any = { code: '', label: t('moderation.queue.any') };
  const labeled = (list: { code?: string; label?: string }[] | undefined) =>
    [any, ...(list ?? []).map((o) => ({ code: o.code ?? '', label: o.label ?? o.code ?? '' }))];
  const options = {
    state: STATES.map((c) => ({ code: c, label: t(`moderation.queue.states.${c}`) })),
    channel: labeled(consultation.rules?.channels),
    section: [any, ...flattenOutline(consultation.outline).map((s) => ({ code: s.key, label: `${'　'.repeat(s.depth)}${s.label}` }))],
    attribute: labeled(consultation.rules?.attributes),
    sort: SORTS.map((c) => ({ code: c, label: t(`moderation.queue.sorts.${c}`) })),
  };
  const select = (name: keyof typeof options) => (
    <div className="space-y-1">
      <label htmlFor={`queue-${name}`} className="block text-std-16B-170">{t(`moderation.queue.${name}`)}</label>
      <select id={`queue-${name}`} className="block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
        value={filter[name]} onChange={(e) => change({ [name]: e.target.value } as Partial<QueueFilter>)}>
        {options[name].map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
      </select>
    </div>
  );
  const receiptLink = (receipt: string) =>
    `/admin/consultations/${encodeURIComponent(consultationId)}/moderation/submissions/${encodeURIComponent(receipt)}?${params.toString()}`;
  const rows = queue.data?.items ?? [];

  return (
    <section aria-labelledby="queue-heading" className="space-y-4">
      <h2 id="queue-heading" className="text-std-22B-150">{t('moderation.queue.title')}</h2>
      <form role="search" aria-label={t('moderation.queue.filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(e) => { e.preventDefault(); change({ q: text }, true); }}>
        <div className="space-y-1 sm:col-span-2 lg:col-span-3">
          <label htmlFor="queue-q" className="block text-std-16B-170">{t('moderation.queue.q')}</label>
          <input id="queue-q" type="search" className="block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
            value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {select('state')}
        {select('channel')}
        {select('section')}
        {select('attribute')}
        {select('sort')}
      </form>
      <p role="status" aria-atomic="true">
        {queue.data && t('moderation.queue.count', { count: total, total: submissions })}
        {queue.data && total > 0 && ` ${t('moderation.queue.pageOf', { page: Math.min(filter.page, pages), pages })}`}
      </p>
      {queue.isError && <LoadError onRetry={() => void queue.refetch()} />}
      {rows.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="queue-heading" aria-busy={queue.isFetching}>
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-solid-gray-600">
                <th scope="col" className="p-2">{t('moderation.queue.receipt')}</th>
                <th scope="col" className="p-2">{t('moderation.queue.receivedAt')}</th>
                <th scope="col" className="p-2">{t('moderation.queue.channel')}</th>
                <th scope="col" className="p-2">{t('moderation.queue.attribute')}</th>
                <th scope="col" className="p-2">{t('moderation.queue.text')}</th>
                <th scope="col" className="p-2">{t('moderation.queue.itemsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ submission: s, items, unanswered }) => (
                <tr key={s?.receipt} className="border-b border-solid-gray-420 align-top">
                  <th scope="row" className="whitespace-nowrap p-2 font-mono"><Link to={receiptLink(s?.receipt ?? '')}>{s?.receipt}</Link></th>
                  <td className="p-2">{s?.receivedAt ? warekiDateTime(s.receivedAt) : ''}</td>
                  <td className="p-2">{s?.channel?.label}</td>
                  <td className="p-2">{s?.attribute?.label ?? '—'}</td>
                  <td className="p-2">{(s?.text ?? '').slice(0, 80)}{(s?.text ?? '').length > 80 ? '…' : ''}</td>
                  <td className="p-2">{t('moderation.queue.itemsCell', { count: items ?? 0, unanswered: unanswered ?? 0 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('moderation.queue.paging')} className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-secondary" disabled={filter.page <= 1} onClick={() => change({ page: filter.page - 1 })}>{t('moderation.queue.prev')}</button>
          <span>{t('moderation.queue.pageOf', { page: Math.min(filter.page, pages), pages })}</span>
          <button type="button" className="btn-secondary" disabled={filter.page >= pages} onClick={() => change({ page: filter.page + 1 })}>{t('moderation.queue.next')}</button>
        </nav>
      )}
    </section>
  );
}
