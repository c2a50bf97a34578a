import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test('the home page shows the 2.0 plan’s 基本理念 and 行動指針', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金沢市DXアクションプラン2.0');
  const philosophy = page.getByRole('region', { name: /基本理念/ });
  await expect(philosophy).toContainText('全ての人が便利に暮らし、幸せを実感するまちへ');
  await expect(philosophy).toContainText('地域の幸福度');
  const guidelines = page.getByRole('region', { name: /行動指針/ });
  await expect(guidelines.getByRole('listitem')).toHaveCount(5);
  await expect(guidelines).toContainText('デジタルファースト');
  await checkPage(page, testInfo, 'home');
});

test('the reader can switch to English and back; the choice is kept', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kanazawa City DX Action Plan 2.0');
  await expect(page.getByRole('region', { name: /Basic philosophy/ })).toBeVisible();
  await checkPage(page, testInfo, 'home-en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('a page that does not exist says so', async ({ page }, testInfo) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('お探しのページは見つかりませんでした。');
  await checkPage(page, testInfo, 'not-found');
});
