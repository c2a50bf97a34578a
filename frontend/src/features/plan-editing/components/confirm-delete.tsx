import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before deleting: names what goes (and what goes with it), in place, with the focus moved to
 * the question so a keyboard or screen-reader user lands on it. Nothing is deleted until confirmed.
 */
export function ConfirmDelete({ title, consequence, pending, onConfirm, onCancel, children }: {
  /** The question, naming the thing: 「○○」を削除しますか。 */
  title: string;
  /** What else goes and that it cannot be undone. */
  consequence: string;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Errors of the attempt. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={`${uid}-h`} aria-describedby={`${uid}-d`} className="space-y-3 rounded-8 border-2 border-red-900 bg-red-50 p-4">
      <h3 id={`${uid}-h`} ref={heading} tabIndex={-1} className="text-std-18B-160">{title}</h3>
      <p id={`${uid}-d`}>{consequence}</p>
      {children}
      <div className="flex flex-wrap gap-3">
        <button type="button" className="min-h-11 rounded-8 bg-red-900 px-4 font-bold text-white hover:bg-red-1000 disabled:opacity-60"
          disabled={pending} aria-busy={pending} onClick={onConfirm}>
          {t('drafts.confirmDelete')}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>{t('drafts.cancel')}</button>
      </div>
    </section>
  );
}
