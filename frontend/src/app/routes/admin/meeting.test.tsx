import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider, makeQueryClient } from '@/app/provider';
import { routes } from '@/app/router';
import type { MeetingDetail } from '@/features/meeting-records/api/meetings';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { problem, secretary, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';

const meeting: MeetingDetail = {
  id: 3, title: '令和7年度 第3回金沢市DX会議', number: 3, status: 'held', lockVersion: 4,
  organization: { name: '金沢市DX会議' }, fiscalYear: { year: 2025, label: '令和7年度' },
  heldOn: { date: '2025-10-29', label: '令和7年10月29日(水)' }, summary: '骨子案について意見交換した。', agenda: [], documents: [],
};

function renderAt(path: string) {
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <AppProvider client={client}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </AppProvider>,
  );
  return userEvent.setup();
}

describe('recording a meeting summary', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('saves with the version it started from, and on a 409 shows what the other person saved', async () => {
    let server = { ...meeting };
    const puts: unknown[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/meetings/3': () => Response.json(server),
      'PUT /api/v1/meetings/3/summary': async (r: Request) => {
        const body = (await r.json()) as { summary: string; lockVersion: number };
        puts.push(body);
        if (body.lockVersion !== server.lockVersion) return problem(409, { detail: '他の人が先に更新しました。 / Changed by someone else.' });
        server = { ...server, summary: body.summary, lockVersion: server.lockVersion! + 1 };
        return Response.json(server);
      },
    });
    const user = renderAt('/admin/meetings/3');
    const textarea = await screen.findByLabelText(/^概要/);
    expect(textarea).toHaveValue('骨子案について意見交換した。');
    await user.type(textarea, '次回は素案を審議する。');

    // Meanwhile another secretary saves.
    server = { ...server, summary: '骨子案について委員から意見があった。', lockVersion: 5 };
    await user.click(screen.getByRole('button', { name: '概要を保存する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('他の人が先に更新しました。');
    expect(await within(alert).findByText('骨子案について委員から意見があった。')).toBeInTheDocument();
    expect(textarea).toHaveValue('骨子案について意見交換した。次回は素案を審議する。');

    await user.click(within(alert).getByRole('button', { name: '自分の内容で上書きする' }));
    expect(await screen.findByText(/概要を保存しました/)).toBeInTheDocument();
    expect(puts).toEqual([
      { summary: '骨子案について意見交換した。次回は素案を審議する。', lockVersion: 4 },
      { summary: '骨子案について意見交換した。次回は素案を審議する。', lockVersion: 5 },
    ]);
    expect(server).toMatchObject({ summary: '骨子案について意見交換した。次回は素案を審議する。', lockVersion: 6 });
  });

  it('can take the other person’s text instead', async () => {
    const server = { ...meeting, summary: '別の人の概要。', lockVersion: 9 };
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/meetings/3': () => Response.json(server),
      'PUT /api/v1/meetings/3/summary': () => problem(409, { detail: '他の人が先に更新しました。' }),
    });
    sessionStorage.setItem('kyoso.staff-draft:hakusan:/admin/meetings/3:summary', JSON.stringify({ value: { summary: '古い下書き', lockVersion: 4 }, savedAt: '2026-11-25T00:00:00Z' }));
    const user = renderAt('/admin/meetings/3');
    expect(await screen.findByLabelText(/^概要/)).toHaveValue('古い下書き');
    expect(screen.getByText('保存前に入力していた内容を復元しました。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '概要を保存する' }));
    await user.click(await screen.findByRole('button', { name: 'その内容を読み込む（自分の変更は破棄）' }));
    expect(screen.getByLabelText(/^概要/)).toHaveValue('別の人の概要。');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
