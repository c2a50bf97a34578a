import '@/features/council/i18n';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useMeeting } from '@/features/council/api/council';
import { AgendaTree, DocumentLink } from '@/features/council/components/agenda-tree';
import { CouncilNav } from '@/features/council/components/council-nav';
import { DateText } from '@/features/council/components/date';
import { Paragraphs } from '@/features/plan/components/section-view';
import { ApiError } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import NotFound from '../not-found';

export default function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const m = meeting.data;
  usePageTitle(m?.title ?? t('council.meetings'));
  if (meeting.isPending) return <Loading />;
  if (meeting.error instanceof ApiError && meeting.error.status === 404) return <NotFound />;
  if (meeting.isError || !m) return <LoadError onRetry={() => void meeting.refetch()} />;
  return (
    <div className="space-y-8">
      <p><Link to="/council/meetings">{t('council.back')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140" lang="ja">{m.title}</h1>
      <CouncilNav />
      <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
        {[
          [m.heldOn ? t('council.heldOn') : t('council.plannedOn'), <DateText value={m.heldOn ?? m.planned} />],
          [t('council.theme'), m.theme && <span lang="ja">{m.theme}</span>],
          [t('council.location'), m.location && <span lang="ja">{m.location}</span>],
        ].filter(([, v]) => v).map(([k, v], i) => (
          <div key={i} className="grid gap-1 p-4 sm:grid-cols-[10rem_1fr]">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {m.agenda && m.agenda.length > 0 && (
        <section aria-labelledby="agenda-h" className="space-y-3">
          <h2 id="agenda-h" className="text-std-24B-150">{t('council.agenda')}</h2>
          <AgendaTree items={m.agenda} documents={m.documents ?? []} />
        </section>
      )}
      {m.summary && (
        <section aria-labelledby="summary-h">
          <h2 id="summary-h" className="text-std-24B-150">{t('council.summary')}</h2>
          <Paragraphs text={m.summary} />
        </section>
      )}
      {m.documents && m.documents.length > 0 && (
        <section aria-labelledby="docs-h" className="space-y-2">
          <h2 id="docs-h" className="text-std-24B-150">{t('council.documents')}</h2>
          <ul className="list-disc space-y-1 pl-6">
            {m.documents.map((d) => <li key={d.id}><DocumentLink doc={d} /></li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
