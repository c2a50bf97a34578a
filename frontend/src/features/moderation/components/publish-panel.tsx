import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ApiError } from '@/lib/api-client';
import { type ConsultationDetail, type OpinionItem, useTransition } from '../api/moderation';
import { ANSWER_CATEGORIES, flattenOutline } from '../lib/outline';
import { fieldErrorsOf } from '../lib/redaction';

/**
 * The consultation's state and the next step the moderator may take: closed → answering → published
 * (closing itself follows the clock). Before publishing, the result as it will read: items by
 * section with their answers and the counts by category. Once published, the CSV of the result.
 */
export function PublishPanel({ consultation, items }: { consultation: ConsultationDetail; items: OpinionItem[] }) {
  const { t, i18n } = useTranslation();
  const transition = useTransition(consultation.id ?? '');
  const [reason, setReason] = useState('');
  const state = consultation.status?.code;
  const next = state === 'closed' ? 'answering' : state === 'answering' ? 'published' : undefined;
  const error = transition.error instanceof ApiError ? transition.error : undefined;
  const shown = items.filter((i) => !i.hidden);
  const sections = flattenOutline(consultation.outline);
  const groups = [...sections, { key: '', label: t('moderation.item.general'), depth: 0 }]
    .map((s) => ({ ...s, items: shown.filter((i) => (i.section ?? '') === s.key) }))
    .filter((g) => g.items.length > 0);
  const csv = `/api/v1/consultations/${encodeURIComponent(consultation.id ?? '')}/results?format=csv`;

  return (
    <div className="space-y-6">
      <section aria-labelledby="state-heading" className="space-y-3">
        <h2 id="state-heading" className="text-std-22B-150">{t('moderation.publish.state')}</h2>
        <p>{t('moderation.publish.now', { status: consultation.status?.label })}</p>
        {!next && state !== 'published' && state !== 'archived' && <p>{t('moderation.publish.waitClose')}</p>}
        {error && (error.problem?.errors?.length
          ? <div role="alert" className="space-y-2 rounded-8 border-2 border-orange-900 bg-orange-50 p-4">
              <p className="font-bold">{t('moderation.publish.notYet')}</p>
              <ul className="list-disc pl-6">{Object.values(fieldErrorsOf(error.problem, i18n.language)).map((m) => <li key={m}>{m}</li>)}</ul>
            </div>
          : error.status === 409 ? <ConflictNotice error={error} />
          : <p role="alert" className="font-bold text-red-900">{t('common.error')}</p>)}
        {next && (
          <form className="space-y-3" onSubmit={(e) => { e.preventDefault(); transition.mutate({ to: next, reason: reason || undefined }); }}>
            <div className="space-y-1">
              <label htmlFor="transition-reason" className="block text-std-16B-170">{t('moderation.publish.reason')}</label>
              <input id="transition-reason" className="block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button type="submit" className="btn-primary" disabled={transition.isPending} aria-busy={transition.isPending}>
              {t(`moderation.publish.to.${next}`)}
            </button>
          </form>
        )}
        {(state === 'published' || state === 'archived') && (
          <p><a href={csv} download>{t('moderation.publish.csv')}</a></p>
        )}
      </section>

      {state !== 'published' && state !== 'archived' && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-std-22B-150">{t('moderation.publish.preview')}</h2>
          <p>{t('moderation.publish.previewLead', { count: shown.length })}</p>
          <table className="border-collapse">
            <caption className="text-left text-std-16B-170">{t('moderation.publish.byCategory')}</caption>
            <tbody>
              {[...ANSWER_CATEGORIES, ''].map((c) => (
                <tr key={c} className="border-b border-solid-gray-420">
                  <th scope="row" className="p-2 text-left">{c ? t(`moderation.categories.${c}`) : t('moderation.item.noCategory')}</th>
                  <td className="p-2 text-right">{shown.filter((i) => (i.category ?? '') === c).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {groups.map((g) => (
            <section key={g.key || 'general'} className="space-y-2">
              <h3 className="text-std-18B-160">{g.label}</h3>
              <ol className="space-y-3">
                {g.items.map((i) => (
                  <li key={i.id} className="rounded-8 border border-solid-gray-420 p-3">
                    <p className="whitespace-pre-wrap">{i.summary}</p>
                    <p className="mt-2 font-bold">{t('moderation.item.answer')}{i.category ? `（${t(`moderation.categories.${i.category}`)}）` : ''}</p>
                    <p className="whitespace-pre-wrap">{i.answer || t('moderation.publish.noAnswer')}</p>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
