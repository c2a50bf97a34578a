import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ApiError, inLanguage } from '@/lib/api-client';
import { Notice } from '@/features/plan-editing/components/notice';
import { problemFieldErrors } from '@/lib/problem-fields';
import { type MeetingDetail, useRecordSummary } from '../api/meetings';

export const SUMMARY_MAX = 20000;

interface SummaryDraft {
  summary: string;
  /** The version the secretary started from: saving over someone else's newer summary is a 409. */
  lockVersion: number;
}

/**
 * Records a meeting's summary (概要). When someone else saved in between, the service answers 409:
 * their text is shown beside one's own, to take theirs or to save one's own over it knowingly. The
 * page renders it anew for each lockVersion, so it always starts from the stored meeting.
 */
export function SummaryForm({ meeting, notice, onSaved }: { meeting: MeetingDetail; notice?: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const id = meeting.id ?? 0;
  const initial = useCallback((): SummaryDraft => ({ summary: meeting.summary ?? '', lockVersion: meeting.lockVersion ?? 0 }), [meeting]);
  const draft = useSessionDraft<SummaryDraft>('summary', initial);
  const record = useRecordSummary(id);
  const [error, setError] = useState<string>();
  const [other, setOther] = useState<string>();
  const [conflict, setConflict] = useState<{ error: ApiError; current?: MeetingDetail }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const field = `${uid}-summary`;
  const d = draft.value;
  const hint = t('meetings.summaryHint', { max: SUMMARY_MAX });

  const save = async (lockVersion: number) => {
    setConflict(undefined);
    if (d.summary.length > SUMMARY_MAX) {
      setError(t('meetings.errors.summaryTooLong', { max: SUMMARY_MAX }));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      await record.mutateAsync({ summary: d.summary, lockVersion });
      draft.clear();
      setError(undefined);
      setOther(undefined);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setError(undefined);
        setConflict({ error: e, current: e.problem?.current as MeetingDetail | undefined });
      } else if (e instanceof ApiError && e.status === 400) {
        const split = problemFieldErrors(e, ['summary'], i18n.language);
        setError(split.fields.summary);
        setOther(split.other.join(' ') || undefined);
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else {
        setOther(e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError'));
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    }
  };

  const takeTheirs = (current: MeetingDetail) => {
    draft.setValue({ summary: current.summary ?? '', lockVersion: current.lockVersion ?? 0 });
    draft.clear();
    setConflict(undefined);
  };

  const errors = [...(error ? [{ href: `#${field}`, text: `${t('meetings.summary')}: ${error}` }] : []), ...(other ? [{ text: other }] : [])];

  return (
    <form noValidate aria-labelledby={`${uid}-title`} className="space-y-4" onSubmit={(e) => { e.preventDefault(); void save(d.lockVersion); }}>
      <h2 id={`${uid}-title`} className="text-std-24B-150">{t('meetings.summaryTitle')}</h2>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={summaryRef} id={`${uid}-errors`} errors={errors} />
      <Notice text={notice} />
      {conflict && (
        <ConflictNotice error={conflict.error}>
          {conflict.current && (
            <div className="space-y-3">
              <p>{t('meetings.theirVersion')}</p>
              <blockquote className="max-h-96 overflow-auto whitespace-pre-wrap rounded-8 border border-solid-gray-420 bg-white p-3" tabIndex={0}>
                {conflict.current.summary || t('meetings.emptySummary')}
              </blockquote>
              <div className="flex flex-wrap gap-3">
                <button type="button" className="btn-secondary" onClick={() => takeTheirs(conflict.current!)}>{t('meetings.takeTheirs')}</button>
                <button type="button" className="btn-primary" onClick={() => void save(conflict.current!.lockVersion ?? 0)}>{t('meetings.keepMine')}</button>
              </div>
            </div>
          )}
        </ConflictNotice>
      )}
      <Field id={field} label={t('meetings.summary')} error={error} hint={hint}>
        <textarea id={field} rows={12} className={inputClass(error)} value={d.summary} aria-invalid={!!error}
          aria-describedby={describedBy(field, error, hint)} onChange={(e) => draft.setValue((prev) => ({ ...prev, summary: e.target.value }))} />
      </Field>
      <p className={`text-std-16N-170 ${d.summary.length > SUMMARY_MAX ? 'font-bold text-red-900' : 'text-solid-gray-700'}`}>
        {t('meetings.count', { count: d.summary.length, max: SUMMARY_MAX })}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={record.isPending} aria-busy={record.isPending}>
          {record.isPending ? t('admin.saving') : t('meetings.saveSummary')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); setError(undefined); setOther(undefined); }}>
          {t('meetings.discard')}
        </button>
      </div>
    </form>
  );
}
