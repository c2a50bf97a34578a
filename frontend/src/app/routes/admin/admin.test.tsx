import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { adminUser, planEditor, problem, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

describe('staff console', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('asks for sign-in on any console page and then shows that page', async () => {
    stubApi({
      'POST /auth/refresh': () => problem(401),
      'POST /auth/login': () => Response.json(tokenFor(adminUser)),
      'GET /auth/users': [adminUser, planEditor],
    });
    const { user } = renderRoute('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: '職員サインイン' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^ユーザー名/), 'admin');
    await user.type(screen.getByLabelText(/^パスワード必須$/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ユーザーと役割' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '加賀 花子' })).toHaveAttribute('href', '/admin/users/kaga');
  });

  it('shows in the menu only what the roles allow, and refuses the rest', async () => {
    stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(planEditor)), 'GET /api/v1/plans': [] });
    const { router } = renderRoute('/admin');
    const menu = await screen.findByRole('navigation', { name: '職員用メニュー' });
    expect(within(menu).getAllByRole('link').map((l) => l.textContent)).toEqual(['ホーム', 'プランの編集', '市民向けサイト']);
    await router.navigate('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'この画面を使う権限がありません' })).toBeInTheDocument();
  });

  it('when the session expires mid-form, signs in again and returns to the form as it was typed', async () => {
    let sessionAlive = true;
    const created: unknown[] = [];
    stubApi({
      'POST /auth/refresh': () => (sessionAlive ? Response.json(tokenFor(adminUser)) : problem(401)),
      'POST /auth/login': () => {
        sessionAlive = true;
        return Response.json(tokenFor(adminUser));
      },
      'POST /auth/users': async (r: Request) => {
        if (!sessionAlive) return problem(401);
        created.push(await r.json());
        return Response.json(planEditor, { status: 201 });
      },
      'GET /auth/users/kaga': planEditor,
      'GET /auth/users/kaga/audit': [],
    });
    const { user } = renderRoute('/admin/users/new');
    await screen.findByRole('heading', { level: 1, name: 'ユーザーを追加する' });
    await user.type(screen.getByLabelText(/^ユーザー名/), 'kaga');
    await user.type(screen.getByLabelText(/^氏名/), '加賀 花子');
    await user.click(screen.getByRole('checkbox', { name: /計画の編集/ }));
    await user.type(screen.getByLabelText(/^初期パスワード/), 'kanazawa-2026-spring');

    sessionAlive = false; // the session ends on the server (e.g. idle too long)
    await user.click(screen.getByRole('button', { name: 'ユーザーを作成する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '職員サインイン' })).toBeInTheDocument();
    expect(screen.getByText(/入力中だった内容のまま元の画面に戻ります/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^ユーザー名/)).toHaveValue('admin');
    // The draft is kept for this tab, without the password.
    expect(JSON.stringify({ ...sessionStorage })).toContain('加賀 花子');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('kanazawa-2026-spring');

    await user.type(screen.getByLabelText(/^パスワード必須$/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ユーザーを追加する' })).toBeInTheDocument();
    expect(screen.getByText('保存前に入力していた内容を復元しました。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^ユーザー名/)).toHaveValue('kaga');
    expect(screen.getByLabelText(/^氏名/)).toHaveValue('加賀 花子');
    expect(screen.getByRole('checkbox', { name: /計画の編集/ })).toBeChecked();

    await user.type(screen.getByLabelText(/^初期パスワード/), 'kanazawa-2026-spring');
    await user.click(screen.getByRole('button', { name: 'ユーザーを作成する' }));
    expect(await screen.findByText(/ユーザーを作成しました/)).toBeInTheDocument();
    expect(created).toEqual([{ username: 'kaga', displayName: '加賀 花子', roles: ['plan-editor'], password: 'kanazawa-2026-spring' }]);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('加賀 花子');
  });

  it('explains a taken username with the account that holds it', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(adminUser)),
      'POST /auth/users': () => problem(409, { detail: "ユーザー名 'kaga' は既に使われています。 / The username 'kaga' is taken." }),
      'GET /auth/users/kaga': planEditor,
    });
    const { user } = renderRoute('/admin/users/new');
    await screen.findByRole('heading', { level: 1, name: 'ユーザーを追加する' });
    await user.type(screen.getByLabelText(/^ユーザー名/), 'kaga');
    await user.type(screen.getByLabelText(/^氏名/), '加賀 太郎');
    await user.click(screen.getByRole('checkbox', { name: /管理者/ }));
    await user.type(screen.getByLabelText(/^初期パスワード/), 'kanazawa-2026-spring');
    await user.click(screen.getByRole('button', { name: 'ユーザーを作成する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("ユーザー名 'kaga' は既に使われています。");
    expect(await within(alert).findByText('加賀 花子')).toBeInTheDocument();
    expect(within(alert).getByText('計画の編集')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '既存のアカウント「加賀 花子」を開く' })).toHaveAttribute('href', '/admin/users/kaga');
  });

  it('explains why the last admin keeps the role, showing the admins now', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(adminUser)),
      'GET /auth/users/admin': adminUser,
      'GET /auth/users/admin/audit': [{ at: '2026-11-25T08:00:00Z', actor: 'system', action: 'create-first-admin' }],
      'GET /auth/users': [adminUser, planEditor],
      'PATCH /auth/users/admin': () => problem(409, { detail: '最後の管理者から管理者権限を外すことはできません。 / The last admin cannot lose the admin role.' }),
    });
    const { user } = renderRoute('/admin/users/admin');
    await screen.findByRole('heading', { level: 2, name: '氏名と役割の変更' });
    const roles = screen.getByRole('group', { name: /^役割/ });
    await user.click(within(roles).getByRole('checkbox', { name: /管理者/ }));
    await user.click(within(roles).getByRole('checkbox', { name: /計画の編集/ }));
    await user.click(screen.getByRole('button', { name: '変更を保存する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('最後の管理者から管理者権限を外すことはできません。');
    expect(await within(alert).findByText(/現在有効な管理者（1人）： 管理者 \(Administrator\) \(admin\)/)).toBeInTheDocument();
    expect(screen.getByText(/最初の管理者として作成/)).toBeInTheDocument();
  });

  it('signs out: the gateway ends the session and this tab forgets the unsaved drafts', async () => {
    const calls = stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(adminUser)),
      'POST /auth/logout': () => new Response(null, { status: 204 }),
    });
    const { user } = renderRoute('/admin/users/new');
    await screen.findByRole('heading', { level: 1, name: 'ユーザーを追加する' });
    await user.type(screen.getByLabelText(/^氏名/), '白山 次郎');
    expect(JSON.stringify({ ...sessionStorage })).toContain('白山 次郎');
    await user.click(screen.getByRole('button', { name: 'サインアウト' }));
    expect(await screen.findByText('サインアウトしました。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '職員サインイン' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '職員用メニュー' })).toBeNull();
    expect(calls.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toContain('POST /auth/logout');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('白山 次郎');
  });
});
