import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ApiError, inLanguage } from '@/lib/api-client';
import { useStoredDraft } from '@/lib/use-stored-draft';
import type { ConsultationDetail, SubmissionReceipt, SubmissionRequest } from '../api/consultations';
import { flattenOutline } from '../api/consultations';
import {
  emptyDraft, type Field as FieldName, type FieldErrors, formField, newKey, type OpinionDraft, requiredFields, toRequest, validateDraft,
} from '../lib/opinion-draft';

interface Props {
  consultation: ConsultationDetail;
  storageKey: string;
  initialSection?: string;
  /** Sends the request with the draft's key; rejects with ApiError (problem+json) or a network error. */
  send: (body: SubmissionRequest, idempotencyKey: string) => Promise<SubmissionReceipt>;
  onSent: (receipt: SubmissionReceipt) => void;
}

type SendProblem = { kind: 'network' | 'closed' | 'keyReused' | 'other'; message: string };

/** A server message without its "field: " prefix, in the reader's language. */
const plain = (message: string | undefined, language: string) => inLanguage(message, language).replace(/^[\w.[\]]+:\s*/, '');

/**
 * Write → review → send. Everything typed is kept on this device until the city's server has
 * accepted it, so a reload, a closed tab or a failed send loses nothing.
 */
export function OpinionForm({ consultation, storageKey, initialSection = '', send, onSent }: Props) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const initial = useCallback(() => emptyDraft(initialSection), [initialSection]);
  const draft = useStoredDraft<OpinionDraft>(storageKey, initial, 'local');
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SendProblem>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const d = draft.value;
  const rules = consultation.rules;
  const required = requiredFields(rules);
  const max = rules?.maxTextLength ?? 4000;
  const sections = flattenOutline(consultation.outline);
  const attributes = rules?.attributes ?? [];
  const update = (patch: Partial<OpinionDraft>) => draft.setValue((prev) => ({ ...prev, ...patch }));
  const attributeLabel = (code: string) => {
    const a = attributes.find((x) => x.code === code);
    return a ? t(`opinion.attributes.${a.code}`, { defaultValue: a.label }) : '';
  };
  const fieldId = (field: string) => `${uid}-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
  const label: Record<FieldName, string> = {
    'contact.name': t('opinion.name'), 'contact.organization': t('opinion.organization'), 'contact.address': t('opinion.address'),
    'contact.email': t('opinion.email'), 'contact.phone': t('opinion.phone'), attribute: t('opinion.eligibility'),
    attributeDetail: t('opinion.attributeDetail'), sections: t('opinion.section'), text: t('opinion.text'), agree: t('opinion.agreeShort'),
  };

  const showErrors = (found: FieldErrors, other: string[] = []) => {
    setErrors(found);
    setOtherErrors(other);
    setStep('edit');
    // Focus the summary so keyboard and screen-reader users hear what to fix.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const toReview = () => {
    const found = validateDraft(d, rules, t);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    setOtherErrors([]);
    setProblem(undefined);
    setStep('review');
    requestAnimationFrame(() => reviewRef.current?.focus());
  };

  const submit = async (key = d.idempotencyKey) => {
    setSending(true);
    setProblem(undefined);
    try {
      const receipt = await send(toRequest(d), key);
      draft.clear();
      onSent(receipt);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.problem?.errors?.length) {
        const found: FieldErrors = {};
        const other: string[] = [];
        for (const err of e.problem.errors) {
          const field = formField(err.field);
          if (field && !found[field]) found[field] = plain(err.message, i18n.language);
          else if (!field) other.push(inLanguage(err.message, i18n.language));
        }
        showErrors(found, other);
      } else if (e instanceof ApiError && e.status === 422) {
        setProblem({ kind: 'keyReused', message: t('opinion.keyReused') });
      } else if (e instanceof ApiError && e.status === 409) {
        setProblem({ kind: 'closed', message: inLanguage(e.problem?.detail, i18n.language) || t('opinion.closed') });
      } else if (e instanceof ApiError && e.status < 500 && e.status !== 429) {
        setProblem({ kind: 'other', message: inLanguage(e.problem?.detail ?? e.problem?.title, i18n.language) || t('opinion.sendFailed') });
      } else {
        setProblem({ kind: 'network', message: t('opinion.networkError') });
      }
    } finally {
      setSending(false);
    }
  };

  const errorCount = Object.keys(errors).length + otherErrors.length;
  const textInput = (field: FieldName, value: string, onChange: (v: string) => void, opts: { type?: string; autoComplete?: string; hint?: string } = {}) => {
    const id = fieldId(field);
    return (
      <Field id={id} label={label[field]} required={required.has(field)} error={errors[field]} hint={opts.hint}>
        <input id={id} type={opts.type ?? 'text'} className={inputClass(errors[field])} autoComplete={opts.autoComplete} value={value}
          aria-invalid={!!errors[field]} aria-describedby={describedBy(id, errors[field], opts.hint)}
          onChange={(e) => onChange(e.target.value)} />
      </Field>
    );
  };

  if (step === 'review') {
    const rows: [string, string][] = [
      [t('opinion.section'), d.sections.length ? d.sections.map((k) => sections.find((s) => s.key === k)?.label ?? k).join('、') : t('opinion.general')],
      [t('opinion.eligibility'), [attributeLabel(d.attribute), d.attributeDetail].filter(Boolean).join(' ／ ') || t('opinion.none')],
      [t('opinion.name'), d.name || t('opinion.none')],
      [t('opinion.organization'), d.organization || t('opinion.none')],
      [t('opinion.address'), d.address || t('opinion.none')],
      [t('opinion.email'), d.email || t('opinion.none')],
      [t('opinion.phone'), d.phone || t('opinion.none')],
    ];
    return (
      <section aria-labelledby={`${uid}-review`} className="space-y-6">
        <h2 id={`${uid}-review`} ref={reviewRef} tabIndex={-1} className="text-std-24B-150">{t('opinion.reviewTitle')}</h2>
        <p>{t('opinion.reviewLead')}</p>
        <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
          {rows.map(([k, v]) => (
            <div key={k} className="grid gap-1 p-4 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{k}</dt>
              <dd className="whitespace-pre-wrap break-words">{v}</dd>
            </div>
          ))}
          <div className="grid gap-1 p-4">
            <dt className="font-bold">{t('opinion.text')}</dt>
            <dd className="whitespace-pre-wrap break-words">{d.text}</dd>
          </div>
        </dl>
        {problem && (
          <div role="alert" className="space-y-2 rounded-8 border-2 border-red-900 bg-red-50 p-4">
            <p className="font-bold text-red-900">{problem.message}</p>
            {problem.kind !== 'closed' && <p>{t('opinion.keptLocally')}</p>}
            {problem.kind === 'keyReused' && (
              <button type="button" className="btn-secondary" disabled={sending}
                onClick={() => { const key = newKey(); update({ idempotencyKey: key }); void submit(key); }}>
                {t('opinion.sendAsNew')}
              </button>
            )}
          </div>
        )}
        {!consultation.accepting && (
          <p className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">{t('opinion.notAccepting')}</p>
        )}
        <div className="flex flex-wrap gap-3">
          {consultation.accepting && (
            <button type="button" className="btn-primary" onClick={() => void submit()} disabled={sending} aria-busy={sending}>
              {sending ? t('opinion.sending') : problem?.kind === 'network' ? t('opinion.sendAgain') : t('opinion.send')}
            </button>
          )}
          <button type="button" className="btn-secondary" onClick={() => setStep('edit')} disabled={sending}>
            {t('opinion.backToEdit')}
          </button>
        </div>
      </section>
    );
  }

  const textId = fieldId('text');
  const textHint = t('opinion.textHint', { max });
  const length = [...d.text].length;
  return (
    <form noValidate aria-labelledby={`${uid}-title`} className="space-y-6"
      onSubmit={(e) => { e.preventDefault(); toReview(); }}>
      <h2 id={`${uid}-title`} className="text-std-24B-150">{t('opinion.formTitle')}</h2>
      <p className="rounded-8 bg-blue-50 p-4 text-std-16N-170" role="status">
        {draft.restored && draft.savedAt ? t('opinion.restored') + ' ' : ''}
        {t('opinion.draftNotice')}
      </p>
      {errorCount > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${uid}-errors`} className="rounded-8 border-2 border-red-900 p-4">
          <h3 id={`${uid}-errors`} className="text-std-18B-160 text-red-900">{t('opinion.errorSummary', { count: errorCount })}</h3>
          <ul className="mt-2 list-disc pl-6">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}><a href={`#${fieldId(field === 'sections' ? 'sections-legend' : field)}`}>{label[field as FieldName]}: {message}</a></li>
            ))}
            {otherErrors.map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        </div>
      )}

      <fieldset className="space-y-3" aria-describedby={describedBy(fieldId('sections'), errors.sections, t('opinion.sectionHint'))}>
        <legend id={fieldId('sections-legend')} tabIndex={-1} className="text-std-20B-150">{t('opinion.section')}</legend>
        <p id={`${fieldId('sections')}-hint`} className="text-std-16N-170 text-solid-gray-700">{t('opinion.sectionHint')}</p>
        {errors.sections && <p id={`${fieldId('sections')}-error`} className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{errors.sections}</p>}
        <ul className="grid gap-1 sm:grid-cols-2">
          {sections.map((s) => (
            <li key={s.key} className="flex min-h-11 items-center gap-2" style={{ paddingLeft: `${s.depth * 1.25}rem` }}>
              <input id={fieldId(`section-${s.key}`)} type="checkbox" className="size-6 shrink-0" checked={d.sections.includes(s.key)}
                onChange={(e) => update({ sections: e.target.checked ? [...d.sections, s.key] : d.sections.filter((k) => k !== s.key) })} />
              <label htmlFor={fieldId(`section-${s.key}`)} lang="ja">{s.label.split(' › ').pop()}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      <Field id={textId} label={t('opinion.text')} required error={errors.text} hint={textHint}>
        <textarea id={textId} rows={8} className={inputClass(errors.text)} value={d.text} aria-invalid={!!errors.text}
          aria-describedby={describedBy(textId, errors.text, textHint)} onChange={(e) => update({ text: e.target.value })} />
      </Field>
      <p className={`text-std-16N-170 ${length > max ? 'font-bold text-red-900' : 'text-solid-gray-700'}`} aria-live="polite">
        {t('opinion.count', { count: length, max })}
      </p>

      <fieldset className="space-y-4">
        <legend className="text-std-20B-150">{t('opinion.aboutYou')}</legend>
        <p className="text-std-16N-170">{t('opinion.aboutYouLead')}</p>
        <Field id={fieldId('attribute')} label={label.attribute} required={required.has('attribute')} error={errors.attribute}>
          <select id={fieldId('attribute')} className={inputClass(errors.attribute)} value={d.attribute}
            aria-invalid={!!errors.attribute} aria-describedby={describedBy(fieldId('attribute'), errors.attribute)}
            onChange={(e) => update({ attribute: e.target.value })}>
            <option value="">{t('opinion.choose')}</option>
            {attributes.map((a) => <option key={a.code} value={a.code}>{attributeLabel(a.code ?? '')}</option>)}
          </select>
        </Field>
        {textInput('attributeDetail', d.attributeDetail, (v) => update({ attributeDetail: v }), { hint: t('opinion.attributeDetailHint') })}
        {textInput('contact.name', d.name, (v) => update({ name: v }), { autoComplete: 'name' })}
        {textInput('contact.organization', d.organization, (v) => update({ organization: v }), { autoComplete: 'organization' })}
        {textInput('contact.address', d.address, (v) => update({ address: v }), { autoComplete: 'street-address', hint: t('opinion.addressHint') })}
        {textInput('contact.email', d.email, (v) => update({ email: v }), { type: 'email', autoComplete: 'email', hint: t('opinion.emailHint') })}
        {textInput('contact.phone', d.phone, (v) => update({ phone: v }), { type: 'tel', autoComplete: 'tel' })}
      </fieldset>

      <Field id={fieldId('agree')} label={t('opinion.agreeTitle')} required error={errors.agree}>
        <p className="text-std-16N-170">{t('opinion.publication')}</p>
        <div className="flex min-h-11 items-center gap-2">
          <input id={fieldId('agree')} type="checkbox" className="size-6" checked={d.agree} aria-invalid={!!errors.agree}
            aria-describedby={describedBy(fieldId('agree'), errors.agree)} onChange={(e) => update({ agree: e.target.checked })} />
          <label htmlFor={fieldId('agree')}>{t('opinion.agree')}</label>
        </div>
      </Field>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">{t('opinion.toReview')}</button>
        <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); setErrors({}); setOtherErrors([]); }}>
          {t('opinion.discard')}
        </button>
      </div>
    </form>
  );
}
