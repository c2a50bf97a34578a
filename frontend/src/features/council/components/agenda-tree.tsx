import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem, MeetingDocument } from '../api/council';

/** A document by its title; a link where the city has published its file. */
export function DocumentLink({ doc }: { doc: MeetingDocument }) {
  const { t } = useTranslation();
  return doc.url ? (
    <a href={doc.url} lang="ja">{doc.title}</a>
  ) : (
    <span><span lang="ja">{doc.title}</span>{t('council.noFile')}</span>
  );
}

/**
 * The 次第 as the meeting had it: 報告事項, 議題 and their points, nested, each with the documents
 * filed under it and links to what it concerns (the plan version, the consultation, a related record).
 */
export function AgendaTree({ items, documents }: { items: AgendaItem[]; documents: MeetingDocument[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ol className="space-y-2">
      {[...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((item) => {
        const docs = documents.filter((d) => d.agendaItemId === item.id);
        return (
          <li key={item.id} className="rounded-8 border-l-4 border-blue-200 py-1 pl-3">
            <p lang="ja">
              {item.number && <span className="mr-2 font-bold">{item.number}</span>}
              <span className={item.children?.length ? 'font-bold' : ''}>{item.title}</span>
            </p>
            {item.description && <p lang="ja" className="text-std-16N-170 text-solid-gray-700">{item.description}</p>}
            <ul className="flex flex-wrap gap-x-4">
              {item.planVersion?.planKey && (
                <li><Link to={`/plan/${item.planVersion.planKey}`}>{t('council.relatedPlan')}</Link></li>
              )}
              {item.consultation?.id && (
                <li><Link to={`/consultations/${item.consultation.id}`}>{t('council.relatedConsultation')}</Link></li>
              )}
              {item.relatedMeeting?.id && (
                <li><Link to={`/council/meetings/${item.relatedMeeting.id}`} lang="ja">{item.relatedMeeting.title}</Link></li>
              )}
              {item.advisorAppointment?.id && <li><Link to="/council/people#advisors">{t('council.advisors')}</Link></li>}
              {item.leaderCohort?.id && <li><Link to="/council/people#leaders">{t('council.leaders')}</Link></li>}
              {item.projectTeam?.id && <li><Link to="/council/people#teams">{t('council.projectTeams')}</Link></li>}
              {docs.map((d) => <li key={d.id}><DocumentLink doc={d} /></li>)}
            </ul>
            {item.children && item.children.length > 0 && (
              <div className="mt-2"><AgendaTree items={item.children} documents={documents} /></div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
