import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';

interface Props {
  signIn: (username: string, password: string) => Promise<void>;
  initialUsername?: string;
}

/** Minutes, rounded up, for a Retry-After in seconds: "あと3分" reads better than "180秒". */
const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Staff sign-in. Errors are said in plain words beside the field they concern; a wrong password
 * never says which of the two was wrong, and a lockout says how long to wait.
 */
export function SignInForm({ signIn, initialUsername = '' }: Props) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const id = (field: string) => `${uid}-${field}`;
  const labels: Record<string, string> = { username: t('auth.username'), password: t('auth.password') };

  const fail = (fields: FieldErrors, message?: string) => {
    setErrors(fields);
    setFormError(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    const found: FieldErrors = {};
    if (!username.trim()) found.username = t('auth.errors.usernameRequired');
    if (!password) found.password = t('auth.errors.passwordRequired');
    if (Object.keys(found).length > 0) return fail(found);
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      setPassword('');
      if (e instanceof ApiError && e.status === 401) {
        fail({ password: t('auth.errors.wrongCredentials') });
      } else if (e instanceof ApiError && e.status === 429) {
        fail({}, e.retryAfter ? t('auth.errors.lockedFor', { minutes: minutes(e.retryAfter) }) : t('auth.errors.locked'));
      } else if (e instanceof ApiError && e.status === 400) {
        const { fields, other } = problemFieldErrors(e, ['username', 'password'], i18n.language);
        fail(fields, other.join(' ') || undefined);
      } else if (e instanceof ApiError) {
        fail({}, inLanguage(e.problem?.detail, i18n.language) || t('auth.errors.failed'));
      } else {
        fail({}, t('auth.errors.network'));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...Object.entries(errors).map(([field, text]) => ({ href: `#${id(field)}`, text: `${labels[field]}: ${text}` })),
    ...(formError ? [{ text: formError }] : []),
  ];

  return (
    <form
      noValidate
      aria-labelledby={id('title')}
      className="max-w-md space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={id('title')} className="sr-only">{t('auth.formTitle')}</h2>
      <ErrorSummary ref={summaryRef} id={id('errors')} errors={summary} />
      <Field id={id('username')} label={labels.username} required error={errors.username}>
        <input id={id('username')} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false}
          className={inputClass(errors.username)} value={username} aria-invalid={!!errors.username}
          aria-describedby={describedBy(id('username'), errors.username)} onChange={(e) => setUsername(e.target.value)} />
      </Field>
      <Field id={id('password')} label={labels.password} required error={errors.password}>
        <input id={id('password')} name="password" type={showPassword ? 'text' : 'password'} autoComplete="current-password"
          className={inputClass(errors.password)} value={password} aria-invalid={!!errors.password}
          aria-describedby={describedBy(id('password'), errors.password)} onChange={(e) => setPassword(e.target.value)} />
      </Field>
      <div className="flex min-h-11 items-center gap-2">
        <input id={id('show')} type="checkbox" className="size-6" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        <label htmlFor={id('show')}>{t('auth.showPassword')}</label>
      </div>
      <button type="submit" className="btn-primary" disabled={busy} aria-busy={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  );
}
