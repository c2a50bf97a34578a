import { screen, within } from '@testing-library/react';
import type { Measure } from '@/features/measures/api/measures';
import type { PlanSummary } from '@/features/plan/api/plans';
import type { VersionTree } from '@/features/plan/api/plan-tree';
import i18n from '@/lib/i18n';
import { stubApi } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import MeasuresPage from './measures';

const fy = (year: number) => ({ year, label: `令和${year - 2018}年度` });

const measures: Measure[] = [
  {
    id: 1, plan: 'dx-action-plan', nodeKey: 'convenience-online-services', title: 'オンラインによるサービスの充実',
    department: 'デジタル行政推進課', status: 'on-track', order: 1, lockVersion: 0,
    kpis: [{
      id: 11, name: 'オンライン申請できる手続の数', unit: '件', status: 'on-track', order: 1, lockVersion: 0,
      baseline: { value: 100, fiscalYear: fy(2022) }, target: { value: 400, fiscalYear: fy(2025) },
      progress: [
        { fiscalYear: fy(2023), actual: 220, expected: 200, status: 'on-track', note: '電子申請を拡充', recordedAt: '2024-05-01T10:00:00+09:00', lockVersion: 0 },
      ],
    }],
  },
  {
    id: 2, plan: 'dx-action-plan', nodeKey: 'industry-web3', title: 'Web3.0技術の利活用',
    department: '産業政策課', status: 'behind', order: 2, lockVersion: 0,
    kpis: [{
      id: 21, name: '実証事業の数', unit: '件', status: 'behind', order: 1, lockVersion: 0,
      baseline: { value: 0, fiscalYear: fy(2022) }, target: { value: 10, fiscalYear: fy(2026) },
      progress: [
        { fiscalYear: fy(2023), actual: 1, expected: 2.5, status: 'behind', recordedAt: '2024-05-01T10:00:00+09:00', lockVersion: 0 },
      ],
    }],
  },
  { id: 3, plan: 'dx-action-plan', nodeKey: 'industry-traffic-data', title: '交通データ活用による新たな交通施策の検討', order: 3, lockVersion: 0, kpis: [] },
];

const tree: VersionTree = {
  nodes: [
    { key: 'perspective-convenience', kind: 'PERSPECTIVE', number: '1', title: '便利に暮らせるまち', children: [
      { key: 'convenience-online-services', kind: 'MEASURE', title: 'オンラインによるサービスの充実' },
    ] },
    { key: 'field-industry', kind: 'FIELD', number: '2', title: '産業', children: [
      { key: 'industry-web3', kind: 'MEASURE', title: 'Web3.0技術の利活用' },
      { key: 'industry-traffic-data', kind: 'MEASURE', title: '交通データ活用による新たな交通施策の検討' },
    ] },
  ],
};

const plans: PlanSummary[] = [
  { code: 'dx-action-plan', name: '金沢市DXアクションプラン', status: 'current' },
  { code: 'dx-action-plan-2', name: '金沢市DXアクションプラン2.0', status: 'draft' },
];

describe('measures page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });
  afterEach(() => vi.unstubAllGlobals());

  it("groups the current plan's measures by section, with status in words, KPI values and a table of each year", async () => {
    const calls = stubApi({
      '/api/v1/measures': measures,
      '/api/v1/plans': plans,
      '/api/v1/plans/dx-action-plan/versions/latest/tree': tree,
    });
    renderPage(<MeasuresPage />, '/plan/measures');

    expect(await screen.findByText('施策 3 件')).toBeInTheDocument();
    expect(new URL(calls.find((c) => c.url.includes('/measures'))!.url).searchParams.get('plan')).toBe('dx-action-plan');

    const convenience = screen.getByRole('region', { name: /便利に暮らせるまち/ });
    const online = within(convenience).getByRole('article', { name: 'オンラインによるサービスの充実' });
    expect(online).toHaveTextContent('デジタル行政推進課');
    expect(within(online).getAllByText('順調').length).toBeGreaterThan(0);
    expect(online).toHaveTextContent('100 件（令和4年度（2022年度））');
    expect(online).toHaveTextContent('400 件（令和7年度（2025年度））');
    const table = within(online).getByRole('table', { name: '年度ごとの実績' });
    const row = within(table).getByRole('row', { name: /令和5年度（2023年度）/ });
    expect(row).toHaveTextContent('220 件');
    expect(row).toHaveTextContent('電子申請を拡充');

    const industry = screen.getByRole('region', { name: /産業/ });
    expect(within(industry).getAllByRole('article')).toHaveLength(2);
    const web3 = within(industry).getByRole('article', { name: 'Web3.0技術の利活用' });
    expect(within(web3).getAllByText('遅れ').length).toBeGreaterThan(0);
    const traffic = within(industry).getByRole('article', { name: '交通データ活用による新たな交通施策の検討' });
    expect(traffic).toHaveTextContent('指標は未設定です。');
    expect(traffic).toHaveTextContent('未評価');
    expect(within(traffic).queryByRole('table')).toBeNull();

    const switcher = screen.getByRole('navigation', { name: 'プランを選ぶ' });
    expect(within(switcher).getByRole('link', { current: 'page' })).toHaveTextContent('金沢市DXアクションプラン');
  });

  it('says plainly when a plan has no measures yet', async () => {
    stubApi({ '/api/v1/measures': [], '/api/v1/plans': plans, '/api/v1/plans/dx-action-plan-2/versions/latest/tree': tree });
    renderPage(<MeasuresPage />, '/plan/measures?plan=dx-action-plan-2');
    expect(await screen.findByText('このプランには、まだ施策が登録されていません。')).toBeInTheDocument();
  });
});
