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
      { path: 'plan/:planCode', lazy: () => import('./routes/plan').then((m) => ({ Component: m.default })) },
      { path: 'consultations', lazy: () => import('./routes/consultation').then((m) => ({ Component: m.default })) },
      { path: 'consultations/opinion', lazy: () => import('./routes/opinion').then((m) => ({ Component: m.default })) },
      { path: 'open-data', lazy: () => import('./routes/open-data').then((m) => ({ Component: m.default })) },
      { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.default })) },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
