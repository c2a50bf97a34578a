import { expect, test } from '@playwright/test';
import { openConsultation } from './open-consultation';
import { adminAuth, createStaff, signIn } from './staff';
import { checkPage } from './support';

/** Now in Tokyo as a datetime-local value: the letter arrived today, inside the consultation's period. */
const tokyoNow = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 16);

/** The date in Tokyo `days` from now, as a date input takes it. */
const tokyoDay = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('a moderator prepares a consultation on the 2.0 outline: told what is missing, it stays hidden as a draft until it is scheduled', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const { username, password } = await createStaff(request, testInfo, 'comment-moderator', '片町 七海');
  const id = `e2e-new-${testInfo.project.name}-${Date.now().toString(36)}`;
  const title = `E2E 意見募集の作成 ${id}`;

  await page.goto('/admin/consultations');
  await signIn(page, username, password);
  await page.getByRole('link', { name: '意見募集を作成する' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意見募集を作成する');
  await checkPage(page, testInfo, 'consultation-new');

  // Sent empty: every missing field is named above the form and beside itself.
  await page.getByRole('button', { name: '下書きとして作成する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '件名: 件名を入力してください。' })).toBeFocused();
  await expect(page.getByText('計画を選んでください。').last()).toBeVisible();

  await page.getByLabel(/^件名/).fill(title);
  await page.getByLabel(/^識別子/).fill(id);
  await page.getByLabel(/^概要/).fill('ブラウザテストで職員が作成する意見募集です。');
  await page.getByLabel(/^計画必須/).selectOption('dx-action-plan-2');
  await page.getByLabel(/^版必須/).selectOption('outline-2025-10-29');
  // Eleven days: under the 30 the law asks for, so the reason is required.
  await page.getByLabel(/^募集開始日/).fill(tokyoDay(60));
  await page.getByLabel(/^募集最終日/).fill(tokyoDay(70));
  await expect(page.getByText('募集期間は11日間です。')).toBeVisible();
  await page.getByRole('checkbox', { name: 'ファクス' }).uncheck();
  await page.getByRole('button', { name: '資料を追加する' }).click();
  await page.getByLabel('資料1の名称').fill('骨子案');
  await page.getByLabel('資料1のURL').fill('https://www.city.kanazawa.ishikawa.jp/dx/outline.pdf');
  await page.getByRole('button', { name: '下書きとして作成する' }).click();
  await expect(page.getByText('募集期間が11日間で30日未満です。理由を入力してください。').last()).toBeVisible();
  await page.getByLabel(/^募集期間を30日未満とする理由/).fill('ブラウザテストのため短い期間にします。');
  await checkPage(page, testInfo, 'consultation-new-filled');
  await page.getByRole('button', { name: '下書きとして作成する' }).click();

  await expect(page.getByRole('status').filter({ hasText: `「${title}」を下書きとして作成しました。` })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card.getByText('準備中')).toBeVisible();
  await checkPage(page, testInfo, 'consultations-with-draft');
  // A draft is the moderator's work in progress: the public cannot read it yet.
  expect((await request.get(`/api/v1/consultations/${id}`)).status()).toBe(404);

  await card.getByRole('button', { name: /募集を予約する/ }).click();
  await expect(card.getByText('募集予定')).toBeVisible();
  const stored = await (await request.get(`/api/v1/consultations/${id}`)).json();
  expect(stored.rules.channels.map((c: { code: string }) => c.code)).toEqual(['web', 'post', 'email', 'counter']);
  expect(stored.documents).toEqual([{ title: '骨子案', url: 'https://www.city.kanazawa.ishikawa.jp/dx/outline.pdf' }]);

  await page.goto('/consultations');
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByText('募集開始前')).toBeVisible();

  // Taken back before it opens: hidden from the public again.
  await page.goto('/admin/consultations');
  await page.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: /下書きに戻す/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByText('準備中')).toBeVisible();
  expect((await request.get(`/api/v1/consultations/${id}`)).status()).toBe(404);
});

test('a moderator enters a letter, splits it into an item with personal information left out, answers it, and the unanswered count drops', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  // A consultation of its own, open now, so the seeded one and other specs' data stay untouched.
  const id = await openConsultation(request, `mod-${testInfo.project.name}`);
  const username = `e2e-moq-${testInfo.project.name}-${Date.now().toString(36)}`;
  const password = `kanazawa-${Date.now().toString(36)}-spring`;
  expect((await request.post('/auth/users', {
    headers: await adminAuth(request),
    data: { username, displayName: '珠洲 五郎', roles: ['comment-moderator'], password },
  })).status()).toBe(201);

  await page.goto('/admin/consultations');
  await signIn(page, username, password);
  await page.getByRole('link', { name: new RegExp(`${id}」の意見を整理し回答する`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意見の整理と回答');
  await expect(page.getByTestId('progress-submissions')).toHaveText('0件');
  await checkPage(page, testInfo, 'moderation-queue-empty');

  // The letter, entered as it came by post.
  await page.getByRole('link', { name: '紙・FAX・メール・窓口で届いた意見を入力する' }).click();
  await page.getByRole('radio', { name: '郵送' }).check();
  await page.getByLabel(/^受け付けた日時/).fill(tokyoNow());
  await page.getByRole('checkbox', { name: '2.2 行動指針' }).check();
  await page.getByLabel(/^意見の内容/).fill('行動指針に「共創」の視点を加えてください。連絡は076-220-2111まで。');
  await page.getByLabel(/^氏名/).fill('珠洲 花子');
  await page.getByLabel(/^住所/).fill('金沢市広坂1丁目1番1号');
  await page.getByLabel(/^区分必須/).selectOption({ label: '市内在住' });
  await page.getByRole('button', { name: '登録する' }).click();
  const registered = page.getByRole('region', { name: '登録しました' });
  await expect(registered).toBeVisible();
  const [receipt] = await registered.locator('dd.font-mono').allTextContents();
  expect(receipt).toMatch(/\S/);

  // The queue, answered page by page by comment-service through the gateway: the letter is there, not
  // yet split; the filters find it by channel and by "not split", and not among faxes.
  await page.goto(`/admin/consultations/${id}/moderation`);
  await expect(page.getByTestId('progress-unsplit')).toHaveText('1件');
  const count = page.getByRole('status').filter({ hasText: /件中/ });
  await page.getByLabel('受付方法').selectOption({ label: 'ファクス' });
  await expect(count).toContainText('1件中 0件');
  await page.getByLabel('受付方法').selectOption({ label: '郵送' });
  await page.getByLabel('整理と回答の状況').selectOption({ label: '要旨に未整理' });
  await expect(count).toContainText('1件中 1件');
  await expect(page).toHaveURL(/channel=post/);

  // Search: words of the text, in any width and with other particles, find it; a word it lacks does
  // not; part of the receipt number does. The search stays in the address across a reload.
  const search = page.getByRole('searchbox', { name: 'キーワード（受付番号・本文）' });
  await search.fill('子育て');
  await expect(count).toContainText('1件中 0件');
  await search.fill('共創の視点を');
  await expect(count).toContainText('1件中 1件');
  await expect(page.getByRole('link', { name: receipt })).toBeVisible();
  await search.fill(receipt.slice(2, 8).toLowerCase());
  await expect(page).toHaveURL(new RegExp(`q=${receipt.slice(2, 8).toLowerCase()}`));
  await expect(page.getByRole('link', { name: receipt })).toBeVisible();
  await page.reload();
  await expect(search).toHaveValue(receipt.slice(2, 8).toLowerCase());
  await expect(page.getByLabel('受付方法')).toHaveValue('post');
  await expect(count).toContainText('1件中 1件');
  await page.getByText('重複と思われる提出意見', { exact: true }).click();
  await expect(page.getByText('重複と思われる提出意見はありません。')).toBeVisible();
  await checkPage(page, testInfo, 'moderation-queue');
  await page.getByRole('link', { name: receipt }).click();

  // Split: the gist copied with the phone number is refused with a proposal, which is accepted.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`提出意見 ${receipt}`);
  const add = page.getByRole('form', { name: '意見の要旨を追加' });
  await add.getByLabel(/^意見の要旨/).fill('行動指針に「共創」の視点を加えてほしい。連絡は076-220-2111まで。');
  await add.getByLabel('対応する項目').selectOption({ label: '2.2 行動指針' });
  await add.getByRole('button', { name: '要旨を追加する' }).click();
  await expect(add.getByLabel(/^意見の要旨/)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, testInfo, 'moderation-redaction-proposal');
  await add.getByRole('button', { name: '修正案を採用する' }).click();
  await expect(add.getByLabel(/^意見の要旨/)).not.toHaveValue(/076-220-2111/);
  await add.getByRole('button', { name: '要旨を追加する' }).click();

  const item = page.getByRole('form', { name: /^意見の要旨 \d+$/ });
  await expect(item).toBeVisible();
  await expect(page.getByTestId('progress-unanswered')).toHaveText('1件');
  await expect(page.getByTestId('progress-unsplit')).toHaveText('0件');

  // Answer it: the unanswered count drops.
  await item.getByLabel('本市の考え方').fill('取組の方向性「共創のための環境整備」に反映しました。');
  await item.getByLabel('区分').selectOption({ label: '反映' });
  await item.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('progress-unanswered')).toHaveText('0件');
  await checkPage(page, testInfo, 'moderation-submission');

  // The result as it will read; still open, so there is nothing to publish yet.
  await page.getByRole('link', { name: '提出意見の一覧に戻る' }).click();
  await page.getByRole('link', { name: '結果の確認と公表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('結果の確認と公表');
  await expect(page.getByText('取組の方向性「共創のための環境整備」に反映しました。')).toBeVisible();
  await expect(page.getByRole('button', { name: '結果を公表する' })).toHaveCount(0);
  await checkPage(page, testInfo, 'moderation-results-preview');
});

test('a moderator takes a closed consultation of its own to answering, previews the result, publishes it and gets the CSV', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const headers = await adminAuth(request);
  // Open for a few seconds only, with one opinion split into an item: closing follows the clock.
  const id = `e2e-modpub-${testInfo.project.name}-${Date.now().toString(36)}`;
  expect((await request.post('/api/v1/consultations', {
    headers,
    data: {
      id, title: `E2E 公表 ${id}`, summary: 'ブラウザテストのための意見募集です。', plan: 'dx-action-plan-2', version: 'outline-2025-10-29',
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 15_000).toISOString(), shortPeriodReason: 'ブラウザテストのため',
    },
  })).status()).toBe(201);
  expect((await request.post(`/api/v1/consultations/${id}/transitions`, { headers, data: { to: 'scheduled', reason: 'e2e' } })).status()).toBe(200);
  const sent = await request.post(`/api/v1/consultations/${id}/submissions`, { data: { text: '行動指針に共創を。', sections: ['guidelines'], attribute: 'resident' } });
  expect(sent.status()).toBe(201);
  const receipt = ((await sent.json()) as { receipt: string }).receipt;
  expect((await request.post(`/api/v1/consultations/${id}/items`, { headers, data: { receipt, section: 'guidelines', summary: '行動指針に共創の視点を加えてほしい。' } })).status()).toBe(201);
  await expect.poll(async () => ((await (await request.get(`/api/v1/consultations/${id}`)).json()) as { status: { code: string } }).status.code,
    { timeout: 60_000, intervals: [2_000] }).toBe('closed');

  const username = `e2e-mop-${testInfo.project.name}-${Date.now().toString(36)}`;
  const password = `kanazawa-${Date.now().toString(36)}-summer`;
  expect((await request.post('/auth/users', { headers, data: { username, displayName: '輪島 六郎', roles: ['comment-moderator'], password } })).status()).toBe(201);
  await page.goto(`/admin/consultations/${id}/moderation/results`);
  await signIn(page, username, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('結果の確認と公表');
  await page.getByRole('button', { name: '回答の作成に進む' }).click();
  await expect(page.getByText('現在の状態：意見を整理中')).toBeVisible();

  // Publishing with an unanswered item is refused, and the reason is shown.
  await page.getByRole('button', { name: '結果を公表する' }).click();
  await expect(page.getByRole('alert')).toContainText('まだ公表できません');
  await expect(page.getByRole('alert')).toContainText('未記入の意見が1件');
  await checkPage(page, testInfo, 'moderation-results-refused');

  await page.getByRole('link', { name: '提出意見の一覧に戻る' }).click();
  await page.getByRole('link', { name: receipt }).click();
  const item = page.getByRole('form', { name: /^意見の要旨 \d+$/ });
  await item.getByLabel('本市の考え方').fill('取組の方向性に反映しました。');
  await item.getByLabel('区分').selectOption({ label: '反映' });
  await item.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('progress-unanswered')).toHaveText('0件');

  await page.getByRole('link', { name: '提出意見の一覧に戻る' }).click();
  await page.getByRole('link', { name: '結果の確認と公表' }).click();
  await expect(page.getByText('取組の方向性に反映しました。')).toBeVisible();
  await checkPage(page, testInfo, 'moderation-results-ready');
  await page.getByRole('button', { name: '結果を公表する' }).click();
  const csv = page.getByRole('link', { name: '結果をCSVでダウンロードする' });
  await expect(csv).toBeVisible();
  await checkPage(page, testInfo, 'moderation-results-published');
  const download = await request.get((await csv.getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('取組の方向性に反映しました。');
});
