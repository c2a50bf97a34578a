import '@/features/council/i18n';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/ui/status';
import { COUNCIL, HEADQUARTERS, type Post, useOrganization, usePeople } from '@/features/council/api/council';
import { CouncilNav } from '@/features/council/components/council-nav';
import { usePageTitle } from '@/lib/use-page-title';

/** Posts grouped by their label in the order the body lists them: 本部長, 副本部長, 本部員. */
function byLabel(posts: Post[]): [string, Post[]][] {
  const groups = new Map<string, Post[]>();
  for (const p of posts) groups.set(p.label ?? '', [...(groups.get(p.label ?? '') ?? []), p]);
  return [...groups];
}

export default function CouncilPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('council.title'));
  const council = useOrganization(COUNCIL);
  const members = usePeople(COUNCIL);
  const hq = useOrganization(HEADQUARTERS);
  const english = i18n.language === 'en';
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{english ? council.data?.nameEn ?? t('council.title') : t('council.title')}</h1>
      <CouncilNav />
      <p>{t('council.lead')}</p>
      {council.data?.description && <p lang="ja">{council.data.description}</p>}

      <section aria-labelledby="members-h" className="space-y-3">
        <h2 id="members-h" className="text-std-24B-150">{t('council.members')}</h2>
        {members.isPending && <Loading />}
        {members.isError && <LoadError onRetry={() => void members.refetch()} />}
        {members.data && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-solid-gray-600">
                  <th scope="col" className="p-2">{t('council.memberName')}</th>
                  <th scope="col" className="p-2">{t('council.memberAffiliation')}</th>
                </tr>
              </thead>
              <tbody>
                {(members.data.items ?? []).map((p) => {
                  const m = p.memberships?.find((x) => x.organization?.key === COUNCIL);
                  return (
                    <tr key={p.id} className="border-b border-solid-gray-200 align-top">
                      <th scope="row" className="whitespace-nowrap p-2 font-bold" lang="ja">
                        <ruby>{p.name}<rp>（</rp><rt className="text-[0.65rem] font-normal">{p.nameReading}</rt><rp>）</rp></ruby>
                      </th>
                      <td className="p-2" lang="ja">{m?.affiliation}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="hq-h" className="space-y-3">
        <h2 id="hq-h" className="text-std-24B-150">{t('council.headquarters')}</h2>
        {hq.isPending && <Loading />}
        {hq.isError && <LoadError onRetry={() => void hq.refetch()} />}
        {hq.data && (
          <>
            {hq.data.description && <p lang="ja">{hq.data.description}</p>}
            <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
              {byLabel(hq.data.posts ?? []).map(([label, posts]) => (
                <div key={label} className="grid gap-1 p-4 sm:grid-cols-[10rem_1fr]">
                  <dt className="font-bold" lang="ja">{label}</dt>
                  <dd>
                    <ul className="flex flex-wrap gap-x-4 gap-y-1" lang="ja">
                      {posts.map((p) => (
                        <li key={p.id}>{p.exOfficio}{(p.seats ?? 1) > 1 && `（${t('council.seats', { count: p.seats })}）`}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>
    </div>
  );
}
