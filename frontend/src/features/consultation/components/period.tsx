import { useTranslation } from 'react-i18next';
import { daysLeft, seirekiDate } from '@/lib/wareki';
import type { ConsultationDetail, ConsultationSummary } from '../api/consultations';

type Consultation = ConsultationSummary | ConsultationDetail;

/** 和暦 as the city writes it, with 西暦 beside it: 令和7年11月17日(月)（2025年11月17日）. */
function day(label: { date?: string; label?: string } | undefined) {
  if (!label?.date) return '';
  return `${label.label ?? ''}（${seirekiDate(label.date)}）`;
}

/** The status as a badge, in words and colour (never colour alone). */
export function StatusBadge({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const code = consultation.status?.code ?? '';
  const tone = consultation.accepting ? 'bg-green-900 text-white' : code === 'published' ? 'bg-blue-900 text-white' : 'bg-solid-gray-700 text-white';
  return (
    <span className={`inline-block rounded-4 px-2 py-0.5 text-std-16B-170 ${tone}`}>
      {t(`consultation.status.${code}`, { defaultValue: consultation.status?.label ?? code })}
    </span>
  );
}

/** 募集期間 and, while it is open, how many days are left (Tokyo calendar days, the last day counted). */
export function Period({ consultation, now = new Date() }: { consultation: Consultation; now?: Date }) {
  const { t } = useTranslation();
  const p = consultation.period;
  if (!p?.firstDay?.date || !p.lastDay?.date) return <p>{p?.note ?? t('consultation.periodUndecided')}</p>;
  const left = daysLeft(p.lastDay.date, now);
  return (
    <div className="space-y-1">
      <p>
        <span className="font-bold">{t('consultation.period')}: </span>
        <span lang="ja">{day(p.firstDay)}</span> {t('consultation.to')} <span lang="ja">{day(p.lastDay)}</span>
        {p.days ? <span>（{t('consultation.days', { count: p.days })}）</span> : null}
      </p>
      {consultation.accepting && left >= 0 && (
        <p className="text-std-18B-160 text-red-900">
          {left === 0 ? t('consultation.lastDay') : t('consultation.daysLeft', { count: left + 1 })}
        </p>
      )}
    </div>
  );
}
