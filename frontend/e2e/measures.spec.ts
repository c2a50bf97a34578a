import { expect, test } from '@playwright/test';
import { createStaff, tokenOf } from './staff';
import { checkPage } from './support';

test.describe.configure({ timeout: 90_000 });

test("the measures page lists the current plan's eleven measures by section (none with a KPI yet) and switches to 2.0", async ({ page }, testInfo) => {
  await page.goto('/plan/dx-action-plan');
  await page.getByRole('link', { name: '施策と指標の進み具合' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('施策と指標の進み具合');
  await expect(page.getByText('施策 11 件')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(11);
  const measure = page.getByRole('article', { name: 'Web3.0技術の利活用' });
  await expect(measure).toContainText('指標は未設定です。');
  await expect(measure).toContainText('未評価');
  await checkPage(page, testInfo, 'measures');

  await page.getByRole('navigation', { name: 'プランを選ぶ' }).getByRole('link', { name: /2\.0/ }).click();
  await expect(page).toHaveURL(/plan=dx-action-plan-2/);
  await expect(page.getByRole('navigation', { name: 'プランを選ぶ' }).locator('[aria-current="page"]')).toContainText('2.0');
  await checkPage(page, testInfo, 'measures-2');
});

test('the measures page in English keeps the Japanese titles marked as Japanese', async ({ page }, testInfo) => {
  await page.goto('/plan/measures');
  await expect(page.getByText('施策 11 件')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('11 measures')).toBeVisible();
  await expect(page.locator('article h3[lang="ja"]')).toHaveCount(11);
  await checkPage(page, testInfo, 'measures-en');
});

test('a measure with a KPI shows its baseline, target and yearly progress as a chart and a table', async ({ page, request }, testInfo) => {
  // A measure of its own on 2.0 (which has none seeded), made by a plan editor and removed afterwards.
  const { username, password } = await createStaff(request, testInfo, 'plan-editor', '犀川 五郎');
  const auth = { Authorization: `Bearer ${await tokenOf(request, username, password)}` };
  const title = `E2E 電子申請の充実 ${testInfo.project.name} ${Date.now().toString(36)}`;
  const made = await request.post('/api/v1/measures', {
    headers: auth, data: { plan: 'dx-action-plan-2', nodeKey: 'convenience-e-application', title, department: 'デジタル行政推進課' },
  });
  expect(made.status(), await made.text()).toBe(201);
  const measure = await made.json();
  try {
    const kpi = await request.post(`/api/v1/measures/${measure.id}/kpis`, {
      headers: auth, data: { name: 'オンライン手続の数', unit: '件', baselineValue: 100, baselineFiscalYear: 2025, targetValue: 500, targetFiscalYear: 2029 },
    });
    expect(kpi.status(), await kpi.text()).toBe(201);
    const kpiId = (await kpi.json()).id;
    for (const [year, actual] of [[2026, 250], [2027, 260]]) {
      const res = await request.put(`/api/v1/measures/${measure.id}/kpis/${kpiId}/progress/${year}`, { headers: auth, data: { actual } });
      expect(res.status(), await res.text()).toBe(201);
    }

    await page.goto('/plan/measures?plan=dx-action-plan-2');
    const article = page.getByRole('article', { name: title });
    await expect(article).toContainText('デジタル行政推進課');
    await expect(article).toContainText('100 件（令和7年度（2025年度））');
    await expect(article).toContainText('500 件（令和11年度（2029年度））');
    const table = article.getByRole('table', { name: '年度ごとの実績' });
    await expect(table.getByRole('row', { name: /令和8年度（2026年度）/ })).toContainText('250 件');
    await expect(table.getByRole('row', { name: /令和9年度（2027年度）/ })).toContainText('260 件');
    await expect(article.locator('.recharts-wrapper')).toBeVisible();
    await checkPage(page, testInfo, 'measures-kpi');
  } finally {
    expect((await request.delete(`/api/v1/measures/${measure.id}`, { headers: auth })).status()).toBeLessThan(300);
  }
});
