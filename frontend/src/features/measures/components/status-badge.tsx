import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../api/measures';

// The words carry the meaning; the border only repeats it, so colour is never the only cue.
const TONE: Record<MeasureStatus | 'unassessed', string> = {
  achieved: 'border-green-900 text-green-900',
  'on-track': 'border-green-900 text-green-900',
  behind: 'border-red-900 text-red-900',
  'no-data': 'border-solid-gray-600 text-solid-gray-800',
  'not-assessable': 'border-solid-gray-600 text-solid-gray-800',
  unassessed: 'border-solid-gray-600 text-solid-gray-800',
};

/** A status in plain words; no status from the service (or no KPI to judge by) reads 未評価. */
export function StatusBadge({ status }: { status?: MeasureStatus }) {
  const { t } = useTranslation();
  const key = status ?? 'unassessed';
  return (
    <span className={`inline-block whitespace-nowrap rounded-4 border-2 bg-white px-2 text-std-16B-170 ${TONE[key]}`}>
      {t(`measures.state.${key}`)}
    </span>
  );
}
