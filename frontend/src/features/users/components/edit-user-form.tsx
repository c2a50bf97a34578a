import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';
import type { StaffMember } from '@/lib/session';
import { fetchMember, useChangeMember, useStaffList } from '../api/users';
import { checkProfile, type ProfileDraft } from '../lib/validate';
import { MemberSummary } from './member-summary';
import { RoleCheckboxes } from './role-checkboxes';

/**
 * Changes a member's name and roles. The draft starts from the server's values and is kept for this
 * tab until saved. A 409 (the last admin would lose the role) shows the account and the admins as
 * they are now.
 */
export function EditUserForm({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const initial = useCallback((): ProfileDraft => ({ displayName: member.displayName, roles: [...member.roles] }), [member]);
  const draft = useSessionDraft('profile', initial);
  const change = useChangeMember(member.username);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<{ error: ApiError; current?: StaffMember }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const d = draft.value;
  const id = (field: string) => `${uid}-${field}`;
  const labels: Record<string, string> = { displayName: t('users.displayName'), roles: t('users.roles') };

  const fail = (fields: FieldErrors, rest: string[] = []) => {
    setErrors(fields);
    setOther(rest);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    setSaved(false);
    setConflict(undefined);
    const found = checkProfile(d, t);
    if (Object.keys(found).length > 0) return fail(found);
    try {
      await change.mutateAsync({ displayName: d.displayName, roles: d.roles });
      draft.clear();
      setErrors({});
      setOther([]);
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setErrors({});
        setOther([]);
        setConflict({ error: e, current: await fetchMember(member.username).catch(() => undefined) });
      } else if (e instanceof ApiError && e.status === 400) {
        const split = problemFieldErrors(e, ['displayName', 'roles'], i18n.language);
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

  return (
    <form noValidate aria-labelledby={id('title')} className="space-y-6" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={id('title')} className="text-std-24B-150">{t('users.editTitle')}</h2>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={summaryRef} id={id('errors')} errors={summary} />
      {conflict && (
        <ConflictNotice error={conflict.error}>
          {conflict.current && <MemberSummary member={conflict.current} />}
          <Admins />
        </ConflictNotice>
      )}
      {saved && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{t('users.saved')}</p>}
      <Field id={id('displayName')} label={labels.displayName} required error={errors.displayName}>
        <input id={id('displayName')} autoComplete="off" className={inputClass(errors.displayName)} value={d.displayName}
          aria-invalid={!!errors.displayName} aria-describedby={describedBy(id('displayName'), errors.displayName)}
          onChange={(e) => draft.setValue((prev) => ({ ...prev, displayName: e.target.value }))} />
      </Field>
      <RoleCheckboxes id={id('roles')} value={d.roles} error={errors.roles} onChange={(roles) => draft.setValue((prev) => ({ ...prev, roles }))} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={change.isPending} aria-busy={change.isPending}>
          {change.isPending ? t('admin.saving') : t('users.save')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); setErrors({}); setOther([]); }}>
          {t('users.discardChanges')}
        </button>
      </div>
    </form>
  );
}

/** The enabled admins right now: what "the last admin" refers to. */
function Admins() {
  const { t } = useTranslation();
  const list = useStaffList();
  const admins = list.data?.filter((m) => m.enabled && m.roles.includes('admin')) ?? [];
  if (!list.data) return null;
  return (
    <p className="mt-2">
      {t('users.currentAdmins', { count: admins.length })}{' '}
      {admins.map((a) => `${a.displayName} (${a.username})`).join('、')}
    </p>
  );
}
