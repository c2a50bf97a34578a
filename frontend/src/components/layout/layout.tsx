import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { Loading } from '@/components/ui/status';
import { SearchBox } from '@/features/search/components/search-box';
import { LanguageSwitch } from './language-switch';

// 検索 is the header's search box, not a menu entry.
const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/plan', key: 'nav.plan' },
  { to: '/plan/compare', key: 'nav.compare' },
  { to: '/plan/measures', key: 'nav.measures' },
  { to: '/consultations', key: 'nav.consultation' },
  { to: '/council', key: 'nav.council' },
  { to: '/open-data', key: 'nav.openData' },
] as const;

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-4 focus:bg-white focus:p-3"
      >
        {t('site.skip')}
      </a>
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <NavLink to="/" className="text-solid-gray-900 no-underline">
            <span className="block text-std-16N-170 text-solid-gray-700">{t('site.city')}</span>
            <span className="block text-std-20B-150">{t('site.name')}</span>
          </NavLink>
          <SearchBox />
          <LanguageSwitch />
        </div>
        <nav aria-label={t('site.menu')} className="border-t border-solid-gray-100">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={'end' in item ? item.end : item.to === '/plan'}
                  className={({ isActive }) =>
                    `block px-3 py-3 text-std-16N-170 ${isActive ? 'font-bold text-blue-1000 underline decoration-4' : 'text-solid-gray-800 no-underline hover:underline'}`
                  }
                >
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-10">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="border-t border-solid-gray-200 bg-solid-gray-50">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-std-16N-170">
          <p>{t('site.footer')}</p>
          <a href="/api/docs">{t('site.apiDocs')}</a>
          <NavLink to="/open-data">{t('site.openData')}</NavLink>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
