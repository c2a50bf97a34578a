import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { Loading } from '@/components/ui/status';
import { AuthProvider, useAuth } from '@/features/auth/components/auth-provider';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { AREAS } from '@/features/auth/lib/roles';
import '@/lib/i18n-staff';
import { usePageTitle } from '@/lib/use-page-title';

/** The staff console under /admin: signed-in members only, each seeing the areas of their roles. */
export default function AdminLayout() {
  return (
    <AuthProvider>
      <AdminShell />
    </AuthProvider>
  );
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  `block px-3 py-3 text-std-16N-170 ${isActive ? 'font-bold text-blue-1000 underline decoration-4' : 'text-solid-gray-800 no-underline hover:underline'}`;

function AdminShell() {
  const { t } = useTranslation();
  const { state, user, can, signOut } = useAuth();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const signedIn = state.status === 'signed-in';

  // After signing in (again), the page the member was on comes back: move focus to it.
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    if (signedIn && !wasSignedIn.current) mainRef.current?.focus();
    wasSignedIn.current = signedIn;
  }, [signedIn]);

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-4 focus:bg-white focus:p-3">
        {t('site.skip')}
      </a>
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <NavLink to="/admin" end className="text-solid-gray-900 no-underline">
            <span className="block text-std-16N-170 text-solid-gray-700">{t('site.city')} {t('admin.staffOnly')}</span>
            <span className="block text-std-20B-150">{t('admin.consoleName')}</span>
          </NavLink>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch />
            {user && (
              <>
                <p className="text-std-16N-170">{t('admin.signedInAs', { name: user.displayName })}</p>
                <button
                  type="button"
                  className="min-h-11 rounded-6 border border-solid-gray-420 bg-white px-3 text-std-16N-170 hover:bg-solid-gray-50"
                  onClick={() => void signOut().finally(() => navigate('/admin'))}
                >
                  {t('auth.signOut')}
                </button>
              </>
            )}
          </div>
        </div>
        {user && (
          <nav aria-label={t('admin.menu')} className="border-t border-solid-gray-100">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
              <li><NavLink to="/admin" end className={navClass}>{t('admin.nav.home')}</NavLink></li>
              {AREAS.filter((a) => can(a.role)).map((a) => (
                <li key={a.path}><NavLink to={`/admin/${a.path}`} className={navClass}>{t(a.key)}</NavLink></li>
              ))}
              <li><NavLink to="/" className={navClass}>{t('admin.nav.publicSite')}</NavLink></li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-10">
        {state.status === 'unknown' && <Loading />}
        {state.status === 'signed-out' && <SignInPage reason={state.reason} lastUser={state.lastUser} />}
        {signedIn && (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      <ScrollRestoration />
    </div>
  );
}

/**
 * Shown in place of any console page while nobody is signed in: the address stays the same, so after
 * signing in the member is on the page they asked for, with their unsaved draft restored.
 */
function SignInPage({ reason, lastUser }: { reason: 'signed-out' | 'expired' | 'none'; lastUser?: string }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  usePageTitle(t('auth.title'));
  return (
    <div className="space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('auth.title')}</h1>
      {reason === 'expired' && (
        <p role="status" className="rounded-8 border-2 border-orange-900 bg-orange-50 p-4">{t('auth.expired')}</p>
      )}
      {reason === 'signed-out' && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('auth.signedOut')}</p>}
      <p>{t('auth.lead')}</p>
      <SignInForm signIn={signIn} initialUsername={reason === 'expired' ? lastUser : undefined} />
    </div>
  );
}
