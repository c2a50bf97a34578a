import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { checkPassword, PASSWORD_MIN } from '@/lib/passwords';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';
import { changeOwnPassword } from '../api/auth';

const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

/** The member changes their own password (the first admin must, to retire the generated one). */
export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const id = (f: string) => `${uid}-${f}`;
  const labels: Record<string, string> = {
    currentPassword: t('auth.currentPassword'), newPassword: t('auth.newPassword'), confirm: t('auth.confirmPassword'),
  };
  const hint = t('users.passwordHint', { min: PASSWORD_MIN });

  const fail = (fields: FieldErrors, rest: string[] = []) => {
    setErrors(fields);
    setOther(rest);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    setDone(false);
    const found: FieldErrors = {};
    if (!values.currentPassword) found.currentPassword = t('auth.errors.passwordRequired');
    const weak = checkPassword(values.newPassword, t);
    if (weak) found.newPassword = weak;
    else if (values.confirm !== values.newPassword) found.confirm = t('auth.errors.confirmMismatch');
    if (Object.keys(found).length > 0) return fail(found);
    setBusy(true);
    try {
      await changeOwnPassword(values.currentPassword, values.newPassword);
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      setErrors({});
      setOther([]);
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const split = problemFieldErrors(e, FIELDS, i18n.language);
        fail(split.fields, split.other);
      } else {
        fail({}, [e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')]);
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...Object.entries(errors).map(([f, text]) => ({ href: `#${id(f)}`, text: `${labels[f]}: ${text}` })),
    ...other.map((text) => ({ text })),
  ];
  const input = (f: (typeof FIELDS)[number], autoComplete: string, fieldHint?: string) => (
    <Field id={id(f)} label={labels[f]} required error={errors[f]} hint={fieldHint}>
      <input id={id(f)} type="password" autoComplete={autoComplete} className={inputClass(errors[f])} value={values[f]}
        aria-invalid={!!errors[f]} aria-describedby={describedBy(id(f), errors[f], fieldHint)}
        onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))} />
    </Field>
  );

  return (
    <form noValidate aria-labelledby={id('title')} className="space-y-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={id('title')} className="text-std-24B-150">{t('auth.changePasswordTitle')}</h2>
      <ErrorSummary ref={summaryRef} id={id('errors')} errors={summary} />
      {done && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{t('auth.passwordChanged')}</p>}
      {input('currentPassword', 'current-password')}
      {input('newPassword', 'new-password', hint)}
      {input('confirm', 'new-password')}
      <button type="submit" className="btn-primary" disabled={busy} aria-busy={busy}>{t('auth.changePassword')}</button>
    </form>
  );
}
