import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test.describe.configure({ timeout: 90_000 });

test("the measures page lists the current plan's eleven measures by section, and 2.0 says it has none yet", async ({ page }, testInfo) => {
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
  await expect(page.getByText('このプランには、まだ施策が登録されていません。')).toBeVisible();
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
