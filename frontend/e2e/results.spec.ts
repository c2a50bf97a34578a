import { expect, test } from '@playwright/test';
import { publishedConsultation } from './open-consultation';
import { checkPage } from './support';

test.describe.configure({ timeout: 150_000 });

test('after publication: counts by section and by kind of answer, every item with the answer, filterable', async ({ page, request }, testInfo) => {
  const id = await publishedConsultation(request, `results-${testInfo.project.name}`);
  await page.goto(`/consultations/${id}`);
  await page.getByRole('link', { name: '結果（ご意見と本市の考え方）を見る' }).click();
  await expect(page).toHaveURL(new RegExp(`/consultations/${id}/results$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('の結果');

  const bySection = page.getByRole('figure', { name: '項目別' });
  await expect(bySection.getByRole('row', { name: /行動指針/ })).toBeVisible();
  await expect(bySection.locator('.recharts-surface')).toBeVisible();
  await expect(page.getByRole('figure', { name: '本市の考え方の区分別' })).toContainText('反映');

  const items = page.getByRole('region', { name: 'ご意見と本市の考え方' });
  await expect(items.getByRole('listitem')).toHaveCount(3);
  await expect(items).toContainText('取組の方向性「共創のための環境整備」に反映しました。');
  await checkPage(page, testInfo, 'results');

  await page.getByLabel('区分で絞り込む').selectOption('reference');
  await expect(items.getByRole('listitem')).toHaveCount(1);
  await expect(items).toContainText('高齢者の見守り');
  await page.getByLabel('区分で絞り込む').selectOption('');
  await page.getByLabel('言葉で絞り込む').fill('デジタルデバイド');
  await expect(items.getByRole('listitem')).toHaveCount(1);
  await checkPage(page, testInfo, 'results-filtered');
});

test('before publication the results page says so', async ({ page }, testInfo) => {
  await page.goto('/consultations/dx-action-plan-2-outline/results');
  await expect(page.getByText('結果はまだ公表されていません', { exact: false })).toBeVisible();
  await checkPage(page, testInfo, 'results-not-yet');
});
