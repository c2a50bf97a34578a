import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/features/plan-editing/components/form-fields';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { OrganizationSelect } from './organization-select';
import { type Membership, type Person, useMemberships, usePosts } from '../api/people';
import { useOpenForm } from '../lib/use-open-form';
import { MEMBERSHIP_FIELDS, membershipInput, membershipValues, validateMembership } from '../lib/values';
import { useConfirmRemoval } from './confirm-removal';
import { DateField } from './date-field';

function MembershipForm({ person, membership, onDone }: { person: Person; membership?: Membership; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const posts = usePosts();
  const { save } = useMemberships(person.key ?? '');
  const initial = useCallback(() => membershipValues(membership), [membership]);
  const form = useEditForm({
    formId: `membership-${membership?.id ?? 'new'}`, initial, fields: MEMBERSHIP_FIELDS, validate: validateMembership,
    save: (v, lockVersion) => save.mutateAsync({ id: membership?.id, body: membershipInput(v, lockVersion) }),
    fromCurrent: (current: Membership) => membershipValues(current), onSaved: () => onDone(true),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.membership.fields.${f}`);
  const current = failure.conflict?.current as Membership | undefined;
  const choosePost = (key: string) => {
    const post = posts.data?.find((p) => p.key === key);
    // A post names its role (委員, 座長, …): filled in so the secretary need not type it twice.
    form.set('post')(key);
    if (post && !v.role.trim()) form.set('role')(post.role ?? '');
  };
  return (
    <FormShell title={membership ? t('secretary.membership.editTitle', { body: membership.organization?.name }) : t('secretary.membership.newTitle')}
      form={form} pending={save.isPending} labelOf={label} onCancel={() => onDone(false)}
      submitLabel={membership ? t('secretary.membership.save') : t('secretary.membership.create')}
      current={current && <p>{current.organization?.name}・{current.post?.label ?? current.role}・{current.affiliation}</p>}>
      {(id) => (
        <>
          <OrganizationSelect id={id('organization')} label={label('organization')} value={v.organization} onChange={form.set('organization')}
            error={failure.errors.organization} />
          <SelectField id={id('post')} label={label('post')} value={v.post} onChange={choosePost} error={failure.errors.post}
            hint={t('secretary.membership.postHint')}>
            <option value="">{t('secretary.membership.noPost')}</option>
            {posts.data?.filter((p) => p.organization?.key === v.organization).map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
          </SelectField>
          <TextField id={id('role')} label={label('role')} required value={v.role} onChange={form.set('role')} error={failure.errors.role} />
          <TextField id={id('affiliation')} label={label('affiliation')} value={v.affiliation} onChange={form.set('affiliation')}
            error={failure.errors.affiliation} hint={t('secretary.membership.affiliationHint')} />
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('startDate')} label={label('startDate')} value={v.startDate} onChange={form.set('startDate')} error={failure.errors.startDate} />
            <DateField id={id('endDate')} label={label('endDate')} value={v.endDate} onChange={form.set('endDate')} error={failure.errors.endDate} />
          </div>
        </>
      )}
    </FormShell>
  );
}

/** Which bodies a person belongs to, in which post and with which affiliation (所属団体・役職等). */
export function MembershipAdmin({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { remove } = useMemberships(person.key ?? '');
  const membershipForm = useOpenForm('membership');
  const editing = membershipForm.value;
  const [notice, setNotice] = useState<string>();
  const removal = useConfirmRemoval<Membership>({
    question: (m) => t('secretary.membership.confirm', { body: m.organization?.name }), consequence: t('secretary.membership.consequence'),
    remove: (m) => remove.mutateAsync(m.id ?? 0), pending: remove.isPending,
    onRemoved: (m) => setNotice(t('secretary.membership.removed', { body: m.organization?.name })),
  });
  const memberships = person.memberships ?? [];
  return (
    <section aria-labelledby="memberships-h" className="space-y-4">
      <h2 id="memberships-h" className="text-std-24B-150">{t('secretary.membership.title')}</h2>
      <Notice text={notice} />
      {memberships.length === 0 && <p>{t('secretary.membership.none')}</p>}
      <ul className="space-y-3">
        {memberships.map((m) => (
          <li key={m.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-3">
            {editing === String(m.id) ? (
              <MembershipForm person={person} membership={m} onDone={(saved) => {
                membershipForm.close();
                if (saved) setNotice(t('secretary.membership.saved'));
              }} />
            ) : (
              <>
                <p className="font-bold">{m.organization?.name} ・ {m.post?.label ?? m.role}</p>
                {m.affiliation && <p>{m.affiliation}</p>}
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary" onClick={() => { membershipForm.open(String(m.id)); setNotice(undefined); }}>
                    <ActionLabel short={t('secretary.edit')} full={t('secretary.membership.editFull', { body: m.organization?.name })} />
                  </button>
                  <button type="button" className="btn-secondary" onClick={() => removal.ask(m)}>
                    <ActionLabel short={t('secretary.remove')} full={t('secretary.membership.removeFull', { body: m.organization?.name })} />
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {removal.dialog}
      {editing === 'new' ? (
        <MembershipForm person={person} onDone={(saved) => {
          membershipForm.close();
          if (saved) setNotice(t('secretary.membership.added'));
        }} />
      ) : (
        <button type="button" className="btn-secondary" onClick={() => { membershipForm.open('new'); setNotice(undefined); }}>{t('secretary.membership.newTitle')}</button>
      )}
    </section>
  );
}
