import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from '@/components/layout/layout';
import { RouteError } from '@/components/layout/route-error';

// Each page is its own chunk: the first load carries the shell and the page asked for, nothing more.
export const routes = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: () => import('./routes/home').then((m) => ({ Component: m.default })) },
      { path: 'plan', lazy: () => import('./routes/plan').then((m) => ({ Component: m.default })) },
      { path: 'plan/compare', lazy: () => import('./routes/compare').then((m) => ({ Component: m.default })) },
      { path: 'plan/measures', lazy: () => import('./routes/measures').then((m) => ({ Component: m.default })) },
      { path: 'plan/:planCode', lazy: () => import('./routes/plan').then((m) => ({ Component: m.default })) },
      { path: 'consultations', lazy: () => import('./routes/consultations').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id', lazy: () => import('./routes/consultation').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/opinion', lazy: () => import('./routes/opinion').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/results', lazy: () => import('./routes/results').then((m) => ({ Component: m.default })) },
      { path: 'receipts', lazy: () => import('./routes/receipt').then((m) => ({ Component: m.default })) },
      { path: 'council', lazy: () => import('./routes/council/overview').then((m) => ({ Component: m.default })) },
      { path: 'council/meetings', lazy: () => import('./routes/council/meetings').then((m) => ({ Component: m.default })) },
      { path: 'council/meetings/:id', lazy: () => import('./routes/council/meeting').then((m) => ({ Component: m.default })) },
      { path: 'council/schedule', lazy: () => import('./routes/council/schedule').then((m) => ({ Component: m.default })) },
      { path: 'council/people', lazy: () => import('./routes/council/people').then((m) => ({ Component: m.default })) },
      { path: 'search', lazy: () => import('./routes/search').then((m) => ({ Component: m.default })) },
      { path: 'open-data', lazy: () => import('./routes/open-data').then((m) => ({ Component: m.default })) },
      { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.default })) },
    ],
  },
  {
    // The staff console: its own shell (sign-in, role-aware menu); every page a chunk of its own.
    path: '/admin',
    lazy: () => import('./routes/admin/layout').then((m) => ({ Component: m.default })),
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: () => import('./routes/admin/home').then((m) => ({ Component: m.default })) },
      { path: 'users', lazy: () => import('./routes/admin/users').then((m) => ({ Component: m.default })) },
      { path: 'users/new', lazy: () => import('./routes/admin/user-new').then((m) => ({ Component: m.default })) },
      { path: 'users/:username', lazy: () => import('./routes/admin/user-detail').then((m) => ({ Component: m.default })) },
      { path: 'plans', lazy: () => import('./routes/admin/plans').then((m) => ({ Component: m.default })) },
      { path: 'plans/:plan', lazy: () => import('./routes/admin/plan').then((m) => ({ Component: m.default })) },
      { path: 'plans/:plan/measures', lazy: () => import('./routes/admin/plan-measures').then((m) => ({ Component: m.default })) },
      { path: 'plans/:plan/versions/:version', lazy: () => import('./routes/admin/plan-version').then((m) => ({ Component: m.default })) },
      { path: 'consultations', lazy: () => import('./routes/admin/consultations').then((m) => ({ Component: m.default })) },
      { path: 'consultations/new', lazy: () => import('./routes/admin/consultation-new').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/entries/new', lazy: () => import('./routes/admin/staff-entry').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/moderation', lazy: () => import('./routes/admin/moderation').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/moderation/results', lazy: () => import('./routes/admin/moderation-results').then((m) => ({ Component: m.default })) },
      { path: 'consultations/:id/moderation/submissions/:receipt', lazy: () => import('./routes/admin/moderation-submission').then((m) => ({ Component: m.default })) },
      { path: 'meetings', lazy: () => import('./routes/admin/meetings').then((m) => ({ Component: m.default })) },
      { path: 'meetings/new', lazy: () => import('./routes/admin/meeting-new').then((m) => ({ Component: m.default })) },
      { path: 'meetings/:id', lazy: () => import('./routes/admin/meeting').then((m) => ({ Component: m.default })) },
      { path: 'schedule', lazy: () => import('./routes/admin/schedule').then((m) => ({ Component: m.default })) },
      { path: 'people', lazy: () => import('./routes/admin/people').then((m) => ({ Component: m.default })) },
      { path: 'people/:key', lazy: () => import('./routes/admin/person').then((m) => ({ Component: m.default })) },
      { path: 'programs', lazy: () => import('./routes/admin/programs').then((m) => ({ Component: m.default })) },
      { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.default })) },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
