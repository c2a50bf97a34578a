import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FormButtons } from '@/features/plan-editing/components/node-editor';
import type { useEditForm } from '../lib/use-edit-form';

type EditForm = ReturnType<typeof useEditForm<{ lockVersion?: number }, { lockVersion?: number }>>;

/**
 * The frame every measure, KPI and progress form shares: heading, restored-draft note, error summary,
 * the conflict with the server's current record, the fields (given `id` for each) and the buttons.
 */
export function FormShell({ title, form, pending, submitLabel, labelOf, current, onCancel, children }: {
  title: string;
  form: Pick<EditForm, 'restored' | 'failure' | 'submit' | 'cancel' | 'takeTheirs' | 'keepMine'>;
  pending: boolean;
  submitLabel: string;
  labelOf: (field: string) => string;
  /** The server's current record in words, shown with a 409. */
  current?: ReactNode;
  onCancel: () => void;
  children: (id: (field: string) => string) => ReactNode;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const id = (f: string) => `${uid}-${f}`;
  const { failure } = form;
  return (
    <form noValidate aria-labelledby={id('h')} className="space-y-4 rounded-8 border-2 border-blue-900 bg-white p-4"
      onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id={id('h')} className="text-std-20B-150">{title}</h3>
      {form.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={failure.summaryRef} id={id('errors')} errors={failure.summary(id, labelOf)} />
      {failure.conflict && (
        <ConflictNotice error={failure.conflict.error}>
          {current && (
            <div className="space-y-2">
              {current}
              <div className="flex flex-wrap gap-3">
                <button type="button" className="btn-secondary" onClick={form.takeTheirs}>{t('drafts.takeTheirs')}</button>
                <button type="button" className="btn-primary" onClick={form.keepMine}>{t('drafts.keepMine')}</button>
              </div>
            </div>
          )}
        </ConflictNotice>
      )}
      {children(id)}
      <FormButtons pending={pending} submit={submitLabel} close={t('drafts.cancel')} onClose={() => { form.cancel(); onCancel(); }} />
    </form>
  );
}
