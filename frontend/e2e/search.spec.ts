import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test.describe.configure({ timeout: 90_000 });

test('one search box finds the plan and the council records together', async ({ page }, testInfo) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'サイト内検索' });
  await box.getByRole('searchbox', { name: 'サイト内検索' }).fill('共創');
  await box.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/search\?q=%E5%85%B1%E5%89%B5$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「共創」の検索結果');
  const plans = page.getByRole('region', { name: /^計画/ });
  await expect(plans.getByRole('link', { name: /共創のための環境整備/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^意見と市の考え方/ })).not.toContainText('検索しています');
  await expect(page.getByRole('region', { name: /^会議の記録/ }).getByRole('link').first()).toBeVisible();
  await checkPage(page, testInfo, 'search');
});

test('a service that fails does not hide the others’ results', async ({ page }, testInfo) => {
  await page.route('**/api/v1/search/meetings**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Service Unavailable', status: 503 }) }));
  await page.goto('/search?q=共創');
  await expect(page.getByRole('region', { name: /^会議の記録/ }).getByRole('alert')).toContainText('この部分（会議の記録）は検索できませんでした', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: /^計画/ }).getByRole('link').first()).toBeVisible();
  await checkPage(page, testInfo, 'search-part-failed');
});
