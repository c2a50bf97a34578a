import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test('a resident reads the 2.0 plan section by section, from the contents', async ({ page }, testInfo) => {
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金沢市DXアクションプラン2.0');
  await expect(page.getByText('令和8年度（2026年度） 〜 令和11年度（2029年度）')).toBeVisible();
  const contents = page.getByRole('navigation', { name: '目次' });
  await contents.getByRole('link', { name: /行動指針/ }).click();
  await expect(page).toHaveURL(/#section-guidelines$/);
  await expect(page.getByRole('region', { name: /行動指針/ }).getByRole('listitem')).toHaveCount(5);
  await checkPage(page, testInfo, 'plan-2.0');
});

test('the current plan is one click away, with its own period', async ({ page }, testInfo) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: /^金沢市DXアクションプラン\s*（現行）/ }).click();
  await expect(page).toHaveURL(/\/plan\/dx-action-plan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金沢市DXアクションプラン');
  await expect(page.getByText('令和5年度（2023年度） 〜 令和7年度（2025年度）')).toBeVisible();
  await checkPage(page, testInfo, 'plan-current');
});

test('a resident compares 2.0 with the current plan and can narrow to what changed', async ({ page }, testInfo) => {
  await page.goto('/plan/compare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('現行プランとの比較');
  await expect(page.getByRole('region', { name: '変更の概要' })).toContainText('変更なし');
  const rows = page.getByRole('listitem').filter({ hasText: '基本理念' });
  await expect(rows.first()).toContainText('全ての人が便利に暮らし、幸せを実感するまちへ');
  await checkPage(page, testInfo, 'compare');
  await page.getByLabel('変更のあった項目だけを表示').check();
  await expect(page.getByLabel('変更のあった項目だけを表示')).toBeChecked();
});

test('the open-data page lists the datasets with their downloads and the API docs', async ({ page }, testInfo) => {
  await page.goto('/open-data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('オープンデータ');
  await expect(page.getByRole('heading', { level: 3, name: '金沢市DXアクションプラン' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^CSV\s*（金沢市DXアクションプラン）/ })).toHaveAttribute('href', '/api/v1/plans?format=csv');
  await expect(page.getByRole('link', { name: 'API ドキュメント' }).first()).toHaveAttribute('href', '/api/docs');
  await checkPage(page, testInfo, 'open-data');
});
