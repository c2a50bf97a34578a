import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ApiError } from '@/lib/api-client';
import { emptyDraft, type FieldErrors, MAX_ITEM_LENGTH, newItem, type OpinionDraft, validateDraft } from '../lib/opinion-draft';
import { useStoredDraft } from '@/lib/use-stored-draft';

export interface Choice { value: string; label: string; lang?: string }
export interface Receipt { receiptNumber: string; checkCode: string }

interface Props {
  storageKey: string;
  sections: Choice[];
  eligibilities: Choice[];
  initialSection?: string;
  /**
   * Sends the draft; rejects with ApiError (problem+json) or a network error. Absent while no
   * consultation takes opinions: the draft can still be written, reviewed and kept.
   */
  send?: (draft: OpinionDraft) => Promise<Receipt>;
  onSent: (receipt: Receipt) => void;
  /** Maps a server field path (problem errors[].field) to this form's field path. */
  fieldOf?: (serverField: string) => string;
}

/**
 * Write → review → send. Everything typed is kept on this device until the city's server has
 * accepted it, so a reload, a closed tab or a failed send loses nothing.
 */
export function OpinionForm({ storageKey, sections, eligibilities, initialSection = '', send, onSent, fieldOf = (f) => f }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const initial = useCallback(() => emptyDraft(initialSection), [initialSection]);
  const draft = useStoredDraft<OpinionDraft>(storageKey, initial, 'local');
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const d = draft.value;
  const update = (patch: Partial<OpinionDraft>) => draft.setValue((prev) => ({ ...prev, ...patch }));
  const updateItem = (i: number, patch: Partial<OpinionDraft['items'][number]>) =>
    draft.setValue((prev) => ({ ...prev, items: prev.items.map((it, k) => (k === i ? { ...it, ...patch } : it)) }));
  const sectionLabel = (key: string) => sections.find((s) => s.value === key)?.label ?? t('opinion.general');

  const showErrors = (found: FieldErrors, other: string[] = []) => {
    setErrors(found);
    setOtherErrors(other);
    setStep('edit');
    // Focus the summary so keyboard and screen-reader users hear what to fix.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const toReview = () => {
    const found = validateDraft(d, t);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    setOtherErrors([]);
    setSendError(undefined);
    setStep('review');
    requestAnimationFrame(() => reviewRef.current?.focus());
  };

  const submit = async () => {
    if (!send) return;
    setSending(true);
    setSendError(undefined);
    try {
      const receipt = await send(d);
      draft.clear();
      onSent(receipt);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.problem?.errors?.length) {
        const found: FieldErrors = {};
        const other: string[] = [];
        for (const err of e.problem.errors) {
          const field = err.field ? fieldOf(err.field) : undefined;
          if (field && field in fieldLabels()) found[field] = err.message ?? '';
          else other.push(err.message ?? '');
        }
        showErrors(found, other);
      } else if (e instanceof ApiError && e.status < 500 && e.status !== 429) {
        setSendError(e.problem?.detail ?? e.problem?.title ?? t('opinion.sendFailed'));
      } else {
        setSendError(t('opinion.networkError'));
      }
    } finally {
      setSending(false);
    }
  };

  const fieldLabels = (): Record<string, string> => {
    const labels: Record<string, string> = {
      name: t('opinion.name'), address: t('opinion.address'), email: t('opinion.email'),
      eligibility: t('opinion.eligibility'), agree: t('opinion.agreeShort'),
    };
    d.items.forEach((_, i) => {
      labels[`items[${i}].text`] = t('opinion.itemText', { n: i + 1 });
      labels[`items[${i}].sectionKey`] = t('opinion.itemSection', { n: i + 1 });
    });
    return labels;
  };
  const fieldId = (field: string) => `${uid}-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
  const errorCount = Object.keys(errors).length + otherErrors.length;

  if (step === 'review') {
    return (
      <section aria-labelledby={`${uid}-review`} className="space-y-6">
        <h2 id={`${uid}-review`} ref={reviewRef} tabIndex={-1} className="text-std-24B-150">{t('opinion.reviewTitle')}</h2>
        <p>{t('opinion.reviewLead')}</p>
        <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
          {[
            [t('opinion.name'), d.name],
            [t('opinion.address'), d.address],
            [t('opinion.email'), d.email || t('opinion.none')],
            [t('opinion.eligibility'), eligibilities.find((e) => e.value === d.eligibility)?.label ?? ''],
          ].map(([k, v]) => (
            <div key={k} className="grid gap-1 p-4 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{k}</dt>
              <dd className="whitespace-pre-wrap">{v}</dd>
            </div>
          ))}
        </dl>
        <ol className="space-y-4">
          {d.items.map((item, i) => (
            <li key={item.id} className="rounded-8 border border-solid-gray-420 p-4">
              <p className="font-bold">{t('opinion.itemHeading', { n: i + 1 })}: {sectionLabel(item.sectionKey)}</p>
              <p className="mt-2 whitespace-pre-wrap">{item.text}</p>
            </li>
          ))}
        </ol>
        {sendError && (
          <div role="alert" className="rounded-8 border-2 border-red-900 bg-red-50 p-4">
            <p className="font-bold text-red-900">{sendError}</p>
            <p className="mt-1">{t('opinion.keptLocally')}</p>
          </div>
        )}
        {!send && (
          <p className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">{t('opinion.notAccepting')}</p>
        )}
        <div className="flex flex-wrap gap-3">
          {send && (
            <button type="button" className="btn-primary" onClick={() => void submit()} disabled={sending} aria-busy={sending}>
              {sending ? t('opinion.sending') : t('opinion.send')}
            </button>
          )}
          <button type="button" className="btn-secondary" onClick={() => setStep('edit')} disabled={sending}>
            {t('opinion.backToEdit')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      noValidate
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        toReview();
      }}
      className="space-y-6"
    >
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
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{fieldLabels()[field] ?? field}: {message}</a>
              </li>
            ))}
            {otherErrors.map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        </div>
      )}

      <fieldset className="space-y-4">
        <legend className="text-std-20B-150">{t('opinion.aboutYou')}</legend>
        <Field id={fieldId('name')} label={t('opinion.name')} required error={errors.name}>
          <input id={fieldId('name')} className={inputClass(errors.name)} autoComplete="name" value={d.name}
            aria-invalid={!!errors.name} aria-describedby={describedBy(fieldId('name'), errors.name)}
            onChange={(e) => update({ name: e.target.value })} />
        </Field>
        <Field id={fieldId('address')} label={t('opinion.address')} required error={errors.address} hint={t('opinion.addressHint')}>
          <input id={fieldId('address')} className={inputClass(errors.address)} autoComplete="street-address" value={d.address}
            aria-invalid={!!errors.address} aria-describedby={describedBy(fieldId('address'), errors.address, t('opinion.addressHint'))}
            onChange={(e) => update({ address: e.target.value })} />
        </Field>
        <Field id={fieldId('email')} label={t('opinion.email')} error={errors.email} hint={t('opinion.emailHint')}>
          <input id={fieldId('email')} type="email" className={inputClass(errors.email)} autoComplete="email" value={d.email}
            aria-invalid={!!errors.email} aria-describedby={describedBy(fieldId('email'), errors.email, t('opinion.emailHint'))}
            onChange={(e) => update({ email: e.target.value })} />
        </Field>
        <Field id={fieldId('eligibility')} label={t('opinion.eligibility')} required error={errors.eligibility}>
          <select id={fieldId('eligibility')} className={inputClass(errors.eligibility)} value={d.eligibility}
            aria-invalid={!!errors.eligibility} aria-describedby={describedBy(fieldId('eligibility'), errors.eligibility)}
            onChange={(e) => update({ eligibility: e.target.value })}>
            <option value="">{t('opinion.choose')}</option>
            {eligibilities.map((c) => <option key={c.value} value={c.value} lang={c.lang}>{c.label}</option>)}
          </select>
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-std-20B-150">{t('opinion.yourOpinions')}</legend>
        {d.items.map((item, i) => {
          const textId = fieldId(`items[${i}].text`);
          const sectionId = fieldId(`items[${i}].sectionKey`);
          const err = errors[`items[${i}].text`];
          return (
            <div key={item.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
              <h3 className="text-std-18B-160">{t('opinion.itemHeading', { n: i + 1 })}</h3>
              <Field id={sectionId} label={t('opinion.section')}>
                <select id={sectionId} className={inputClass()} value={item.sectionKey} onChange={(e) => updateItem(i, { sectionKey: e.target.value })}>
                  <option value="">{t('opinion.general')}</option>
                  {sections.map((s) => <option key={s.value} value={s.value} lang={s.lang}>{s.label}</option>)}
                </select>
              </Field>
              <Field id={textId} label={t('opinion.text')} required error={err} hint={t('opinion.textHint', { max: MAX_ITEM_LENGTH })}>
                <textarea id={textId} rows={6} className={inputClass(err)} value={item.text} aria-invalid={!!err}
                  aria-describedby={describedBy(textId, err, t('opinion.textHint', { max: MAX_ITEM_LENGTH }))}
                  onChange={(e) => updateItem(i, { text: e.target.value })} />
              </Field>
              <p className={`text-std-16N-170 ${item.text.length > MAX_ITEM_LENGTH ? 'font-bold text-red-900' : 'text-solid-gray-700'}`}>
                {t('opinion.count', { count: item.text.length, max: MAX_ITEM_LENGTH })}
              </p>
              {d.items.length > 1 && (
                <button type="button" className="btn-secondary" onClick={() => update({ items: d.items.filter((_, k) => k !== i) })}>
                  {t('opinion.removeItem', { n: i + 1 })}
                </button>
              )}
            </div>
          );
        })}
        <button type="button" className="btn-secondary" onClick={() => update({ items: [...d.items, newItem()] })}>
          {t('opinion.addItem')}
        </button>
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
