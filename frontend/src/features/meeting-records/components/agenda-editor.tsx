import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';
import { translated } from '@/features/plan-editing/lib/messages';
import { useFormFailure } from '@/features/plan-editing/lib/use-form-failure';
import { type AgendaNode, type MeetingDetail, useSaveAgenda } from '../api/meetings';
import {
  addItem, AGENDA_KINDS, type AgendaDraftItem, type AgendaField, depthOf, fieldPaths, flatten, fromAgenda, indentItem,
  MAX_DEPTH, moveItem, newItem, outdentItem, removeItem, standardAgenda, toCommand, updateItem, validateAgenda,
} from '../lib/agenda';

interface AgendaDraft {
  items: AgendaDraftItem[];
  lockVersion: number;
}

/** The agenda as a nested list of titles: how the conflict shows what the server holds now. */
function AgendaOutline({ nodes }: { nodes?: AgendaNode[] }) {
  if (!nodes?.length) return null;
  return (
    <ol className="list-decimal space-y-1 pl-6">
      {nodes.map((n) => <li key={n.id}>{n.number ? `${n.number} ` : ''}{n.title}<AgendaOutline nodes={n.children} /></li>)}
    </ol>
  );
}

/**
 * Edits a meeting's agenda tree (開会, 報告事項, 議事 with its items, 意見交換, 閉会) and saves it whole.
 * Items keep their ids, so documents filed under them stay filed. An item may name a plan version
 * or a consultation by its public keys. The page renders it anew for each lockVersion, so after any
 * save it starts from the stored agenda (with the new items' ids).
 */
export function AgendaEditor({ meeting, notice, onSaved }: { meeting: MeetingDetail; notice?: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const initial = useCallback((): AgendaDraft => ({ items: fromAgenda(meeting.agenda), lockVersion: meeting.lockVersion ?? 0 }), [meeting]);
  const draft = useSessionDraft<AgendaDraft>('agenda', initial);
  const items = draft.value.items;
  const paths = fieldPaths(items);
  const failure = useFormFailure<MeetingDetail>(paths);
  const save = useSaveAgenda(meeting.id ?? 0);

  const flat = flatten(items);
  const pathOf = new Map(flat.map((f) => [f.item.key, f.path]));
  const numberOf = (path: string) => [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1).join('-');
  const idOf = (key: string, field: string) => `${uid}-${key}-${field}`;
  const byPath = new Map(flat.map((f) => [f.path, f.item.key]));
  const split = (fieldPath: string) => {
    const at = fieldPath.lastIndexOf('.');
    return { path: fieldPath.slice(0, at), field: fieldPath.slice(at + 1) };
  };
  const summaryId = (fieldPath: string) => {
    const { path, field } = split(fieldPath);
    return idOf(byPath.get(path) ?? '', field === 'id' ? 'title' : field);
  };
  const summaryLabel = (fieldPath: string) => {
    const { path, field } = split(fieldPath);
    return t('secretary.agenda.itemField', { number: numberOf(path), field: t(`secretary.agenda.fields.${field === 'id' ? 'title' : field}`) });
  };

  const change = (next: (list: AgendaDraftItem[]) => AgendaDraftItem[], focus?: string) => {
    draft.setValue((prev) => ({ ...prev, items: next(prev.items) }));
    if (focus) requestAnimationFrame(() => document.getElementById(focus)?.focus());
  };

  const submit = async (lockVersion = draft.value.lockVersion) => {
    failure.clear();
    const found = validateAgenda(items);
    if (Object.keys(found).length) return failure.fail(translated(t, found));
    try {
      await save.mutateAsync({ lockVersion, items: toCommand(items, meeting.agenda) });
      draft.clear();
      onSaved();
    } catch (e) {
      failure.caught(e);
    }
  };

  const current = failure.conflict?.current;
  const errorOf = (key: string, field: AgendaField) => failure.errors[`${pathOf.get(key)}.${field}`] ?? (field === 'title' ? failure.errors[`${pathOf.get(key)}.id`] : undefined);

  const renderItem = (item: AgendaDraftItem, index: number, siblings: AgendaDraftItem[]) => {
    const path = pathOf.get(item.key) ?? '';
    const number = numberOf(path);
    const depth = depthOf(items, item.key);
    const name = item.title.trim() || t('secretary.agenda.untitled');
    const input = (field: AgendaField, wide = true) => {
      const id = idOf(item.key, field);
      const error = errorOf(item.key, field);
      return (
        <Field id={id} label={t(`secretary.agenda.fields.${field}`)} error={error}>
          {field === 'description' ? (
            <textarea id={id} rows={3} className={inputClass(error)} value={item[field]} aria-invalid={!!error} aria-describedby={describedBy(id, error)}
              onChange={(e) => change((list) => updateItem(list, item.key, { [field]: e.target.value }))} />
          ) : (
            <input id={id} className={`${inputClass(error)} ${wide ? '' : 'sm:max-w-40'}`} value={item[field]} aria-invalid={!!error}
              aria-describedby={describedBy(id, error)} spellCheck={field.endsWith('Key') || field === 'consultationId' ? false : undefined}
              onChange={(e) => change((list) => updateItem(list, item.key, { [field]: e.target.value }))} />
          )}
        </Field>
      );
    };
    const button = (action: string, short: string, onClick: () => void, disabled = false) => (
      <button id={idOf(item.key, action)} type="button" className="btn-secondary" disabled={disabled} onClick={onClick}>
        <ActionLabel short={short} full={t(`secretary.agenda.full.${action}`, { title: name, number })} />
      </button>
    );
    return (
      <li key={item.key} className="space-y-3 rounded-8 border border-solid-gray-420 bg-white p-3 sm:p-4">
        <fieldset className="space-y-3">
          <legend className="text-std-17B-170">{t('secretary.agenda.item', { number })}: {name}</legend>
          <div className="grid gap-3 sm:grid-cols-[12rem_8rem_1fr]">
            <Field id={idOf(item.key, 'kind')} label={t('secretary.agenda.fields.kind')} error={errorOf(item.key, 'kind')}>
              <select id={idOf(item.key, 'kind')} className={inputClass(errorOf(item.key, 'kind'))} value={item.kind}
                onChange={(e) => change((list) => updateItem(list, item.key, { kind: e.target.value }))}>
                {AGENDA_KINDS.map((k) => <option key={k} value={k}>{t(`secretary.agenda.kinds.${k}`)}</option>)}
              </select>
            </Field>
            {input('number', false)}
            {input('title')}
          </div>
          <details className="rounded-8 bg-solid-gray-50 p-3" open={['description', 'planKey', 'planVersionKey', 'consultationId'].some((f) => errorOf(item.key, f as AgendaField)) || undefined}>
            <summary className="cursor-pointer">{t('secretary.agenda.more')}</summary>
            <div className="mt-3 space-y-3">
              {input('description')}
              <div className="grid gap-3 md:grid-cols-3">
                {input('planKey')}
                {input('planVersionKey')}
                {input('consultationId')}
              </div>
              <p className="text-std-16N-170 text-solid-gray-700">{t('secretary.agenda.linkHint')}</p>
            </div>
          </details>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          {button('up', t('secretary.agenda.up'), () => change((list) => moveItem(list, item.key, -1), idOf(item.key, 'up')), index === 0)}
          {button('down', t('secretary.agenda.down'), () => change((list) => moveItem(list, item.key, 1), idOf(item.key, 'down')), index === siblings.length - 1)}
          {button('indent', t('secretary.agenda.indent'), () => change((list) => indentItem(list, item.key), idOf(item.key, 'outdent')), index === 0 || depth >= MAX_DEPTH)}
          {button('outdent', t('secretary.agenda.outdent'), () => change((list) => outdentItem(list, item.key), idOf(item.key, 'indent')), depth <= 1)}
          {depth < MAX_DEPTH && button('addChild', t('secretary.agenda.addChild'), () => {
            const child = newItem(item.kind === 'deliberation' ? 'topic' : item.kind === 'reports' ? 'report' : 'subtopic');
            change((list) => addItem(list, item.key, child), idOf(child.key, 'title'));
          })}
          {button('remove', t('secretary.agenda.remove'), () => change((list) => removeItem(list, item.key), `${uid}-add`))}
        </div>
        {item.children.length > 0 && <ol className="space-y-3 sm:pl-4">{item.children.map((c, i) => renderItem(c, i, item.children))}</ol>}
      </li>
    );
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="space-y-4">
      <h2 id={`${uid}-h`} className="text-std-24B-150">{t('secretary.agenda.title')}</h2>
      <p>{t('secretary.agenda.lead')}</p>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <Notice text={notice} />
      <ErrorSummary ref={failure.summaryRef} id={`${uid}-errors`} errors={failure.summary(summaryId, summaryLabel)} />
      {failure.conflict && (
        <ConflictNotice error={failure.conflict.error}>
          {current && (
            <div className="space-y-2">
              {current.agenda?.length ? <AgendaOutline nodes={current.agenda} /> : <p>{t('secretary.agenda.empty')}</p>}
              <div className="flex flex-wrap gap-3">
                <button type="button" className="btn-secondary" onClick={() => {
                  draft.setValue({ items: fromAgenda(current.agenda), lockVersion: current.lockVersion ?? 0 });
                  draft.clear();
                  failure.setConflict(undefined);
                }}>{t('drafts.takeTheirs')}</button>
                <button type="button" className="btn-primary" onClick={() => void submit(current.lockVersion)}>{t('drafts.keepMine')}</button>
              </div>
            </div>
          )}
        </ConflictNotice>
      )}
      <form noValidate aria-labelledby={`${uid}-h`} className="space-y-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {items.length === 0 ? (
          <div className="space-y-3 rounded-8 border border-dashed border-solid-gray-420 p-4">
            <p>{t('secretary.agenda.empty')}</p>
            <button type="button" className="btn-secondary" onClick={() => change(() => standardAgenda({
              opening: t('secretary.agenda.standard.opening'), reports: t('secretary.agenda.standard.reports'),
              deliberation: t('secretary.agenda.standard.deliberation'), exchange: t('secretary.agenda.standard.exchange'),
              closing: t('secretary.agenda.standard.closing'),
            }))}>{t('secretary.agenda.useStandard')}</button>
          </div>
        ) : (
          <ol className="space-y-3">{items.map((item, i) => renderItem(item, i, items))}</ol>
        )}
        <div className="flex flex-wrap gap-3">
          <button id={`${uid}-add`} type="button" className="btn-secondary" onClick={() => {
            const item = newItem();
            change((list) => addItem(list, null, item), idOf(item.key, 'title'));
          }}>{t('secretary.agenda.addTop')}</button>
        </div>
        <div className="flex flex-wrap gap-3 border-t border-solid-gray-200 pt-4">
          <button type="submit" className="btn-primary" disabled={save.isPending} aria-busy={save.isPending}>
            {save.isPending ? t('admin.saving') : t('secretary.agenda.save')}
          </button>
          <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); failure.clear(); }}>
            {t('meetings.discard')}
          </button>
        </div>
      </form>
    </section>
  );
}
