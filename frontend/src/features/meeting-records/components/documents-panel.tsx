import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { SelectField, TextField } from '@/features/plan-editing/components/form-fields';
import { Notice } from '@/features/plan-editing/components/notice';
import { translated } from '@/features/plan-editing/lib/messages';
import { useFormFailure } from '@/features/plan-editing/lib/use-form-failure';
import { type MeetingDetail, type MeetingDocument, useDocuments } from '../api/meetings';
import { flatten, fromAgenda } from '../lib/agenda';
import { useConfirmRemoval } from './confirm-removal';

export const DOCUMENT_KINDS = ['agenda', 'roster', 'report', 'material', 'schedule', 'minutes', 'other'] as const;
const FIELDS = ['title', 'kind', 'url', 'agendaItemId'] as const;

interface DocumentDraft {
  title: string;
  kind: string;
  url: string;
  agendaItemId: string;
}

const empty = (): DocumentDraft => ({ title: '', kind: 'material', url: '', agendaItemId: '' });

/** The meeting's documents (資料): listed with the agenda item each is filed under, added and removed. */
export function DocumentsPanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const { add, remove } = useDocuments(meeting.id ?? 0);
  const draft = useSessionDraft<DocumentDraft>('document', useCallback(empty, []));
  const failure = useFormFailure<never>(FIELDS);
  const [notice, setNotice] = useState<string>();
  const removal = useConfirmRemoval<MeetingDocument>({
    question: (d) => t('secretary.documents.confirm', { title: d.title }), consequence: t('secretary.documents.consequence'),
    remove: (d) => remove.mutateAsync(d.id ?? 0), pending: remove.isPending,
    onRemoved: (d) => setNotice(t('secretary.documents.removed', { title: d.title })),
  });
  const v = draft.value;
  const id = (f: string) => `${uid}-${f}`;
  const label = (f: string) => t(`secretary.documents.fields.${f}`);
  const items = flatten(fromAgenda(meeting.agenda));
  const itemTitle = (itemId?: number) => items.find((i) => i.item.id === itemId)?.item.title;
  const set = (f: keyof DocumentDraft) => (value: string) => draft.setValue((prev) => ({ ...prev, [f]: value }));

  const submit = async () => {
    failure.clear();
    setNotice(undefined);
    const found: Record<string, [string]> = {};
    if (!v.title.trim()) found.title = ['secretary.errors.titleRequired'];
    if (v.url.trim() && !/^https?:\/\/\S+$/.test(v.url.trim())) found.url = ['secretary.errors.url'];
    if (Object.keys(found).length) return failure.fail(translated(t, found));
    try {
      await add.mutateAsync({ title: v.title.trim(), kind: v.kind, url: v.url.trim() || undefined, agendaItemId: v.agendaItemId ? Number(v.agendaItemId) : undefined });
      draft.clear();
      draft.reset();
      setNotice(t('secretary.documents.added', { title: v.title.trim() }));
    } catch (e) {
      failure.caught(e);
    }
  };

  const docs = meeting.documents ?? [];
  return (
    <section aria-labelledby={id('h')} className="space-y-4">
      <h2 id={id('h')} className="text-std-24B-150">{t('secretary.documents.title')}</h2>
      <Notice text={notice} />
      {docs.length === 0 ? <p>{t('secretary.documents.none')}</p> : (
        <ul className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
          {docs.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-bold">{d.url ? <a href={d.url}>{d.title}</a> : d.title}</p>
                <p className="text-std-16N-170 text-solid-gray-700">
                  {t(`secretary.documents.kinds.${d.kind}`)}
                  {d.agendaItemId ? ` ・ ${t('secretary.documents.filedUnder', { title: itemTitle(d.agendaItemId) })}` : ''}
                </p>
              </div>
              <button type="button" className="btn-secondary" onClick={() => removal.ask(d)}>
                <ActionLabel short={t('secretary.remove')} full={t('secretary.documents.removeFull', { title: d.title })} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {removal.dialog}
      <form noValidate aria-labelledby={id('add')} className="space-y-4 rounded-8 border border-solid-gray-420 p-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h3 id={id('add')} className="text-std-20B-150">{t('secretary.documents.addTitle')}</h3>
        <ErrorSummary ref={failure.summaryRef} id={id('errors')} errors={failure.summary(id, label)} />
        <TextField id={id('title')} label={label('title')} required value={v.title} onChange={set('title')} error={failure.errors.title} />
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField id={id('kind')} label={label('kind')} required value={v.kind} onChange={set('kind')} error={failure.errors.kind}>
            {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{t(`secretary.documents.kinds.${k}`)}</option>)}
          </SelectField>
          <SelectField id={id('agendaItemId')} label={label('agendaItemId')} value={v.agendaItemId} onChange={set('agendaItemId')} error={failure.errors.agendaItemId}>
            <option value="">{t('secretary.documents.wholeMeeting')}</option>
            {items.map(({ item, depth }) => <option key={item.id} value={String(item.id)}>{'　'.repeat(depth - 1)}{item.title}</option>)}
          </SelectField>
        </div>
        <TextField id={id('url')} label={label('url')} value={v.url} onChange={set('url')} error={failure.errors.url} hint={t('secretary.documents.urlHint')} code />
        <button type="submit" className="btn-primary" disabled={add.isPending} aria-busy={add.isPending}>
          {add.isPending ? t('admin.saving') : t('secretary.documents.add')}
        </button>
      </form>
    </section>
  );
}
