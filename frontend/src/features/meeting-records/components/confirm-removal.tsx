import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from '@/features/plan-editing/components/confirm-delete';
import { ApiError, inLanguage } from '@/lib/api-client';

/**
 * The secretary's way to remove a record: `ask(record)` opens the question in place, nothing goes until
 * it is confirmed, and a refusal is shown in the service's own words where it gave them (a person who
 * still holds memberships, a step removed meanwhile), so the secretary knows what to do next.
 */
export function useConfirmRemoval<R>({ question, consequence, remove, pending, onRemoved }: {
  /** 「○○」を削除しますか。 */
  question: (record: R) => string;
  consequence: string;
  remove: (record: R) => Promise<unknown>;
  pending: boolean;
  /** Called once the record is gone, to say so. */
  onRemoved: (record: R) => void;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<R>();
  const [error, setError] = useState<string>();
  const close = () => {
    setTarget(undefined);
    setError(undefined);
  };
  const dialog = target !== undefined && (
    <ConfirmDelete title={question(target)} consequence={consequence} pending={pending} onCancel={close}
      onConfirm={() => void remove(target).then(() => {
        onRemoved(target);
        close();
      }, (e) => setError((e instanceof ApiError && inLanguage(e.problem?.detail, i18n.language)) || t('secretary.removeFailed')))}>
      {error && <p role="alert" className="font-bold text-red-900">{error}</p>}
    </ConfirmDelete>
  );
  return { ask: (record: R) => setTarget(() => record), dialog };
}
