import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type OpinionItem, type OpinionItemRequest, useProposal, useSaveItem } from '../api/moderation';
import { ANSWER_CATEGORIES } from '../lib/outline';
import { fieldErrorsOf, proposalsOf } from '../lib/redaction';

type Values = Required<Pick<OpinionItemRequest, 'summary' | 'section' | 'answer' | 'category' | 'planChange' | 'hiddenReason'>> & { hidden: boolean };

const valuesOf = (item?: OpinionItem): Values => ({
  summary: item?.summary ?? '',
  section: item?.section ?? '',
  answer: item?.answer ?? '',
  category: item?.category ?? '',
  planChange: item?.planChange ?? '',
  hidden: item?.hidden ?? false,
  hiddenReason: item?.hiddenReason ?? '',
});

/**
 * One opinion item (意見の要旨) and the city's answer (本市の考え方): new from a submission, or an
 * existing one saved with the version it was read at. A text with personal information comes back
 * with the service's redacted proposal, which the moderator accepts (or edits) before saving again.
 */
export function ItemForm({ consultationId, receipt, sections, item, onSaved }: {
  consultationId: string;
  receipt: string;
  sections: { key: string; label: string; depth: number }[];
  item?: OpinionItem;
  onSaved?: (item: OpinionItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [proposals, setProposals] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ApiError>();
  const [askProposal, setAskProposal] = useState(false);
  const [saved, setSaved] = useState(false);
  const proposal = useProposal(consultationId, receipt, askProposal);
  const save = useSaveItem(consultationId);
  const set = <K extends keyof Values>(k: K, v: Values[K]) => { setValues((old) => ({ ...old, [k]: v })); setSaved(false); };
  const id = (f: string) => `${uid}-${f}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConflict(undefined);
    const body: OpinionItemRequest = { ...values, ...(item ? { version: item.version } : { receipt }) };
    save.mutate({ itemId: item?.id, body }, {
      onSuccess: (savedItem) => {
        setErrors({}); setProposals({}); setSaved(true);
        if (!item) setValues(valuesOf());
        onSaved?.(savedItem);
      },
      onError: (err) => {
        if (err instanceof ApiError && err.status === 409) { setConflict(err); return; }
        if (err instanceof ApiError && err.status === 400) {
          setErrors(fieldErrorsOf(err.problem, i18n.language));
          setProposals(proposalsOf(err.problem));
          return;
        }
        setErrors({ form: err instanceof ApiError ? inLanguage(err.message, i18n.language) : t('common.error') });
      },
    });
  };

  const text = (f: 'summary' | 'answer' | 'planChange' | 'hiddenReason', rows: number, required?: boolean) => (
    <Field id={id(f)} label={t(`moderation.item.${f}`)} required={required} error={errors[f]}>
      <textarea
        id={id(f)} rows={rows} className={inputClass(errors[f])} value={values[f]}
        aria-invalid={errors[f] ? true : undefined} aria-describedby={describedBy(id(f), errors[f])}
        onChange={(e) => set(f, e.target.value)}
      />
      {f !== 'hiddenReason' && proposals[f] !== undefined && (
        <div className="mt-2 space-y-2 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-3">
          <p className="text-std-16B-170">{t('moderation.item.proposal')}</p>
          <p className="whitespace-pre-wrap">{proposals[f]}</p>
          <button type="button" className="btn-secondary" onClick={() => {
            set(f, proposals[f]);
            setProposals((p) => { const { [f]: _, ...rest } = p; return rest; });
            setErrors((er) => { const { [f]: _, ...rest } = er; return rest; });
          }}>{t('moderation.item.accept')}</button>
        </div>
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={item ? t('moderation.item.editLabel', { id: item.id }) : t('moderation.item.newLabel')}>
      {conflict && <ConflictNotice error={conflict} />}
      {errors.form && <p role="alert" className="font-bold text-red-900">{errors.form}</p>}
      {!item && (
        <div className="space-y-2">
          <button type="button" className="btn-secondary" onClick={() => (askProposal ? void proposal.refetch() : setAskProposal(true))}>
            {t('moderation.item.loadProposal')}
          </button>
          {proposal.data && (
            <div className="space-y-2 rounded-8 border border-solid-gray-420 p-3" aria-live="polite">
              <p>{proposal.data.findings?.length
                ? t('moderation.item.findings', { kinds: [...new Set(proposal.data.findings.map((f) => f.label))].join('、') })
                : t('moderation.item.noFindings')}</p>
              <button type="button" className="btn-secondary" onClick={() => set('summary', proposal.data?.proposedText ?? '')}>
                {t('moderation.item.useProposal')}
              </button>
            </div>
          )}
        </div>
      )}
      {text('summary', 4, true)}
      <Field id={id('section')} label={t('moderation.item.section')} error={errors.section}>
        <select id={id('section')} className={inputClass(errors.section)} value={values.section} onChange={(e) => set('section', e.target.value)}
          aria-invalid={errors.section ? true : undefined} aria-describedby={describedBy(id('section'), errors.section)}>
          <option value="">{t('moderation.item.general')}</option>
          {sections.map((s) => <option key={s.key} value={s.key}>{'　'.repeat(s.depth)}{s.label}</option>)}
        </select>
      </Field>
      {text('answer', 5)}
      <Field id={id('category')} label={t('moderation.item.category')} error={errors.category}>
        <select id={id('category')} className={inputClass(errors.category)} value={values.category} onChange={(e) => set('category', e.target.value)}
          aria-invalid={errors.category ? true : undefined} aria-describedby={describedBy(id('category'), errors.category)}>
          <option value="">{t('moderation.item.noCategory')}</option>
          {ANSWER_CATEGORIES.map((c) => <option key={c} value={c}>{t(`moderation.categories.${c}`)}</option>)}
        </select>
      </Field>
      {text('planChange', 2)}
      <div className="flex items-center gap-2">
        <input id={id('hidden')} type="checkbox" className="size-5" checked={values.hidden} onChange={(e) => set('hidden', e.target.checked)} />
        <label htmlFor={id('hidden')}>{t('moderation.item.hidden')}</label>
      </div>
      {values.hidden && text('hiddenReason', 2, true)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? t('admin.saving') : item ? t('moderation.item.save') : t('moderation.item.add')}
        </button>
        <p role="status" className="text-std-16N-170">{saved ? t('moderation.item.saved') : ''}</p>
      </div>
    </form>
  );
}
