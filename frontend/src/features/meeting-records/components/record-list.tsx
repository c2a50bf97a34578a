import { type ReactNode, useState } from 'react';
import { useOpenForm } from '../lib/use-open-form';
import { useTranslation } from 'react-i18next';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';

/**
 * A section of records of one kind (cohorts, teams, appointments, posts): each shown as a card with
 * an edit button that opens its form in place, and a button that opens the form for a new one.
 */
export function RecordList<R extends { id?: number }>({ id, title, lead, records, nameOf, view, actions, below, form, addLabel, empty }: {
  id: string;
  title: string;
  lead?: string;
  records: R[] | undefined;
  nameOf: (record: R) => string;
  view: (record: R) => ReactNode;
  /** More buttons beside the edit button (removing the record). */
  actions?: (record: R) => ReactNode;
  /** What belongs to the record but is edited apart from it (a team's issues), after its edit button. */
  below?: (record: R) => ReactNode;
  /** The form for `record`, or for a new one; `done` says what was saved (nothing when closed unsaved). */
  form: (record: R | undefined, done: (saved?: string) => void) => ReactNode;
  addLabel: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const opened = useOpenForm(id);
  const editing = opened.value;
  const idOf = (r: R) => String(r.id ?? 0);
  const [notice, setNotice] = useState<string>();
  const done = (saved?: string) => {
    opened.close();
    if (saved) setNotice(saved);
  };
  const open = (what: string) => {
    opened.open(what);
    setNotice(undefined);
  };
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-4 space-y-4">
      <h2 id={`${id}-h`} className="text-std-24B-150">{title}</h2>
      {lead && <p>{lead}</p>}
      <Notice text={notice} />
      {editing === 'new' ? form(undefined, done) : (
        <button type="button" className="btn-primary" onClick={() => open('new')}>{addLabel}</button>
      )}
      {records?.length === 0 && <p>{empty}</p>}
      <ul className="space-y-3">
        {records?.map((r) => (
          <li key={idOf(r)} className="space-y-3 rounded-8 border border-solid-gray-420 p-3 sm:p-4">
            {editing === idOf(r) ? form(r, done) : (
              <>
                {view(r)}
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary" onClick={() => open(idOf(r))}>
                    <ActionLabel short={t('secretary.edit')} full={t('secretary.editFull', { name: nameOf(r) })} />
                  </button>
                  {actions?.(r)}
                </div>
              </>
            )}
            {below?.(r)}
          </li>
        ))}
      </ul>
    </section>
  );
}
