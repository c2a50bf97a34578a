import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ApiError, inLanguage } from '@/lib/api-client';
import { problemFieldErrors } from '@/lib/problem-fields';
import type { StaffMember } from '@/lib/session';
import { useChangeMember, useResetPassword } from '../api/users';
import { checkPassword, PASSWORD_MIN, randomPassword } from '@/lib/passwords';
import { MemberSummary } from './member-summary';

function errorText(e: unknown, t: (k: string) => string, language: string): string {
  return e instanceof ApiError ? inLanguage(e.problem?.detail, language) || t('admin.saveFailed') : t('admin.networkError');
}

/** Sets a new password for a member (their sessions end, a lock is lifted). Never kept in a draft. */
export function ResetPasswordForm({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const reset = useResetPassword(member.username);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const field = `${uid}-password`;
  const hint = t('users.passwordHint', { min: PASSWORD_MIN });

  const submit = async () => {
    setDone(false);
    const problem = checkPassword(password, t);
    if (problem) return setError(problem);
    try {
      await reset.mutateAsync(password);
      setError(undefined);
      setDone(true);
    } catch (e) {
      setError(problemFieldErrors(e, ['password'], i18n.language).fields.password ?? errorText(e, t, i18n.language));
    }
  };

  return (
    <form noValidate aria-labelledby={`${uid}-title`} className="space-y-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={`${uid}-title`} className="text-std-24B-150">{t('users.resetTitle')}</h2>
      <p>{t('users.resetLead')}</p>
      {done && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{t('users.resetDone')}</p>}
      <Field id={field} label={t('users.newPassword')} required error={error} hint={hint}>
        <input id={field} type="text" autoComplete="new-password" spellCheck={false} className={`${inputClass(error)} font-mono`}
          value={password} aria-invalid={!!error} aria-describedby={describedBy(field, error, hint)}
          onChange={(e) => setPassword(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => setPassword(randomPassword())}>{t('users.generatePassword')}</button>
        <button type="submit" className="btn-primary" disabled={reset.isPending} aria-busy={reset.isPending}>{t('users.resetSubmit')}</button>
      </div>
    </form>
  );
}

/** Suspends or resumes an account; suspending ends its sessions. */
export function EnableToggle({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const change = useChangeMember(member.username);
  const [failure, setFailure] = useState<unknown>();

  const toggle = async () => {
    setFailure(undefined);
    try {
      await change.mutateAsync({ enabled: !member.enabled });
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <section aria-labelledby={`${uid}-title`} className="space-y-4">
      <h2 id={`${uid}-title`} className="text-std-24B-150">{t('users.enabledTitle')}</h2>
      <p>{member.enabled ? t('users.enabledLead') : t('users.disabledLead')}</p>
      {failure instanceof ApiError && failure.status === 409 ? (
        <ConflictNotice error={failure}><MemberSummary member={member} /></ConflictNotice>
      ) : failure ? (
        <p role="alert" className="font-bold text-red-900">{errorText(failure, t, i18n.language)}</p>
      ) : null}
      <button type="button" className="btn-secondary" disabled={change.isPending} onClick={() => void toggle()}>
        {member.enabled ? t('users.disable') : t('users.enable')}
      </button>
    </section>
  );
}
