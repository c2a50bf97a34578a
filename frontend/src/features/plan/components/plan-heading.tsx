import { useTranslation } from 'react-i18next';
import { fiscalYearWithSeireki, seirekiDate } from '@/lib/wareki';
import type { VersionTree } from '../api/plan-tree';

/** The plan's name in the reader's language, its period in 和暦 with 西暦, and the version shown. */
export function PlanHeading({ tree, level = 1 }: { tree: VersionTree; level?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  const { plan, version } = tree;
  const H = level === 1 ? 'h1' : 'h2';
  const english = i18n.language === 'en' && plan?.nameEn;
  const period = plan?.period;
  return (
    <div>
      <H className={level === 1 ? 'text-std-28B-150 md:text-std-36B-140' : 'text-std-24B-150'}>
        {english ? plan?.nameEn : <span lang="ja">{plan?.name}</span>}
      </H>
      {english && (
        <p lang="ja" className="text-std-16N-170 text-solid-gray-700">
          {plan?.name}
        </p>
      )}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-std-16N-170">
        {period?.start && period.end && (
          <div className="flex gap-2">
            <dt className="shrink-0 font-bold">{t('common.period')}</dt>
            {i18n.language === 'en' ? (
              <dd>
                FY{period.start.year}–FY{period.end.year} (<span lang="ja">{period.start.label}〜{period.end.label}</span>),{' '}
                {t('common.years', { count: period.years })}
              </dd>
            ) : (
              <dd>
                {fiscalYearWithSeireki(period.start.year!, period.start.label)} 〜{' '}
                {fiscalYearWithSeireki(period.end.year!, period.end.label)}（{t('common.years', { count: period.years })}）
              </dd>
            )}
          </div>
        )}
        {version && (
          <div className="flex gap-2">
            <dt className="shrink-0 font-bold">{t('plan.version')}</dt>
            <dd>
              <span lang="ja">{version.label}</span>
              {version.dated?.date && (
                <>
                  {' '}
                  <time dateTime={version.dated.date}>
                    {i18n.language === 'en' ? (
                      <>
                        {new Date(version.dated.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Tokyo' })}{' '}
                        (<span lang="ja">{version.dated.label}</span>)
                      </>
                    ) : (
                      <>{version.dated.label}（{seirekiDate(version.dated.date)}）</>
                    )}
                  </time>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
