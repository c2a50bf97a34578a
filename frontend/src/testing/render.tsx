import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProvider, makeQueryClient } from '@/app/provider';

/** Renders a page with a fresh query cache (no retries) inside a router at `path`. */
export function renderPage(ui: ReactElement, path = '/') {
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(
    <AppProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
}
