import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';
import { type Issue, type Team, useIssues } from '../api/programs';
import { useOpenForm } from '../lib/use-open-form';
import { useConfirmRemoval } from './confirm-removal';
import { IssueForm } from './program-forms';

/** The issues of one team, each with the earlier issue it extends; added, edited and removed in place. */
export function TeamIssues({ team, teams }: { team: Team; teams: Team[] }) {
  const { t } = useTranslation();
  const { remove } = useIssues(team.id ?? 0);
  const issueForm = useOpenForm(`issue-${team.id}`);
  const editing = issueForm.value;
  const [notice, setNotice] = useState<string>();
  const removal = useConfirmRemoval<Issue>({
    question: (i) => t('secretary.confirmRemove', { name: i.title }), consequence: t('secretary.issue.consequence'),
    remove: (i) => remove.mutateAsync(i.id ?? 0), pending: remove.isPending,
    onRemoved: (i) => setNotice(t('secretary.removed', { name: i.title })),
  });
  // Only an earlier year's issue can be the one a new issue builds on.
  const earlier = teams.filter((x) => (x.fiscalYear?.year ?? 0) < (team.fiscalYear?.year ?? 0))
    .flatMap((x) => (x.issues ?? []).map((i) => ({ id: i.id ?? 0, label: `${x.fiscalYear?.label} ${i.number}. ${i.title}` })));
  const done = (saved?: string) => {
    issueForm.close();
    if (saved) setNotice(saved);
  };
  return (
    <div className="space-y-3">
      <h4 className="text-std-18B-160">{t('secretary.issue.title', { team: team.name })}</h4>
      <Notice text={notice} />
      <ol className="space-y-2">
        {(team.issues ?? []).map((i) => (
          <li key={i.id} className="space-y-2 rounded-8 bg-solid-gray-50 p-3">
            {editing === String(i.id) ? <IssueForm team={team} issue={i} earlier={earlier} onDone={done} /> : (
              <>
                <p>{i.number}. {i.title}</p>
                {i.extendsIssue && (
                  <p className="text-std-16N-170 text-solid-gray-700">
                    {t('secretary.issue.extends', { label: `${i.extendsIssue.fiscalYear?.label} ${i.extendsIssue.number}. ${i.extendsIssue.title}` })}
                    {i.extensionNote && `（${i.extensionNote}）`}
                  </p>
                )}
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary" onClick={() => { issueForm.open(String(i.id)); setNotice(undefined); }}>
                    <ActionLabel short={t('secretary.edit')} full={t('secretary.editFull', { name: i.title })} />
                  </button>
                  <button type="button" className="btn-secondary" onClick={() => removal.ask(i)}>
                    <ActionLabel short={t('secretary.remove')} full={t('secretary.removeFull', { name: i.title })} />
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {removal.dialog}
      {editing === 'new' ? <IssueForm team={team} earlier={earlier} onDone={done} /> : (
        <button type="button" className="btn-secondary" onClick={() => { issueForm.open('new'); setNotice(undefined); }}>
          <ActionLabel short={t('secretary.issue.add')} full={t('secretary.issue.new', { team: team.name })} />
        </button>
      )}
    </div>
  );
}
