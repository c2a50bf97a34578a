import { screen, within } from '@testing-library/react';
import type { MeetingDetail } from '@/features/meeting-records/api/meetings';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { problem, secretary, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const meeting: MeetingDetail = {
  id: 3, title: '令和7年度 第3回金沢市DX会議', number: 3, status: 'held', lockVersion: 4,
  organization: { name: '金沢市DX会議' }, fiscalYear: { year: 2025, label: '令和7年度' },
  heldOn: { date: '2025-10-29', label: '令和7年10月29日(水)' }, summary: '骨子案について意見交換した。', agenda: [], documents: [],
};

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
    const { user } = renderRoute('/admin/meetings/3');
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
    const { user } = renderRoute('/admin/meetings/3');
    expect(await screen.findByLabelText(/^概要/)).toHaveValue('古い下書き');
    expect(screen.getByText('保存前に入力していた内容を復元しました。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '概要を保存する' }));
    await user.click(await screen.findByRole('button', { name: 'その内容を読み込む（自分の変更は破棄）' }));
    expect(screen.getByLabelText(/^概要/)).toHaveValue('別の人の概要。');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('editing a meeting’s agenda', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('starts from the standard agenda, nests a topic under 議事 and saves the tree with the version it read', async () => {
    let server: MeetingDetail = { ...meeting, agenda: [] };
    const puts: { lockVersion: number; items: { id?: number; kind: string; title: string; children?: unknown[] }[] }[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/meetings/3': () => Response.json(server),
      'PUT /api/v1/meetings/3/agenda': async (r: Request) => {
        const body = (await r.json()) as (typeof puts)[number];
        puts.push(body);
        server = { ...server, lockVersion: 5, agenda: body.items.map((i, n) => ({ ...i, id: 10 + n, order: n + 1, children: [] })) };
        return Response.json(server);
      },
    });
    const { user } = renderRoute('/admin/meetings/3');
    await user.click(await screen.findByRole('button', { name: /標準の次第/ }));
    expect(screen.getByRole('group', { name: '項目 3: 議事' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '項目 3「議事」の下に項目を追加' }));
    // The new item's title field has the focus: the keyboard goes on from there.
    expect(document.activeElement).toHaveAccessibleName('件名');
    await user.keyboard('骨子案について');
    await user.click(screen.getByRole('button', { name: '項目 4「意見交換」を上へ移動' }));
    await user.click(screen.getByRole('button', { name: '次第を保存する' }));

    expect(await screen.findByText('次第を保存しました。公開ページにも反映されています。')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
    expect(puts[0].lockVersion).toBe(4);
    expect(puts[0].items.map((i) => i.title)).toEqual(['開会', '報告事項', '意見交換', '議事', '閉会']);
    expect(puts[0].items[3].children).toMatchObject([{ kind: 'topic', title: '骨子案について' }]);
  });

  it('on a 409 shows the agenda as stored now, and can save over it knowingly', async () => {
    const server: MeetingDetail = { ...meeting, agenda: [{ id: 1, kind: 'opening', title: '開会', order: 1, children: [] }] };
    const puts: { lockVersion: number }[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/meetings/3': () => Response.json(server),
      'PUT /api/v1/meetings/3/agenda': async (r: Request) => {
        const body = (await r.json()) as { lockVersion: number };
        puts.push(body);
        if (body.lockVersion !== 7) return problem(409, { detail: 'この会議は他の担当者が更新しました。再読み込みしてください。 / Changed.' });
        return Response.json({ ...server, lockVersion: 8 });
      },
    });
    const { user } = renderRoute('/admin/meetings/3');
    const title = await screen.findByRole('textbox', { name: '件名' });
    await user.clear(title);
    await user.type(title, '開会のあいさつ');
    // Meanwhile another secretary adds an item.
    server.lockVersion = 7;
    server.agenda = [...server.agenda!, { id: 2, kind: 'closing', title: '閉会', order: 2, children: [] }];
    await user.click(screen.getByRole('button', { name: '次第を保存する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('この会議は他の担当者が更新しました。');
    expect(within(alert).getByText('閉会')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: '自分の内容で上書きする' }));
    expect(await screen.findByText('次第を保存しました。公開ページにも反映されています。')).toBeInTheDocument();
    expect(puts.map((p) => p.lockVersion)).toEqual([4, 7]);
  });

  it('shows the service’s field error beside the item it names', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/meetings/3': () => Response.json({ ...meeting, agenda: [{ id: 1, kind: 'report', title: '報告', order: 1, children: [] }] }),
      'PUT /api/v1/meetings/3/agenda': () => problem(400, { errors: [{ field: 'items[0].consultationId', message: 'items[0].consultationId: 半角英小文字・数字・ハイフンで入力してください / use a-z' }] }),
    });
    const { user } = renderRoute('/admin/meetings/3');
    await screen.findByRole('textbox', { name: '件名' });
    await user.click(screen.getByRole('button', { name: '次第を保存する' }));
    const field = await screen.findByRole('textbox', { name: '意見募集のID' });
    expect(field).toHaveAccessibleDescription(/半角英小文字・数字・ハイフンで入力してください/);
    expect(screen.getByRole('link', { name: /項目 1 の意見募集のID/ })).toBeInTheDocument();
  });
});
