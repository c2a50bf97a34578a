import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { planEditor, problem, tokenFor } from '@/testing/auth';
import { planTree, stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const draftTree = {
  ...planTree,
  version: { code: 'e2e-draft', label: '作業用の下書き', status: 'draft', basedOn: 'dx-action-plan-2:outline-2025-10-29' },
};
const TREE = 'GET /api/v1/plans/dx-action-plan-2/versions/e2e-draft/tree';
const NODE = 'PUT /api/v1/plans/dx-action-plan-2/versions/e2e-draft/nodes/basic-philosophy';

describe('editing a draft of the plan', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('previews the body as typed, and on a 409 shows the node as someone else saved it', async () => {
    const sent: unknown[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(planEditor)),
      [TREE]: draftTree,
      'GET /api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/compare/e2e-draft': { summary: { added: 0, changed: 1, moved: 0, removed: 0 }, changes: [] },
      [NODE]: async (r: Request) => {
        sent.push(await r.json());
        return problem(409, {
          detail: '他の人がこの項目を先に更新しました。',
          current: { ...draftTree.nodes?.[0], title: '基本理念', body: '別の人が書いた本文。', lockVersion: 3 },
        });
      },
    });
    const { user, router } = renderRoute('/admin/plans/dx-action-plan-2/versions/e2e-draft');
    expect(await screen.findByRole('heading', { level: 1, name: '作業用の下書き（下書き）' })).toBeInTheDocument();
    expect(await screen.findByText('変更: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '「基本理念」を編集' }));
    expect(router.state.location.search).toBe('?node=basic-philosophy');

    const body = screen.getByLabelText(/^本文/);
    await user.clear(body);
    await user.type(body, '一段落目。{enter}{enter}二段落目。');
    const preview = screen.getByRole('region', { name: 'プレビュー（公開ページでの見え方）' });
    expect(within(preview).getAllByText(/段落目。/)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'この項目を保存する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('他の人がこの項目を先に更新しました。');
    expect(alert).toHaveTextContent('別の人が書いた本文。');
    expect(sent[0]).toMatchObject({ kind: 'BASIC_PHILOSOPHY', title: '基本理念', body: '一段落目。\n\n二段落目。', lockVersion: 0 });

    await user.click(within(alert).getByRole('button', { name: '自分の内容で上書きする' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ body: '一段落目。\n\n二段落目。', lockVersion: 3 });
  });
});
