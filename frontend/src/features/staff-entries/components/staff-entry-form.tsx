import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';
import { warekiDateTime } from '@/lib/wareki';
import { type ConsultationDetail, type SubmissionReceipt, useEnterSubmission } from '../api/consultations';
import { CONTACT_FIELDS, emptyEntry, ENTRY_FIELDS, type EntryDraft, flattenOutline, formFieldOf, toRequest, validateEntry } from '../lib/entry-draft';

const SERVER_FIELDS = ['channel', 'receivedAt', 'opinion.text', 'opinion.sections', 'opinion.attribute', 'opinion.attributeDetail',
  ...CONTACT_FIELDS.map((f) => `opinion.contact.${f}`)];

/**
 * The moderator types in an opinion that came on paper, by fax, by e-mail or at the counter, and gets
 * the receipt number and check code to send back to the submitter. The draft (with its
 * Idempotency-Key) is kept for this tab until the service has stored it.
 */
export function StaffEntryForm({ consultation, onConflict }: { consultation: ConsultationDetail; onConflict: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const initial = useCallback(() => emptyEntry(), []);
  const draft = useSessionDraft<EntryDraft>('staff-entry', initial);
  const enter = useEnterSubmission(consultation.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<ApiError>();
  const [receipt, setReceipt] = useState<SubmissionReceipt>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const receiptRef = useRef<HTMLHeadingElement>(null);
  const d = draft.value;
  const id = (f: string) => `${uid}-${f}`;
  const rules = consultation.rules;
  const required = new Set(rules?.requiredFields ?? []);
  const channels = (rules?.channels ?? []).filter((c) => c.code !== 'web');
  const sections = flattenOutline(consultation.outline);
  const max = rules?.maxTextLength ?? 4000;
  const label = (f: string) => t(`entries.${f}`);
  const set = (patch: Partial<EntryDraft>) => draft.setValue((prev) => ({ ...prev, ...patch }));

  const fail = (fields: FieldErrors, rest: string[] = []) => {
    setErrors(fields);
    setOther(rest);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    setConflict(undefined);
    const found = validateEntry(d, consultation, t);
    if (Object.keys(found).length > 0) return fail(found);
    try {
      const answer = await enter.mutateAsync({ body: toRequest(d), idempotencyKey: d.idempotencyKey });
      draft.clear();
      setErrors({});
      setOther([]);
      setReceipt(answer);
      requestAnimationFrame(() => receiptRef.current?.focus());
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setErrors({});
        setOther([]);
        setConflict(e);
        await onConflict();
      } else if (e instanceof ApiError && e.status === 400) {
        const split = problemFieldErrors(e, SERVER_FIELDS, i18n.language);
        fail(Object.fromEntries(Object.entries(split.fields).map(([f, m]) => [formFieldOf(f), m])), split.other);
      } else {
        fail({}, [e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')]);
      }
    }
  };

  if (receipt) {
    return (
      <section aria-labelledby={id('receipt')} className="space-y-4 rounded-8 border-2 border-green-900 bg-green-50 p-4">
        <h2 id={id('receipt')} ref={receiptRef} tabIndex={-1} className="text-std-24B-150">{t('entries.stored')}</h2>
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-bold">{t('entries.receipt')}</dt>
          <dd className="font-mono text-std-20B-150">{receipt.receipt}</dd>
          <dt className="font-bold">{t('entries.checkCode')}</dt>
          <dd className="font-mono text-std-20B-150">{receipt.checkCode}</dd>
          <dt className="font-bold">{t('entries.channel')}</dt>
          <dd>{receipt.channel?.label}</dd>
          <dt className="font-bold">{t('entries.receivedAt')}</dt>
          <dd>{receipt.receivedAt ? warekiDateTime(receipt.receivedAt) : ''}</dd>
        </dl>
        <p>{t('entries.storedLead')}</p>
        <button type="button" className="btn-primary" onClick={() => { draft.reset(); setReceipt(undefined); }}>{t('entries.another')}</button>
      </section>
    );
  }

  const summary = [
    ...ENTRY_FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${id(f)}`, text: `${label(f)}: ${errors[f]}` })),
    ...other.map((text) => ({ text })),
  ];
  const text = (f: (typeof CONTACT_FIELDS)[number] | 'attributeDetail', opts: { type?: string; autoComplete?: string } = {}) => (
    <Field id={id(f)} label={label(f)} required={required.has(f)} error={errors[f]}>
      <input id={id(f)} type={opts.type ?? 'text'} autoComplete="off" className={inputClass(errors[f])} value={d[f]}
        aria-invalid={!!errors[f]} aria-describedby={describedBy(id(f), errors[f])} onChange={(e) => set({ [f]: e.target.value })} />
    </Field>
  );
  const periodHint = t('entries.receivedAtHint', { from: consultation.period?.firstDay?.label, to: consultation.period?.lastDay?.label });

  return (
    <form noValidate aria-labelledby={id('title')} className="max-w-3xl space-y-6" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={id('title')} className="text-std-24B-150">{t('entries.formTitle')}</h2>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={summaryRef} id={id('errors')} errors={summary} />
      {conflict && (
        <ConflictNotice error={conflict}>
          <p>{t('entries.currentStatus', { status: consultation.status?.label })}</p>
        </ConflictNotice>
      )}

      <fieldset id={id('channel')} tabIndex={-1} aria-describedby={errors.channel ? `${id('channel')}-error` : undefined} className="space-y-2">
        <legend className="text-std-17B-170">
          {label('channel')}<span className="ml-2 rounded-4 bg-red-900 px-1.5 text-std-16N-170 text-white">{t('common.required')}</span>
        </legend>
        {errors.channel && <p id={`${id('channel')}-error`} className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{errors.channel}</p>}
        <div className="flex flex-wrap gap-x-6">
          {channels.map((c) => (
            <div key={c.code} className="flex min-h-11 items-center gap-2">
              <input id={`${id('channel')}-${c.code}`} type="radio" name={id('channel')} className="size-6" value={c.code}
                checked={d.channel === c.code} onChange={() => set({ channel: c.code ?? '' })} />
              <label htmlFor={`${id('channel')}-${c.code}`}>{c.label}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <Field id={id('receivedAt')} label={label('receivedAt')} required error={errors.receivedAt} hint={periodHint}>
        <input id={id('receivedAt')} type="datetime-local" className={inputClass(errors.receivedAt)} value={d.receivedAt}
          aria-invalid={!!errors.receivedAt} aria-describedby={describedBy(id('receivedAt'), errors.receivedAt, periodHint)}
          onChange={(e) => set({ receivedAt: e.target.value })} />
      </Field>

      <fieldset id={id('sections')} tabIndex={-1} aria-describedby={`${id('sections')}-hint`} className="space-y-1">
        <legend className="text-std-17B-170">{label('sections')}</legend>
        <p id={`${id('sections')}-hint`} className="text-std-16N-170 text-solid-gray-700">{t('entries.sectionsHint')}</p>
        {errors.sections && <p className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{errors.sections}</p>}
        {sections.map((s) => (
          <div key={s.key} className="flex min-h-11 items-center gap-2" style={{ paddingLeft: `${s.depth * 1.5}rem` }}>
            <input id={`${id('sections')}-${s.key}`} type="checkbox" className="size-6 shrink-0" checked={d.sections.includes(s.key)}
              onChange={(e) => set({ sections: e.target.checked ? [...d.sections, s.key] : d.sections.filter((k) => k !== s.key) })} />
            <label htmlFor={`${id('sections')}-${s.key}`}>{s.label}</label>
          </div>
        ))}
      </fieldset>

      <Field id={id('text')} label={label('text')} required error={errors.text} hint={t('entries.textHint', { max })}>
        <textarea id={id('text')} rows={8} className={inputClass(errors.text)} value={d.text} aria-invalid={!!errors.text}
          aria-describedby={describedBy(id('text'), errors.text, t('entries.textHint', { max }))} onChange={(e) => set({ text: e.target.value })} />
      </Field>
      <p className={`text-std-16N-170 ${d.text.length > max ? 'font-bold text-red-900' : 'text-solid-gray-700'}`}>
        {t('entries.count', { count: d.text.length, max })}
      </p>

      <fieldset className="space-y-4">
        <legend className="text-std-20B-150">{t('entries.submitter')}</legend>
        {text('name')}
        {text('organization')}
        {text('address')}
        <Field id={id('attribute')} label={label('attribute')} required={required.has('attribute')} error={errors.attribute}>
          <select id={id('attribute')} className={inputClass(errors.attribute)} value={d.attribute} aria-invalid={!!errors.attribute}
            aria-describedby={describedBy(id('attribute'), errors.attribute)} onChange={(e) => set({ attribute: e.target.value })}>
            <option value="">{t('entries.choose')}</option>
            {(rules?.attributes ?? []).map((a) => <option key={a.code} value={a.code}>{a.label}</option>)}
          </select>
        </Field>
        {text('attributeDetail')}
        {text('email', { type: 'email' })}
        {text('phone', { type: 'tel' })}
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={enter.isPending} aria-busy={enter.isPending}>
          {enter.isPending ? t('admin.saving') : t('entries.submit')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); setErrors({}); setOther([]); }}>
          {t('entries.discard')}
        </button>
      </div>
    </form>
  );
}
