import { useTranslation } from 'react-i18next';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { type Messages, translated } from '@/features/plan-editing/lib/messages';
import { useFormFailure } from '@/features/plan-editing/lib/use-form-failure';

/**
 * A staff form over one record: what was typed is kept for this tab (it survives signing in again),
 * checked before sending, and a 409 offers the server's current record — take it, or save over it
 * knowingly with its lockVersion.
 */
export function useEditForm<V extends { lockVersion?: number }, Current extends { lockVersion?: number }>({
  formId, initial, fields, validate, save, fromCurrent, onSaved,
}: {
  formId: string;
  initial: () => V;
  fields: readonly string[];
  validate: (v: V) => Messages;
  save: (v: V, lockVersion: number | undefined) => Promise<unknown>;
  fromCurrent: (current: Current) => V;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const draft = useSessionDraft<V>(formId, initial);
  const failure = useFormFailure<Current>(fields);
  const v = draft.value;

  const submit = async (lockVersion = v.lockVersion) => {
    failure.clear();
    const found = validate(v);
    if (Object.keys(found).length) return failure.fail(translated(t, found));
    try {
      await save(v, lockVersion);
      draft.clear();
      onSaved();
    } catch (e) {
      failure.caught(e);
    }
  };

  const current = failure.conflict?.current;
  return {
    values: v,
    restored: draft.restored,
    failure,
    set: (field: keyof V) => (value: string) => draft.setValue((prev) => ({ ...prev, [field]: value })),
    submit,
    cancel: () => draft.clear(),
    takeTheirs: current ? () => { draft.setValue(fromCurrent(current)); draft.clear(); failure.setConflict(undefined); } : undefined,
    keepMine: current ? () => void submit(current.lockVersion) : undefined,
  };
}
