import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { createStaff, signIn, tokenOf } from './staff';
import { checkPage } from './support';

test.describe.configure({ timeout: 240_000 });

const PLAN = 'dx-action-plan-2';
const TREE = (version: string) => `/api/v1/plans/${PLAN}/versions/${version}/tree`;

/**
 * Publishing makes a version the one residents read (the latest published). The other journeys read
 * the 2.0 plan as the seed has it, so afterwards the version residents read before is published
 * again as a copy with the same name and date: the public site reads as it did.
 */
async function republish(request: APIRequestContext, auth: Record<string, string>, version: { code?: string; label?: string; dated?: { date?: string } }, code: string) {
  const draft = await request.post(`/api/v1/plans/${PLAN}/versions`, {
    headers: auth, data: { from: version.code, code, label: version.label, dated: version.dated?.date },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  const published = await request.post(`/api/v1/plans/${PLAN}/versions/${code}/publish`, { headers: auth });
  expect(published.status(), await published.text()).toBe(200);
}

/** The panel of the node being worked on: its editor and its position-and-structure section. */
const structure = (page: Page, title: string) => page.getByRole('region', { name: `「${title}」の位置と構成` });

test('a plan editor restructures a draft of 2.0, gives it a measure with a KPI and progress, publishes it, and residents see it', async ({ page, request }, testInfo) => {
  const { username, password } = await createStaff(request, testInfo, 'plan-editor', '浅野 六郎');
  const auth = { Authorization: `Bearer ${await tokenOf(request, username, password)}` };
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const code = `e2e-editor-${stamp}`;
  const label = `E2E 構成を変えた版 ${stamp}`;
  const nodeTitle = `E2E 地域の声を集める仕組み ${stamp}`;
  const otherTitle = `E2E 削除する項目 ${stamp}`;
  const measureTitle = `E2E 意見募集のオンライン化 ${stamp}`;
  const kpiName = `E2E オンラインで寄せられた意見の数 ${stamp}`;
  const before = (await (await request.get(TREE('latest'))).json()).version;

  try {
    await page.goto(`/admin/plans/${PLAN}`);
    await signIn(page, username, password);
    await page.getByRole('button', { name: `「${before.label}」から下書きを作る` }).first().click();
    await page.getByLabel(/^版のコード/).fill(code);
    await page.getByLabel(/^版の名称/).fill(label);
    await page.getByRole('button', { name: '下書きを作る', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/plans/${PLAN}/versions/${code}$`));

    // A new example measure (施策の例) under the first perspective.
    await page.getByRole('button', { name: '「全ての人の利便性向上」を編集' }).click();
    await structure(page, '1 全ての人の利便性向上').getByRole('button', { name: '「1 全ての人の利便性向上」の下に項目を追加する' }).click();
    const add = page.getByRole('form', { name: '「1 全ての人の利便性向上」の下に項目を追加' });
    await expect(add.getByLabel(/^種類/)).toHaveValue('EXAMPLE');
    await add.getByRole('button', { name: '項目を追加する' }).click();
    await expect(add.getByRole('alert')).toContainText('見出し: 見出しを入力してください。');
    await expect(add.getByLabel(/^見出し/)).toHaveAttribute('aria-invalid', 'true');
    await add.getByLabel(/^キー/).fill('Not A Key');
    await add.getByLabel(/^見出し/).fill(nodeTitle);
    await add.getByRole('button', { name: '項目を追加する' }).click();
    await expect(add.getByLabel(/^キー/)).toHaveAccessibleDescription(/英小文字・数字・ハイフンで入力してください/);
    await add.getByLabel(/^キー/).fill(`e2e-voices-${stamp}`);
    await checkPage(page, testInfo, 'plan-editor-add-node');
    await add.getByRole('button', { name: '項目を追加する' }).click();
    const panel = structure(page, nodeTitle);
    await expect(panel.getByRole('status')).toHaveText(`「${nodeTitle}」を追加しました。位置や内容はここで変えられます。`);

    // Another node at the top level, to be deleted again.
    await page.getByRole('button', { name: '最上位に項目を追加する' }).click();
    const top = page.getByRole('form', { name: '最上位に項目を追加する' });
    await top.getByLabel(/^種類/).selectOption('GENERAL');
    await top.getByLabel(/^見出し/).fill(otherTitle);
    await top.getByRole('button', { name: '項目を追加する' }).click();
    await expect(structure(page, otherTitle)).toBeVisible();

    // Move the new node under the second perspective (it goes last there), then one place up.
    await page.getByRole('button', { name: `「${nodeTitle}」を編集` }).click();
    const move = structure(page, nodeTitle).getByLabel(/^移動先（親項目）/);
    await structure(page, nodeTitle).getByRole('button', { name: '移動する' }).click();
    await expect(move).toHaveAccessibleDescription(/移動先を選んでください。/);
    await move.selectOption({ label: `${'　'.repeat(2)}2 共創のための環境整備` });
    await structure(page, nodeTitle).getByRole('button', { name: '移動する' }).click();
    await expect(structure(page, nodeTitle).getByRole('status')).toHaveText(`「${nodeTitle}」を「2 共創のための環境整備」の下へ移動しました。`);
    await structure(page, nodeTitle).getByRole('button', { name: `「${nodeTitle}」を上へ移動` }).click();
    await expect(structure(page, nodeTitle).getByRole('status')).toHaveText(`「${nodeTitle}」を一つ上へ移動しました。`);
    const tree = page.getByRole('region', { name: '項目', exact: true });
    const rows = await tree.locator('li > div > span').allTextContents();
    expect(rows.indexOf(nodeTitle)).toBe(rows.indexOf('金沢とつながる人々が交流できる機会の創出') + 1);
    expect(rows.indexOf('デジタルデバイドの解消に向けた取組の推進')).toBe(rows.indexOf(nodeTitle) + 1);
    await checkPage(page, testInfo, 'plan-editor-structure');

    // Edit it: the move did not make the editor's copy stale.
    const editor = page.getByRole('form', { name: `編集中：${nodeTitle}` });
    await editor.getByLabel(/^本文/).fill('市民の意見をオンラインで集め、施策に生かす仕組みをつくります。');
    await editor.getByRole('button', { name: 'この項目を保存する' }).click();
    await expect(editor.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();

    // Delete the other one, after a question that names it.
    await page.getByRole('button', { name: `「${otherTitle}」を編集` }).click();
    await structure(page, otherTitle).getByRole('button', { name: `「${otherTitle}」を削除する` }).click();
    const question = page.getByRole('region', { name: `「${otherTitle}」を削除しますか。` });
    await expect(question).toContainText('下書きから削除します。元に戻せません。');
    await expect(question.getByRole('heading')).toBeFocused();
    await checkPage(page, testInfo, 'plan-editor-delete-node');
    await question.getByRole('button', { name: '削除する', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `「${otherTitle}」を削除しました。` })).toBeFocused();
    await expect(tree.locator('li > div > span').filter({ hasText: otherTitle })).toHaveCount(0);
    const publish = page.getByRole('region', { name: '公開', exact: true });
    await expect(publish).toContainText('追加: 1');
    await expect(publish).toContainText(`追加: ${nodeTitle}`);

    // A measure listed under the new node, with a KPI and the first year's progress.
    await page.getByRole('link', { name: `施策・指標を管理する（「${label}」の項目で）` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('施策・指標と進捗の管理');
    await checkPage(page, testInfo, 'plan-editor-measures');
    await page.getByRole('button', { name: '施策を追加する' }).click();
    const measureForm = page.getByRole('form', { name: '施策を追加する' });
    await measureForm.getByRole('button', { name: 'この施策を追加する' }).click();
    await expect(measureForm.getByLabel(/^施策名/)).toHaveAccessibleDescription('施策名を入力してください。');
    await measureForm.getByLabel(/^施策名/).fill(measureTitle);
    await measureForm.getByLabel(/^担当課/).fill('デジタル行政推進課');
    await measureForm.getByLabel(/^掲載する項目/).selectOption({ label: `${'　'.repeat(3)}${nodeTitle}` });
    await measureForm.getByRole('button', { name: 'この施策を追加する' }).click();
    await expect(page.getByRole('status').filter({ hasText: `施策「${measureTitle}」を追加しました。` })).toBeVisible();
    const section = page.getByRole('region', { name: '2 共創のための環境整備' });
    const measure = section.getByRole('article', { name: measureTitle });
    await expect(measure).toContainText('デジタル行政推進課');
    await expect(measure).toContainText(nodeTitle);

    await measure.getByRole('button', { name: `「${measureTitle}」に指標を追加する` }).click();
    const kpiForm = measure.getByRole('form', { name: `「${measureTitle}」に指標を追加する` });
    await kpiForm.getByLabel(/^指標名/).fill(kpiName);
    await kpiForm.getByLabel(/^単位/).fill('件');
    await kpiForm.getByLabel(/^基準値/).fill('100');
    await kpiForm.getByRole('button', { name: 'この指標を追加する' }).click();
    await expect(kpiForm.getByLabel(/^基準年度/)).toHaveAccessibleDescription('基準値と基準年度は両方とも入力するか、両方とも空けてください。');
    await kpiForm.getByLabel(/^基準年度/).selectOption({ label: '令和7年度（2025年度）' });
    await kpiForm.getByLabel(/^目標値/).fill('５００');
    await kpiForm.getByLabel(/^目標年度/).selectOption({ label: '令和11年度（2029年度）' });
    await kpiForm.getByRole('button', { name: 'この指標を追加する' }).click();
    const kpi = measure.getByRole('region', { name: kpiName });
    await expect(kpi).toContainText('100 件（令和7年度（2025年度））');
    await expect(kpi).toContainText('500 件（令和11年度（2029年度））');

    await kpi.getByRole('button', { name: `「${kpiName}」の実績を記録する` }).click();
    const progress = kpi.getByRole('form', { name: `「${kpiName}」の実績を記録する` });
    await expect(progress.getByLabel(/^年度/)).toHaveValue('2026');
    await progress.getByLabel(/^実績値/).fill('250');
    await progress.getByLabel(/^備考/).fill('試行として一部の手続で実施');
    await progress.getByRole('button', { name: '実績を保存する' }).click();
    await expect(measure.getByRole('status')).toHaveText(`「${kpiName}」令和8年度（2026年度）の実績を保存しました。`);
    const year = kpi.getByRole('listitem').filter({ hasText: '令和8年度（2026年度）' });
    await expect(year).toContainText('実績: 250 件');
    await expect(year).toContainText('順調');
    await checkPage(page, testInfo, 'plan-editor-measure-kpi');

    // Publish the draft.
    await page.goto(`/admin/plans/${PLAN}/versions/${code}`);
    await page.getByRole('button', { name: `「${label}」を公開する` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/plans/${PLAN}$`));
    await expect(page.getByRole('status').filter({ hasText: `「${label}」を公開しました。` })).toBeVisible();
    const history = page.getByRole('region', { name: '変更の履歴' });
    await expect(history.getByRole('listitem').filter({ hasText: `項目を移動: ${nodeTitle}` }).first()).toContainText(username);
    await expect(history.getByRole('listitem').filter({ hasText: `項目を編集: ${nodeTitle}` }).first()).toContainText('変更した項目：本文');
    await checkPage(page, testInfo, 'plan-editor-history');

    // What residents read now: the published version with the new node, and the measure under its section.
    await page.goto('/plan');
    await expect(page.getByText(label)).toBeVisible();
    await expect(page.getByRole('region', { name: /取組の方向性/ })).toContainText(nodeTitle);
    await expect(page.getByRole('region', { name: /取組の方向性/ })).not.toContainText(otherTitle);
    await page.goto(`/plan/measures?plan=${PLAN}`);
    const publicMeasure = page.getByRole('region', { name: /共創のための環境整備/ }).getByRole('article', { name: measureTitle });
    await expect(publicMeasure.getByRole('table', { name: '年度ごとの実績' }).getByRole('row', { name: /令和8年度（2026年度）/ })).toContainText('250 件');

    // The measure is removed again, after a question that says what goes with it.
    await page.goto(`/admin/plans/${PLAN}/measures`);
    const own = page.getByRole('article', { name: measureTitle });
    await own.getByRole('button', { name: `施策「${measureTitle}」を削除` }).click();
    await expect(own.getByRole('region', { name: `施策「${measureTitle}」を削除しますか。` })).toContainText('この施策の指標 1 件と、その年度ごとの実績も一緒に削除されます。');
    await own.getByRole('button', { name: '削除する', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `施策「${measureTitle}」を削除しました。` })).toBeVisible();
    await expect(page.getByRole('article', { name: measureTitle })).toHaveCount(0);
  } finally {
    const left = await (await request.get(`/api/v1/measures?plan=${PLAN}`)).json();
    for (const m of left.filter((x: { title?: string }) => x.title === measureTitle)) {
      await request.delete(`/api/v1/measures/${m.id}`, { headers: auth });
    }
    // Published (a draft is not public): put back what residents read before.
    if ((await request.get(TREE(code))).status() === 200) await republish(request, auth, before, `e2e-restore-${stamp}`);
  }
  const now = (await (await request.get(TREE('latest'))).json()).version;
  expect({ label: now.label, dated: now.dated }).toEqual({ label: before.label, dated: before.dated });
});
