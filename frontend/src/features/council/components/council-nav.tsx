import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/council', key: 'council.navOverview', end: true },
  { to: '/council/meetings', key: 'council.navMeetings' },
  { to: '/council/schedule', key: 'council.navSchedule' },
  { to: '/council/people', key: 'council.navPeople' },
] as const;

/** The council's pages side by side, the current one marked for screen readers too (aria-current). */
export function CouncilNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('council.nav')}>
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={'end' in l} className={({ isActive }) => (isActive ? 'btn-primary' : 'btn-secondary')}>
              {t(l.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
