import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { warekiDateTime } from '@/lib/wareki';
import type { OpinionItem, StaffSubmission } from '../api/moderation';
import { applyFilter, filterFromParams, filterToParams, optionsOf, pageOf, type QueueFilter, queueRows } from '../lib/queue';

/**
 * The submissions queue: filters, search and sort kept in the address, 50 rows a page. The API
 * answers the whole list, so filtering and paging happen here, over memoized rows.
 */
export function Queue({ consultationId, submissions, items }: { consultationId: string; submissions: StaffSubmission[]; items: OpinionItem[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const rows = useMemo(() => queueRows(submissions, items), [submissions, items]);
  const kept = useMemo(() => applyFilter(rows, filter), [rows, filter.channel, filter.attribute, filter.items, filter.q, filter.sort]);
  const page = pageOf(kept, filter.page);
  const channels = useMemo(() => optionsOf(submissions, (s) => s.channel), [submissions]);
  const attributes = useMemo(() => optionsOf(submissions, (s) => s.attribute), [submissions]);
  const change = (patch: Partial<QueueFilter>) =>
    setParams(filterToParams({ ...filter, page: 1, ...patch }), { replace: true });
  const select = (name: 'channel' | 'attribute' | 'items' | 'sort', options: { code: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`queue-${name}`} className="block text-std-16B-170">{t(`moderation.queue.${name}`)}</label>
      <select id={`queue-${name}`} className="block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
        value={filter[name]} onChange={(e) => change({ [name]: e.target.value } as Partial<QueueFilter>)}>
        {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
      </select>
    </div>
  );
  const receiptLink = (receipt: string) =>
    `/admin/consultations/${encodeURIComponent(consultationId)}/moderation/submissions/${encodeURIComponent(receipt)}?${params.toString()}`;

  return (
    <section aria-labelledby="queue-heading" className="space-y-4">
      <h2 id="queue-heading" className="text-std-22B-150">{t('moderation.queue.title')}</h2>
      <form role="search" aria-label={t('moderation.queue.filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" onSubmit={(e) => e.preventDefault()}>
        <div className="space-y-1 sm:col-span-2 lg:col-span-1">
          <label htmlFor="queue-q" className="block text-std-16B-170">{t('moderation.queue.q')}</label>
          <input id="queue-q" type="search" className="block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
            value={filter.q} onChange={(e) => change({ q: e.target.value })} />
        </div>
        {select('channel', [{ code: '', label: t('moderation.queue.any') }, ...channels])}
        {select('attribute', [{ code: '', label: t('moderation.queue.any') }, ...attributes])}
        {select('items', (['all', 'none', 'has', 'unanswered'] as const).map((c) => ({ code: c, label: t(`moderation.queue.itemsFilter.${c}`) })))}
        {select('sort', (['received-desc', 'received-asc', 'receipt'] as const).map((c) => ({ code: c, label: t(`moderation.queue.sorts.${c}`) })))}
      </form>
      <p role="status">{t('moderation.queue.count', { count: kept.length, total: rows.length })}</p>
      {page.rows.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="queue-heading">
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
              {page.rows.map(({ submission: s, items: n, unanswered }) => (
                <tr key={s.receipt} className="border-b border-solid-gray-420 align-top">
                  <th scope="row" className="p-2 font-mono"><Link to={receiptLink(s.receipt ?? '')}>{s.receipt}</Link></th>
                  <td className="p-2">{s.receivedAt ? warekiDateTime(s.receivedAt) : ''}</td>
                  <td className="p-2">{s.channel?.label}</td>
                  <td className="p-2">{s.attribute?.label ?? '—'}</td>
                  <td className="p-2">{(s.text ?? '').slice(0, 80)}{(s.text ?? '').length > 80 ? '…' : ''}</td>
                  <td className="p-2">{t('moderation.queue.itemsCell', { count: n, unanswered })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.pages > 1 && (
        <nav aria-label={t('moderation.queue.paging')} className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-secondary" disabled={page.page <= 1} onClick={() => change({ page: page.page - 1 })}>{t('moderation.queue.prev')}</button>
          <span>{t('moderation.queue.pageOf', { page: page.page, pages: page.pages })}</span>
          <button type="button" className="btn-secondary" disabled={page.page >= page.pages} onClick={() => change({ page: page.page + 1 })}>{t('moderation.queue.next')}</button>
        </nav>
      )}
    </section>
  );
}
