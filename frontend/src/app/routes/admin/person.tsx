import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { type Person, usePerson, useRemovePerson } from '@/features/meeting-records/api/people';
import { useConfirmRemoval } from '@/features/meeting-records/components/confirm-removal';
import { MembershipAdmin } from '@/features/meeting-records/components/membership-admin';
import { PersonForm } from '@/features/meeting-records/components/person-form';
import { useOpenForm } from '@/features/meeting-records/lib/use-open-form';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';
import { usePageTitle } from '@/lib/use-page-title';

export default function AdminPersonPage() {
  return (
    <RequireRole role="meeting-secretary">
      <PersonPage />
    </RequireRole>
  );
}

/** One person: name and reading, and the bodies, posts and affiliations they hold. */
function PersonPage() {
  const { t } = useTranslation();
  const key = useParams().key ?? '';
  const navigate = useNavigate();
  const person = usePerson(key);
  const details = useOpenForm('edit');
  const editing = details.value === 'person';
  const [notice, setNotice] = useState<string>();
  usePageTitle(person.data?.name ?? t('admin.nav.people'));
  const p = person.data;
  return (
    <div className="max-w-3xl space-y-8">
      <p><Link to="/admin/people">{t('secretary.person.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{p?.name ?? t('admin.nav.people')}</h1>
      {person.isPending && <Loading />}
      {person.isError && <LoadError onRetry={() => void person.refetch()} />}
      {p && (
        <>
          <section aria-labelledby="person-h" className="space-y-4">
            <h2 id="person-h" className="text-std-24B-150">{t('secretary.person.details')}</h2>
            <Notice text={notice} />
            {editing ? (
              <PersonForm key={p.lockVersion} person={p} onDone={(saved) => {
                details.close();
                if (!saved) return;
                setNotice(t('secretary.person.saved'));
                if (saved.key !== key) navigate(`/admin/people/${saved.key}`, { replace: true });
              }} />
            ) : (
              <>
                <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
                  {[
                    [t('secretary.person.fields.name'), p.name],
                    [t('secretary.person.fields.nameReading'), p.nameReading],
                    [t('secretary.person.fields.key'), p.key],
                  ].map(([k, v]) => (
                    <div key={k} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
                      <dt className="font-bold">{k}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
                </dl>
                <button type="button" className="btn-secondary" onClick={() => { details.open('person'); setNotice(undefined); }}>{t('secretary.person.edit')}</button>
              </>
            )}
          </section>
          <MembershipAdmin person={p} />
          <RemovePerson person={p} />
          <p><Link to="/council">{t('secretary.person.publicPage')}</Link></p>
        </>
      )}
    </div>
  );
}

/**
 * Removing someone entered by mistake. A person on a body's roster is not removed in one step: their
 * memberships go first, one by one, so a slip never erases roster lines (meeting-service says the same).
 */
function RemovePerson({ person }: { person: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemovePerson();
  const removal = useConfirmRemoval<Person>({
    question: (p) => t('secretary.confirmRemove', { name: p.name }), consequence: t('secretary.person.removeConsequence'),
    remove: (p) => remove.mutateAsync(p.key ?? ''), pending: remove.isPending,
    onRemoved: (p) => navigate('/admin/people', { state: { removed: p.name } }),
  });
  const held = person.memberships?.length ?? 0;
  return (
    <section aria-labelledby="remove-person-h" className="space-y-3">
      <h2 id="remove-person-h" className="text-std-24B-150">{t('secretary.person.removeTitle')}</h2>
      {held > 0 ? <p>{t('secretary.person.removeHeld', { count: held })}</p> : (
        <>
          <p>{t('secretary.person.removeLead')}</p>
          <button type="button" className="btn-secondary" onClick={() => removal.ask(person)}>
            <ActionLabel short={t('secretary.remove')} full={t('secretary.removeFull', { name: person.name })} />
          </button>
        </>
      )}
      {removal.dialog}
    </section>
  );
}
