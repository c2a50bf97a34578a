import '@/features/consultation/i18n';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { LoadError } from '@/components/ui/status';
import { consultationQuery, flattenOutline, lookUpReceipt } from '@/features/consultation/api/consultations';
import { ApiError } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import { warekiDateTime } from '@/lib/wareki';

export default function ReceiptPage() {
  const { t } = useTranslation();
  usePageTitle(t('receipt.title'));
  const uid = useId();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ number?: string; code?: string }>({});
  const summary = useRef<HTMLDivElement>(null);
  const lookup = useMutation({ mutationFn: () => lookUpReceipt(number, code) });
  const s = lookup.data;
  // The sections' titles come from the consultation's outline; the receipt names only their keys.
  const consultation = useQuery({ ...consultationQuery(s?.consultation ?? ''), enabled: !!s?.consultation });
  const sectionLabels = flattenOutline(consultation.data?.outline);
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;

  const submit = () => {
    const found = {
      number: number.trim() ? undefined : t('receipt.errors.numberRequired'),
      code: code.trim() ? undefined : t('receipt.errors.checkCodeRequired'),
    };
    setErrors(found);
    if (found.number || found.code) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    lookup.mutate();
  };
  const summaryErrors = [
    found(errors.number, `#${uid}-number`, t('receipt.number')),
    found(errors.code, `#${uid}-code`, t('receipt.checkCode')),
  ].filter((e): e is { href: string; text: string } => !!e);

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('receipt.title')}</h1>
      <p>{t('receipt.lead')}</p>
      <ErrorSummary ref={summary} id={`${uid}-summary`} errors={summaryErrors} />
      <form noValidate className="space-y-4" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field id={`${uid}-number`} label={t('receipt.number')} required error={errors.number} hint={t('receipt.numberHint')}>
          <input id={`${uid}-number`} className={inputClass(errors.number)} value={number} autoComplete="off" spellCheck={false}
            aria-invalid={!!errors.number} aria-describedby={describedBy(`${uid}-number`, errors.number, t('receipt.numberHint'))}
            onChange={(e) => setNumber(e.target.value)} />
        </Field>
        <Field id={`${uid}-code`} label={t('receipt.checkCode')} required error={errors.code}>
          <input id={`${uid}-code`} className={inputClass(errors.code)} value={code} autoComplete="off" spellCheck={false}
            aria-invalid={!!errors.code} aria-describedby={describedBy(`${uid}-code`, errors.code)}
            onChange={(e) => setCode(e.target.value)} />
        </Field>
        <button type="submit" className="btn-primary" disabled={lookup.isPending} aria-busy={lookup.isPending}>{t('receipt.lookUp')}</button>
      </form>
      {notFound && <p role="alert" className="rounded-8 border-2 border-red-900 bg-red-50 p-4 font-bold text-red-900">{t('receipt.notFound')}</p>}
      {lookup.isError && !notFound && <LoadError onRetry={() => lookup.mutate()} />}
      {s && (
        <section aria-labelledby={`${uid}-result`} className="space-y-3 rounded-8 border-2 border-green-900 p-4">
          <h2 id={`${uid}-result`} className="text-std-24B-150">{t('receipt.result')}</h2>
          <dl className="divide-y divide-solid-gray-200">
            {[
              [t('receipt.number'), <span className="font-mono">{s.receipt}</span>],
              [t('receipt.consultation'), s.consultation ? <Link to={`/consultations/${s.consultation}`} lang="ja">{s.consultationTitle}</Link> : null],
              [t('receipt.status'), <>{t(`receipt.statuses.${s.status?.code}`, { defaultValue: s.status?.label })}（{t(`consultation.status.${s.consultationStatus?.code}`, { defaultValue: s.consultationStatus?.label })}）</>],
              [t('receipt.receivedAt'), s.receivedAt ? warekiDateTime(s.receivedAt) : ''],
              [t('receipt.channel'), s.channel?.label],
              [t('receipt.sections'), s.sections?.length ? s.sections.map((k) => sectionLabels.find((x) => x.key === k)?.label ?? k).join('、') : t('opinion.general')],
            ].map(([k, v], i) => (
              <div key={i} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
                <dt className="font-bold">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <h3 className="text-std-18B-160">{t('receipt.text')}</h3>
          <p className="whitespace-pre-wrap break-words" lang="ja">{s.text}</p>
        </section>
      )}
    </div>
  );
}

function found(message: string | undefined, href: string, label: string) {
  return message ? { href, text: `${label}: ${message}` } : undefined;
}
