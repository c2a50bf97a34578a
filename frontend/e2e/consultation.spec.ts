import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test('a resident reads the draft section by section and starts an opinion on one section', async ({ page }, testInfo) => {
  await page.goto('/consultations');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意見募集（パブリックコメント）');
  const draft = page.getByRole('region', { name: '案の内容（項目ごと）' });
  await expect(draft).toContainText('全ての人が便利に暮らし、幸せを実感するまちへ');
  await checkPage(page, testInfo, 'consultation');
  await draft.getByRole('link', { name: '「行動指針」に意見を書く' }).click();
  await expect(page).toHaveURL(/\/consultations\/opinion\?section=guidelines$/);
  await expect(page.getByLabel('対象の項目')).toHaveValue('guidelines');
});

test('errors appear in words next to the fields, and nothing typed is lost on a reload', async ({ page }, testInfo) => {
  await page.goto('/consultations/opinion');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('件の入力内容を確認してください');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(/^氏名/)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, testInfo, 'opinion-errors');

  await page.getByLabel(/^氏名/).fill('金沢 花子');
  await page.getByLabel(/^住所/).fill('金沢市広坂1丁目1番1号');
  await page.getByLabel(/^意見を出せる方の区分/).selectOption({ label: '市内に住所を有する方' });
  await page.getByLabel('対象の項目').selectOption({ label: '2.2 行動指針' });
  await page.getByLabel(/^意見の内容/).fill('行動指針に「共創」の視点を加えてはどうでしょうか。');
  await page.reload();

  await expect(page.getByText('前回の入力内容を復元しました。', { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^氏名/)).toHaveValue('金沢 花子');
  await expect(page.getByLabel(/^意見の内容/)).toHaveValue('行動指針に「共創」の視点を加えてはどうでしょうか。');
  await expect(page.getByLabel('対象の項目')).toHaveValue('guidelines');
  await page.getByLabel('上記に同意します').check();
  await checkPage(page, testInfo, 'opinion-form');

  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeFocused();
  await expect(page.getByText('意見1: 2.2 行動指針')).toBeVisible();
  await checkPage(page, testInfo, 'opinion-review');
});
