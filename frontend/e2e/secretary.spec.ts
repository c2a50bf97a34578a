import { expect, test } from '@playwright/test';
import { createStaff, signIn, staffMenu, tokenOf } from './staff';
import { checkPage } from './support';

test.describe.configure({ timeout: 240_000 });

/**
 * A meeting secretary's day: a new meeting with its agenda, a document and a summary (finished after
 * the session ran out mid-form), its step in the annual schedule, and a new council member with an
 * affiliation; residents see each. Names carry a stamp so reruns never collide; the meeting is in
 * 令和10年度 (no seed data there), and the schedule step, the membership and the person are removed
 * again, so the council's pages read as the seed has them.
 */
test('a meeting secretary records a meeting and a member, and residents see both', async ({ page, request }, testInfo) => {
  const { username, password } = await createStaff(request, testInfo, 'meeting-secretary', '白山 四郎');
  const auth = { Authorization: `Bearer ${await tokenOf(request, username, password)}` };
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const title = `E2E 金沢市DX会議 ${stamp}`;
  const topic = `E2E 素案の検討 ${stamp}`;
  const summary = `E2E 素案について委員から意見があった。${stamp}`;
  const name = `E2E 犀川 ${stamp}`;
  const affiliation = `E2E 金沢工業大学 教授 ${stamp}`;
  const step = `E2E DX会議 ${stamp}`;
  let membershipId: number | undefined;

  try {
    await page.goto('/admin/meetings');
    await signIn(page, username, password);
    // Only the secretary's areas are offered.
    await expect(staffMenu(page).getByRole('link', { name: '名簿と役職' })).toBeVisible();
    await expect(staffMenu(page).getByRole('link', { name: 'プランの編集' })).toHaveCount(0);
    await checkPage(page, testInfo, 'secretary-meetings');

    // A new meeting.
    await page.getByRole('link', { name: '会議を登録する' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('会議を登録する');
    await page.getByLabel(/^件名/).fill(title);
    await page.getByLabel(/^年度/).selectOption('2028');
    await page.getByLabel(/^開催予定日/).fill('2029-04-10');
    await page.getByLabel(/^会場/).fill('金沢市役所 第一本庁舎');
    await page.getByRole('button', { name: '会議を登録する' }).click();
    // The date is outside 令和10年度: said beside the field, in 和暦 too.
    await expect(page.getByLabel(/^開催予定日/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('令和11年4月10日（2029年4月10日）')).toBeVisible();
    await checkPage(page, testInfo, 'secretary-meeting-new');
    await page.getByLabel(/^開催予定日/).fill('2028-11-10');
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await expect(page).toHaveURL(/\/admin\/meetings\/\d+$/);
    const id = Number(page.url().split('/').pop());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('令和10年11月10日(金)（2028年11月10日）')).toBeVisible();

    // Its agenda: the standard one, with a topic under 議事.
    await page.getByRole('button', { name: /標準の次第/ }).click();
    await page.getByRole('button', { name: '項目 3「議事」の下に項目を追加' }).click();
    await page.getByRole('group', { name: /^項目 3-1/ }).getByLabel('件名').fill(topic);
    await page.getByRole('button', { name: '次第を保存する' }).click();
    await expect(page.getByText('次第を保存しました。')).toBeVisible();

    // A document filed under the topic.
    const documents = page.getByRole('region', { name: '資料' });
    await documents.getByLabel(/^資料名/).fill(`E2E 資料1 ${stamp}`);
    await documents.getByLabel(/^次第の項目/).selectOption({ label: `　${topic}` });
    await documents.getByLabel(/^URL/).fill('https://www4.city.kanazawa.lg.jp/e2e.pdf');
    await documents.getByRole('button', { name: '資料を追加する' }).click();
    await expect(documents.getByText(`次第「${topic}」の資料`)).toBeVisible();

    // The summary: the session ends while it is typed; after signing in again it is still there.
    await page.getByLabel(/^概要/).fill(summary);
    expect((await page.request.post('/auth/logout')).status()).toBe(204);
    await page.route(`**/api/v1/meetings/${id}/summary`, (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401}' }), { times: 1 });
    await page.getByRole('button', { name: '概要を保存する' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('職員サインイン');
    await signIn(page, username, password);
    await expect(page.getByLabel(/^概要/)).toHaveValue(summary);
    await page.getByRole('button', { name: '概要を保存する' }).click();
    await expect(page.getByText('概要を保存しました。')).toBeVisible();
    // Saving the agenda again keeps the document filed under its item.
    await page.getByRole('button', { name: '次第を保存する' }).click();
    await expect(page.getByText('次第を保存しました。')).toBeVisible();
    await expect(documents.getByText(`次第「${topic}」の資料`)).toBeVisible();
    await checkPage(page, testInfo, 'secretary-meeting');

    await page.goto(`/council/meetings/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('region', { name: '次第' })).toContainText(topic);
    await expect(page.getByRole('region', { name: '資料' })).toContainText(`E2E 資料1 ${stamp}`);
    await expect(page.getByText(summary)).toBeVisible();

    // The meeting's step in the annual schedule: planned to the month, linked to the meeting; then removed.
    await page.goto('/admin/schedule');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('年間スケジュール');
    await page.getByRole('button', { name: /に予定を追加する$/ }).first().click();
    const stepForm = page.getByRole('form', { name: '予定を追加する' });
    await stepForm.getByLabel(/^年度/).selectOption('2028');
    await stepForm.getByLabel(/^名称/).fill(step);
    await stepForm.getByLabel('予定の決まり方').selectOption('month');
    await stepForm.getByLabel('予定月').fill('2028-11');
    await expect(stepForm.getByText('令和10年11月（2028年11月）')).toBeVisible();
    await stepForm.getByLabel('予定の表記').fill('11月頃');
    await stepForm.getByLabel('会議', { exact: true }).selectOption({ label: title });
    await expect(stepForm.getByLabel('実施日', { exact: true })).toHaveCount(0);
    await stepForm.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('保存しました。公開ページにも反映されています。')).toBeVisible();
    await checkPage(page, testInfo, 'secretary-schedule');
    await page.goto('/council/schedule');
    const planned = page.getByRole('region', { name: '令和10年度（2028年度）' }).getByRole('listitem').filter({ hasText: step });
    await expect(planned).toContainText('令和10年11月');
    await expect(planned.getByRole('link', { name: title })).toHaveAttribute('href', `/council/meetings/${id}`);
    await page.goto('/admin/schedule');
    await page.getByRole('button', { name: `「令和10年度 ${step}」を削除` }).click();
    await page.getByRole('region', { name: `「令和10年度 ${step}」を削除しますか。` }).getByRole('button', { name: '削除する' }).click();
    await expect(page.getByText(`「令和10年度 ${step}」を削除しました。`)).toBeVisible();
    await page.goto('/council/schedule');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('年間スケジュール');
    await expect(page.getByText(step)).toHaveCount(0);

    // A new council member.
    await page.goto('/admin/people');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('名簿と役職');
    await checkPage(page, testInfo, 'secretary-people');
    await page.getByRole('button', { name: '人を登録する' }).click();
    await page.getByLabel(/^氏名/).fill(name);
    await page.getByLabel(/^よみがな/).fill('Saigawa');
    await page.getByLabel(/^キー/).fill(`e2e-${stamp}`);
    await page.getByRole('button', { name: '登録する', exact: true }).click();
    await expect(page.getByLabel(/^よみがな/)).toHaveAccessibleDescription(/ひらがな・カタカナで入力してください/);
    await page.getByLabel(/^よみがな/).fill('さいがわ');
    await page.getByRole('button', { name: '登録する', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

    await page.getByRole('button', { name: '会議体への所属を追加する' }).click();
    const membership = page.getByRole('form', { name: '会議体への所属を追加する' });
    await membership.getByLabel(/^会議体/).selectOption('dx-council');
    await membership.getByLabel(/^役割/).fill('委員');
    await membership.getByLabel(/^所属団体・役職等/).fill(affiliation);
    await membership.getByRole('button', { name: '所属を追加する' }).click();
    await expect(page.getByText('所属を追加しました。')).toBeVisible();
    await expect(page.getByText(affiliation)).toBeVisible();
    await checkPage(page, testInfo, 'secretary-person');
    const person = await (await request.get(`/api/v1/people/e2e-${stamp}`)).json();
    membershipId = person.memberships[0].id;

    await page.goto('/council');
    const members = page.getByRole('region', { name: '委員（敬称略・五十音順）' });
    await expect(members).toContainText(name);
    await expect(members).toContainText(affiliation);

    // Entered by mistake after all: the membership goes first, then the person, and residents no longer see them.
    await page.goto(`/admin/people/e2e-${stamp}`);
    await expect(page.getByText(/会議体への所属・役職の記録が1件ある間は、この人を削除できません。/)).toBeVisible();
    await page.getByRole('button', { name: '金沢市DX会議 の所属を削除' }).click();
    await page.getByRole('region', { name: '金沢市DX会議 の所属を削除しますか。' }).getByRole('button', { name: '削除する' }).click();
    await expect(page.getByText('金沢市DX会議 の所属を削除しました。')).toBeVisible();
    membershipId = undefined;
    await page.getByRole('button', { name: `「${name}」を削除` }).click();
    await checkPage(page, testInfo, 'secretary-person-remove');
    await page.getByRole('region', { name: `「${name}」を削除しますか。` }).getByRole('button', { name: '削除する' }).click();
    await expect(page.getByText(`「${name}」を削除しました。`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('名簿と役職');
    expect((await request.get(`/api/v1/people/e2e-${stamp}`)).status()).toBe(404);
    await page.goto('/council');
    await expect(page.getByRole('region', { name: '委員（敬称略・五十音順）' })).not.toContainText(name);

    await page.goto('/admin/programs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('アドバイザー・研修・PT');
    await checkPage(page, testInfo, 'secretary-programs');
  } finally {
    const left = ((await (await request.get('/api/v1/schedule?fiscalYear=2028')).json()) as { id: number; title: string }[]).filter((e) => e.title === step);
    for (const e of left) expect((await request.delete(`/api/v1/schedule/${e.id}`, { headers: auth })).status()).toBe(204);
    if (membershipId) {
      expect((await request.delete(`/api/v1/memberships/${membershipId}`, { headers: auth })).status()).toBe(204);
    }
  }
});
