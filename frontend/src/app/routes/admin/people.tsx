import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { usePeople, usePosts } from '@/features/meeting-records/api/people';
import { PersonForm } from '@/features/meeting-records/components/person-form';
import { PostForm } from '@/features/meeting-records/components/post-form';
import { useOpenForm } from '@/features/meeting-records/lib/use-open-form';
import { RecordList } from '@/features/meeting-records/components/record-list';
import { Notice } from '@/features/plan-editing/components/notice';
import { usePageTitle } from '@/lib/use-page-title';

/** Everyone on the records (and the posts of the bodies they hold) of the council and the headquarters, 五十音順 by reading, with their bodies. */
export default function AdminPeoplePage() {
  return (
    <RequireRole role="meeting-secretary">
      <People />
    </RequireRole>
  );
}

function People() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('admin.nav.people'));
  const people = usePeople();
  const posts = usePosts();
  const adding = useOpenForm('new');
  // Someone just removed on their own page (which is gone now) is named here.
  const removed = (useLocation().state as { removed?: string } | null)?.removed;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.people')}</h1>
      <p>{t('secretary.person.lead')}</p>
      <Notice text={removed && t('secretary.removed', { name: removed })} />
      {adding.value ? (
        <PersonForm onDone={(saved) => (saved ? navigate(`/admin/people/${saved.key}`) : adding.close())} />
      ) : (
        <button type="button" className="btn-primary" onClick={() => adding.open('person')}>{t('secretary.person.newTitle')}</button>
      )}
      {people.isPending && <Loading />}
      {people.isError && <LoadError onRetry={() => void people.refetch()} />}
      {people.data && (
        <>
          <p role="status">{t('secretary.person.count', { count: people.data.total })}</p>
          <ul className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
            {(people.data.items ?? []).map((p) => (
              <li key={p.id} className="space-y-1 p-3">
                <p className="text-std-18B-160">
                  <Link to={`/admin/people/${p.key}`}>{p.name}</Link>
                  <span className="ml-2 text-std-16N-170 font-normal text-solid-gray-700">{p.nameReading}</span>
                </p>
                {(p.memberships ?? []).length > 0 && (
                  <p className="text-solid-gray-700">
                    {p.memberships!.map((m) => `${m.organization?.name}（${m.post?.label ?? m.role}）`).join('、')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <RecordList id="posts" title={t('secretary.post.title')} lead={t('secretary.post.lead')} records={posts.data}
        nameOf={(p) => `${p.organization?.name} ${p.label}`} addLabel={t('secretary.post.new')} empty={t('secretary.nothingYet')}
        view={(p) => (
          <p>
            <span className="font-bold">{p.organization?.name} {p.label}</span>
            {p.exOfficio && <span>（{p.exOfficio}）</span>}
            <span className="text-solid-gray-700"> ・ {t('secretary.post.seatsCount', { count: p.seats })}</span>
          </p>
        )}
        form={(p, done) => <PostForm post={p} onDone={done} />} />
    </div>
  );
}
