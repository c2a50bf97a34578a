import { screen } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { moderator, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';
import { consultation } from '@/testing/staff-fixtures';

const BASE = '/api/v1/consultations/dx-action-plan-2-outline';
const entry = (receipt: string, text: string) => ({
  submission: { receipt, receivedAt: '2025-11-20T10:30:00+09:00', channel: { code: 'post', label: '郵送' }, text, sections: ['guidelines'] },
  items: 0, unanswered: 0,
});

describe('the submissions queue page', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('asks the server for the page in the address, searches once the typing pauses, and announces the count', async () => {
    const calls = stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      [`GET ${BASE}`]: consultation,
      [`GET ${BASE}/submissions/progress`]: { submissions: 120, unsplit: 120, unanswered: 0 },
      [`GET ${BASE}/submissions`]: (r: Request) => {
        const q = new URL(r.url).searchParams.get('q');
        return Response.json(q
          ? { items: [entry('C-AAAAA-00001', 'DX人材の育成を')], total: 1, page: 0, size: 50 }
          : { items: [entry('C-AAAAA-00002', '窓口の電子化を')], total: 51, page: 1, size: 50 });
      },
    });
    const { user, router } = renderRoute('/admin/consultations/dx-action-plan-2-outline/moderation?channel=post&page=2');

    expect(await screen.findByRole('link', { name: 'C-AAAAA-00002' }, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('120件中 51件 2ページ中 2ページ目')).toHaveAttribute('role', 'status');
    expect(screen.getByLabelText('受付方法')).toHaveValue('post');
    const first = calls.find((c) => new URL(c.url).pathname === `${BASE}/submissions`);
    expect(Object.fromEntries(new URL(first!.url).searchParams)).toEqual({ page: '1', size: '50', channel: 'post' });

    await user.type(screen.getByRole('searchbox', { name: 'キーワード（受付番号・本文）' }), '人材');
    expect(await screen.findByRole('link', { name: 'C-AAAAA-00001' }, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('120件中 1件 1ページ中 1ページ目')).toHaveAttribute('role', 'status');
    const searches = calls.filter((c) => new URL(c.url).searchParams.has('q')).map((c) => new URL(c.url).searchParams.get('q'));
    expect(searches).toEqual(['人材']);
    // A new search starts at the first page and keeps the other filters.
    expect(router.state.location.search).toBe('?q=%E4%BA%BA%E6%9D%90&channel=post');
  });
});
