import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { moderator, planEditor, problem, tokenFor } from '@/testing/auth';
import { planTree, stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const kpi = {
  id: 7, name: 'オンライン手続の数', unit: '件', status: 'on-track', order: 0, lockVersion: 2,
  baseline: { value: 100, fiscalYear: { year: 2025, label: '令和7年度' } },
  target: { value: 500, fiscalYear: { year: 2029, label: '令和11年度' } },
  progress: [{ fiscalYear: { year: 2026, label: '令和8年度' }, actual: 250, expected: 200, status: 'on-track', note: '', lockVersion: 0 }],
};
const measure = {
  id: 3, plan: 'dx-action-plan-2', nodeKey: 'guideline-speed', title: '電子申請の充実', department: 'デジタル行政推進課',
  status: 'on-track', order: 0, lockVersion: 1, kpis: [kpi],
};
const detail = { code: 'dx-action-plan-2', name: '金沢市DXアクションプラン2.0', period: { start: { year: 2026 }, end: { year: 2029 } }, versions: [planTree.version] };

function stubMeasures(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}, user = planEditor) {
  stubApi({
    'POST /auth/refresh': () => Response.json(tokenFor(user)),
    'GET /api/v1/plans/dx-action-plan-2': detail,
    'GET /api/v1/plans/dx-action-plan-2/versions/latest/tree': planTree,
    'GET /api/v1/measures': [measure],
    ...extra,
  });
}

describe('managing a plan’s measures', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('lists the measures by section with department, status, KPIs and each year as 和暦 with 西暦', async () => {
    stubMeasures();
    renderRoute('/admin/plans/dx-action-plan-2/measures');
    const section = await screen.findByRole('region', { name: '2.2 行動指針' });
    const article = await within(section).findByRole('article', { name: '電子申請の充実' });
    expect(article).toHaveTextContent('2 スピード感');
    expect(article).toHaveTextContent('デジタル行政推進課');
    expect(article).toHaveTextContent('100 件（令和7年度（2025年度））');
    expect(within(article).getByRole('listitem')).toHaveTextContent('令和8年度（2026年度）実績: 250 件 ・ 見込み: 200 件 順調');
    expect(within(article).getByRole('button', { name: '「オンライン手続の数」令和8年度（2026年度）の実績を修正' })).toBeInTheDocument();
  });

  it('checks a KPI before sending and shows the service’s field errors beside the fields', async () => {
    const sent: unknown[] = [];
    stubMeasures({
      'POST /api/v1/measures/3/kpis': async (r) => {
        sent.push(await r.json());
        return problem(400, { errors: [{ field: 'unit', message: '40文字以内で入力してください' }] });
      },
    });
    const { user } = renderRoute('/admin/plans/dx-action-plan-2/measures');
    await user.click(await screen.findByRole('button', { name: '「電子申請の充実」に指標を追加する' }));
    const form = screen.getByRole('form', { name: '「電子申請の充実」に指標を追加する' });
    await user.type(within(form).getByLabelText(/^指標名/), '窓口の待ち時間');
    await user.type(within(form).getByLabelText(/^目標値/), '約10');
    await user.click(within(form).getByRole('button', { name: 'この指標を追加する' }));
    expect(within(form).getByLabelText(/^単位/)).toHaveAccessibleDescription(expect.stringContaining('単位を入力してください。'));
    expect(within(form).getByLabelText(/^目標値/)).toHaveAccessibleDescription(expect.stringContaining('数値で入力してください'));
    expect(within(form).getByLabelText(/^目標年度/)).toHaveAccessibleDescription('目標年度を選んでください。');
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^単位/), '分');
    await user.clear(within(form).getByLabelText(/^目標値/));
    await user.type(within(form).getByLabelText(/^目標値/), '１０');
    await user.selectOptions(within(form).getByLabelText(/^目標年度/), '令和11年度（2029年度）');
    await user.click(within(form).getByRole('button', { name: 'この指標を追加する' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ name: '窓口の待ち時間', unit: '分', targetValue: 10, targetFiscalYear: 2029 });
    expect(within(form).getByLabelText(/^単位/)).toHaveAccessibleDescription(expect.stringContaining('40文字以内で入力してください'));
  });

  it('on a 409 shows the year as someone else recorded it, and saves over it with its version when asked', async () => {
    const sent: unknown[] = [];
    stubMeasures({
      'PUT /api/v1/measures/3/kpis/7/progress/2026': async (r) => {
        sent.push(await r.json());
        return sent.length === 1
          ? problem(409, { detail: '他の職員が先に更新しました。', current: { fiscalYear: { year: 2026 }, actual: 260, note: '再集計', lockVersion: 4 } })
          : Response.json({ fiscalYear: { year: 2026 }, actual: 270, lockVersion: 5 });
      },
    });
    const { user } = renderRoute('/admin/plans/dx-action-plan-2/measures');
    await user.click(await screen.findByRole('button', { name: '「オンライン手続の数」令和8年度（2026年度）の実績を修正' }));
    const form = screen.getByRole('form', { name: '「オンライン手続の数」令和8年度（2026年度）の実績を修正' });
    const actual = within(form).getByLabelText(/^実績値（件）/);
    await user.clear(actual);
    await user.type(actual, '270');
    await user.click(within(form).getByRole('button', { name: '実績を保存する' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('他の職員が先に更新しました。');
    expect(alert).toHaveTextContent('令和8年度（2026年度）: 260 件 ・ 再集計');
    expect(sent[0]).toEqual({ actual: 270, lockVersion: 0 });

    await user.click(within(alert).getByRole('button', { name: '自分の内容で上書きする' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ actual: 270, lockVersion: 4 });
    expect(await screen.findByRole('status')).toHaveTextContent('「オンライン手続の数」令和8年度（2026年度）の実績を保存しました。');
  });

  it('is only for plan editors', async () => {
    stubMeasures({}, moderator);
    renderRoute('/admin/plans/dx-action-plan-2/measures');
    expect(await screen.findByRole('heading', { level: 1, name: 'この画面を使う権限がありません' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '施策を追加する' })).toBeNull();
  });
});
