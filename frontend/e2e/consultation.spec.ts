import { expect, type Page, test } from '@playwright/test';
import { openConsultation, submissionCount } from './open-consultation';
import { checkPage } from './support';

test.describe.configure({ timeout: 120_000 });

async function fillOpinion(page: Page, text: string) {
  await page.getByLabel(/^意見の内容/).fill(text);
  await page.getByLabel(/^意見を出せる方の区分/).selectOption('resident');
  await page.getByLabel(/^氏名/).fill('金沢 花子');
  await page.getByLabel(/^住所/).fill('金沢市広坂1丁目1番1号');
  await page.getByLabel('上記に同意します').check();
}

test('the seeded consultation shows its period in 和暦 with 西暦, who may submit, and the draft', async ({ page }, testInfo) => {
  await page.goto('/consultations');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意見募集（パブリックコメント）');
  const link = page.getByRole('link', { name: '「金沢市DXアクションプラン2.0」骨子案に対する意見募集' });
  await expect(link).toBeVisible();
  await checkPage(page, testInfo, 'consultations');

  await link.click();
  await expect(page).toHaveURL(/\/consultations\/dx-action-plan-2-outline$/);
  await expect(page.getByText('令和7年11月17日(月)（2025年11月17日）')).toBeVisible();
  await expect(page.getByText('市内に在住・在勤・在学の方', { exact: false }).first()).toBeVisible();
  const draft = page.getByRole('region', { name: '案の内容（項目ごと）' });
  await expect(draft).toContainText('全ての人が便利に暮らし、幸せを実感するまちへ');
  await checkPage(page, testInfo, 'consultation');
});

test('a resident writes an opinion on a section, keeps it through a reload, sends it and finds it again by receipt', async ({ page, request }, testInfo) => {
  const id = await openConsultation(request, `send-${testInfo.project.name}`);
  await page.goto(`/consultations/${id}`);
  await expect(page.getByText('募集中').first()).toBeVisible();
  await expect(page.getByText(/締切まで あと\d+日/).first()).toBeVisible();
  await page.getByRole('link', { name: '「行動指針」に意見を書く' }).click();
  await expect(page).toHaveURL(new RegExp(`/consultations/${id}/opinion\\?section=guidelines$`));
  await expect(page.getByLabel('2.2 行動指針')).toBeChecked();

  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('件の入力内容を確認してください');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(/^氏名/)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, testInfo, 'opinion-errors');

  const text = `行動指針に「共創」の視点を加えてはどうでしょうか。(${testInfo.project.name})`;
  await fillOpinion(page, text);
  await page.reload();
  await expect(page.getByText('前回の入力内容を復元しました。', { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^意見の内容/)).toHaveValue(text);
  await expect(page.getByLabel(/^氏名/)).toHaveValue('金沢 花子');
  await checkPage(page, testInfo, 'opinion-form');

  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeFocused();
  await checkPage(page, testInfo, 'opinion-review');
  await page.getByRole('button', { name: 'この内容で送信する' }).click();

  await expect(page.getByRole('heading', { name: 'ご意見を受け付けました。ありがとうございました。' })).toBeFocused();
  const receipt = (await page.getByTestId('receipt-number').textContent())!.trim();
  const checkCode = (await page.getByTestId('check-code').textContent())!.trim();
  expect(receipt).toMatch(/^C-/);
  expect(checkCode.length).toBeGreaterThan(3);
  await expect(page.getByText('確認コードは二度と表示されません', { exact: false })).toBeVisible();
  await checkPage(page, testInfo, 'opinion-receipt');

  await page.getByRole('link', { name: '受付状況の確認ページへ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('送った意見の受付状況');
  await page.getByLabel(/^受付番号/).fill(receipt);
  await page.getByLabel(/^確認コード/).fill('WRONG-CODE');
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.getByRole('alert')).toContainText('受付番号または確認コードが正しくありません');
  await page.getByLabel(/^確認コード/).fill(checkCode);
  await page.getByRole('button', { name: '確認する' }).click();
  const result = page.getByRole('region', { name: '受付状況' });
  await expect(result).toContainText(text);
  await expect(result).toContainText('2.2 行動指針');
  await checkPage(page, testInfo, 'receipt-lookup');
});

test('when the answer is lost on the way, sending again gives the same receipt, not a second opinion', async ({ page, request }, testInfo) => {
  const id = await openConsultation(request, `retry-${testInfo.project.name}`);
  await page.goto(`/consultations/${id}/opinion`);
  await fillOpinion(page, '通信が途切れても二重に受け付けられないことを確かめます。');
  await page.getByRole('button', { name: '入力内容を確認する' }).click();

  // The first send reaches the server, but its answer never reaches the browser.
  let lost = false;
  await page.route(`**/api/v1/consultations/${id}/submissions`, async (route) => {
    if (lost) return route.continue();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'この内容で送信する' }).click();
  await expect(page.getByRole('alert')).toContainText('二重に受け付けられることはありません');
  await checkPage(page, testInfo, 'opinion-network-error');

  await page.getByRole('button', { name: /もう一度送信する/ }).click();
  await expect(page.getByTestId('receipt-number')).toHaveText(/^C-/);
  // Nothing is left of the draft once the server has it.
  expect(await page.evaluate((key) => localStorage.getItem(key), `kyoso.opinion-draft.${id}`)).toBeNull();
  expect(await submissionCount(request, id)).toBe(1);
});
