import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';
import type { StaffMember } from '@/lib/session';
import { fetchMember, useCreateMember } from '../api/users';
import { PASSWORD_MIN, randomPassword } from '@/lib/passwords';
import { checkNewMember } from '../lib/validate';
import { MemberSummary } from './member-summary';
import { RoleCheckboxes } from './role-checkboxes';

const FIELDS = ['username', 'displayName', 'roles', 'password'] as const;

/**
 * A new staff account with its roles and an initial password. What is typed (the password excepted)
 * is kept for this tab, so an expired session costs nothing; a username already taken is shown with
 * the account that holds it.
 */
export function CreateUserForm({ onCreated }: { onCreated: (member: StaffMember, password: string) => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const initial = useCallback(() => ({ username: '', displayName: '', roles: [] as string[] }), []);
  const draft = useSessionDraft('create-user', initial);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<{ error: ApiError; current?: StaffMember }>();
  const create = useCreateMember();
  const summaryRef = useRef<HTMLDivElement>(null);
  const d = draft.value;
  const id = (field: string) => `${uid}-${field}`;
  const labels: Record<string, string> = {
    username: t('users.username'), displayName: t('users.displayName'), roles: t('users.roles'), password: t('users.initialPassword'),
  };

  const fail = (fields: FieldErrors, rest: string[] = []) => {
    setErrors(fields);
    setOther(rest);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    setConflict(undefined);
    const found = checkNewMember(d, password, t);
    if (Object.keys(found).length > 0) return fail(found);
    try {
      const member = await create.mutateAsync({ ...d, password });
      draft.clear();
      onCreated(member, password);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setErrors({});
        setOther([]);
        const current = await fetchMember(d.username).catch(() => undefined);
        setConflict({ error: e, current });
      } else if (e instanceof ApiError && e.status === 400) {
        const split = problemFieldErrors(e, FIELDS, i18n.language);
        fail(split.fields, split.other);
      } else {
        fail({}, [e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')]);
      }
    }
  };

  const summary = [
    ...Object.entries(errors).map(([f, text]) => ({ href: `#${id(f)}`, text: `${labels[f]}: ${text}` })),
    ...other.map((text) => ({ text })),
  ];
  const setField = (patch: Partial<typeof d>) => draft.setValue((prev) => ({ ...prev, ...patch }));

  return (
    <form noValidate aria-labelledby={id('title')} className="max-w-2xl space-y-6" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={id('title')} className="text-std-24B-150">{t('users.createTitle')}</h2>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={summaryRef} id={id('errors')} errors={summary} />
      {conflict && (
        <ConflictNotice error={conflict.error}>
          {conflict.current && (
            <>
              <MemberSummary member={conflict.current} />
              <p className="mt-2">
                <Link to={`/admin/users/${encodeURIComponent(conflict.current.username)}`}>{t('users.openExisting', { name: conflict.current.displayName })}</Link>
              </p>
            </>
          )}
        </ConflictNotice>
      )}
      <Field id={id('username')} label={labels.username} required error={errors.username} hint={t('users.usernameHint')}>
        <input id={id('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} className={inputClass(errors.username)}
          value={d.username} aria-invalid={!!errors.username} aria-describedby={describedBy(id('username'), errors.username, t('users.usernameHint'))}
          onChange={(e) => setField({ username: e.target.value })} />
      </Field>
      <Field id={id('displayName')} label={labels.displayName} required error={errors.displayName}>
        <input id={id('displayName')} autoComplete="off" className={inputClass(errors.displayName)} value={d.displayName}
          aria-invalid={!!errors.displayName} aria-describedby={describedBy(id('displayName'), errors.displayName)}
          onChange={(e) => setField({ displayName: e.target.value })} />
      </Field>
      <RoleCheckboxes id={id('roles')} value={d.roles} error={errors.roles} onChange={(roles) => setField({ roles })} />
      <Field id={id('password')} label={labels.password} required error={errors.password} hint={t('users.passwordHint', { min: PASSWORD_MIN })}>
        <input id={id('password')} type="text" autoComplete="new-password" spellCheck={false} className={`${inputClass(errors.password)} font-mono`}
          value={password} aria-invalid={!!errors.password}
          aria-describedby={describedBy(id('password'), errors.password, t('users.passwordHint', { min: PASSWORD_MIN }))}
          onChange={(e) => setPassword(e.target.value)} />
      </Field>
      <button type="button" className="btn-secondary" onClick={() => setPassword(randomPassword())}>{t('users.generatePassword')}</button>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? t('admin.saving') : t('users.create')}
        </button>
      </div>
    </form>
  );
}
