import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { useDuplicates } from '../api/moderation';

/** Submissions that say the same, so one item can be written for all of them; found on demand (it compares every pair). */
export function Duplicates({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const groups = useDuplicates(consultationId, open);
  return (
    <details className="rounded-8 border border-solid-gray-420 p-3" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-std-16B-170">{t('moderation.duplicates.title')}</summary>
      <div className="mt-3 space-y-3">
        {groups.isPending && open && <Loading />}
        {groups.isError && <LoadError onRetry={() => void groups.refetch()} />}
        {groups.data && groups.data.length === 0 && <p>{t('moderation.duplicates.none')}</p>}
        {groups.data && groups.data.length > 0 && (
          <ul className="space-y-3">
            {groups.data.map((g, i) => (
              <li key={i}>
                <p>{t('moderation.duplicates.group', { count: g.size, similarity: Math.round((g.similarity ?? 0) * 100) })}</p>
                <ul className="list-disc pl-6">
                  {(g.members ?? []).map((m) => (
                    <li key={m.receipt}>
                      <Link to={`/admin/consultations/${encodeURIComponent(consultationId)}/moderation/submissions/${encodeURIComponent(m.receipt ?? '')}`}>{m.receipt}</Link>
                      {' '}{(m.text ?? '').slice(0, 60)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
