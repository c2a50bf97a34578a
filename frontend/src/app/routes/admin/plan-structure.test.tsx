import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { planEditor, problem, tokenFor } from '@/testing/auth';
import { planTree, stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const version = { code: 'e2e-draft', label: '作業用の下書き', status: 'draft', basedOn: 'dx-action-plan-2:outline-2025-10-29' };
const BASE = '/api/v1/plans/dx-action-plan-2/versions/e2e-draft';

function stubDraft(extra: Record<string, unknown>, tree: unknown = { ...planTree, version }) {
  const sent: { method: string; path: string; body?: unknown }[] = [];
  const record = (answer: (r: Request) => Response) => async (r: Request) => {
    const url = new URL(r.url);
    sent.push({ method: r.method, path: url.pathname + url.search, body: r.method === 'DELETE' ? undefined : await r.json().catch(() => undefined) });
    return answer(r);
  };
  stubApi({
    'POST /auth/refresh': () => Response.json(tokenFor(planEditor)),
    [`GET ${BASE}/tree`]: tree,
    'GET /api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/compare/e2e-draft': { summary: { added: 0, changed: 0, moved: 0, removed: 0 }, changes: [] },
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, record(v as (r: Request) => Response)])),
  });
  return sent;
}

describe('the structure of a draft', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('adds a node: checks it first, then shows the service’s field errors beside the fields', async () => {
    const sent = stubDraft({
      [`POST ${BASE}/nodes`]: () => problem(400, { errors: [{ field: 'key', message: "key: 項目 'item-1' はこの版に既にあります / node 'item-1' exists already in this version" }] }),
    });
    const { user } = renderRoute('/admin/plans/dx-action-plan-2/versions/e2e-draft');
    await user.click(await screen.findByRole('button', { name: '最上位に項目を追加する' }));
    const form = screen.getByRole('form', { name: '最上位に項目を追加する' });
    expect(within(form).getByLabelText(/^種類/)).toHaveValue('GUIDELINES');
    await user.click(within(form).getByRole('button', { name: '項目を追加する' }));
    expect(within(form).getByLabelText(/^見出し/)).toHaveAccessibleDescription('見出しを入力してください。');
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^見出し/), '新しい見出し');
    await user.clear(within(form).getByLabelText(/^キー/));
    await user.type(within(form).getByLabelText(/^キー/), 'item-1');
    await user.click(within(form).getByRole('button', { name: '項目を追加する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent("キー: 項目 'item-1' はこの版に既にあります");
    expect(within(form).getByLabelText(/^キー/)).toHaveAccessibleDescription(expect.stringContaining("項目 'item-1' はこの版に既にあります"));
    expect(sent[0].body).toMatchObject({ key: 'item-1', kind: 'GUIDELINES', title: '新しい見出し' });
    expect(sent[0].body).not.toHaveProperty('parentKey');
  });

  it('moves a node up among its siblings and under another node, with the version it was read at', async () => {
    const sent = stubDraft({
      [`POST ${BASE}/nodes/guideline-speed/move`]: () => Response.json({ key: 'guideline-speed', title: 'スピード感', lockVersion: 1 }),
    });
    const { user } = renderRoute('/admin/plans/dx-action-plan-2/versions/e2e-draft?node=guideline-speed');
    const panel = await screen.findByRole('region', { name: '「2 スピード感」の位置と構成' });
    await user.click(within(panel).getByRole('button', { name: '「2 スピード感」を上へ移動' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ parentKey: 'guidelines', order: 1, lockVersion: 0 });
    expect(await within(panel).findByRole('status')).toHaveTextContent('「2 スピード感」を一つ上へ移動しました。');

    const parent = within(panel).getByLabelText(/^移動先（親項目）/);
    expect(within(parent).queryByRole('option', { name: /行動指針/ })).toBeNull();
    await user.selectOptions(parent, 'basic-philosophy');
    await user.click(within(panel).getByRole('button', { name: '移動する' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].body).toEqual({ parentKey: 'basic-philosophy', lockVersion: 0 });
  });

  it('asks before deleting, naming the node and how many nodes below it go too', async () => {
    const sent = stubDraft({ [`DELETE ${BASE}/nodes/guidelines`]: () => new Response(null, { status: 204 }) });
    const { user, router } = renderRoute('/admin/plans/dx-action-plan-2/versions/e2e-draft?node=guidelines');
    const panel = await screen.findByRole('region', { name: '「2.2 行動指針」の位置と構成' });
    await user.click(within(panel).getByRole('button', { name: '「2.2 行動指針」を削除する' }));
    const question = screen.getByRole('region', { name: '「2.2 行動指針」を削除しますか。' });
    expect(question).toHaveAccessibleDescription('この項目の下にある 5 件の項目も一緒に削除されます。下書きからの削除で、元に戻せません。');
    expect(within(question).getByRole('heading')).toHaveFocus();
    expect(sent).toHaveLength(0);
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    await vi.waitFor(() => expect(sent).toEqual([{ method: 'DELETE', path: `${BASE}/nodes/guidelines?lockVersion=0`, body: undefined }]));
    expect(await screen.findByText('「2.2 行動指針」を削除しました。')).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('shows a published version read-only', async () => {
    stubDraft({}, { ...planTree, version: { ...version, status: 'published' } });
    renderRoute('/admin/plans/dx-action-plan-2/versions/e2e-draft');
    expect(await screen.findByText(/この版は公開済みのため変更できません/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /編集|追加|公開/ })).toBeNull();
  });
});
