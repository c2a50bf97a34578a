import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test.describe.configure({ timeout: 90_000 });

test('the council page lists the six members in 五十音順 and the headquarters by post', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'DX会議' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金沢市DX会議');
  const members = page.getByRole('region', { name: '委員（敬称略・五十音順）' });
  await expect(members.getByRole('rowheader')).toHaveCount(6);
  // The name without its reading: the ruby's own text before <rt>.
  const names = await members.getByRole('rowheader').locator('ruby').evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
  expect(names).toEqual(['稲継 裕昭', '浦田 真由', '大島 葉子', '中沢 実', '福島 健一郎', '宮内 康範']);
  await expect(members).toContainText('一般社団法人 コード・フォー・カナザワ 代表理事');
  const hq = page.getByRole('region', { name: '金沢市DX推進本部の構成' });
  await expect(hq).toContainText('本部長');
  await expect(hq).toContainText('市長');
  await expect(hq).toContainText('公立大学法人金沢美術工芸大学事務局長');
  await checkPage(page, testInfo, 'council');

  // In English the page says so in its lang; the names stay Japanese, marked as such.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kanazawa City DX Council');
  await expect(page.getByRole('region', { name: /^Members/ }).locator('th[lang="ja"]')).toHaveCount(6);
  await checkPage(page, testInfo, 'council-en');
});

test('meetings by fiscal year lead to the third meeting with its agenda, documents and links', async ({ page }, testInfo) => {
  await page.goto('/council/meetings');
  const fy = page.getByRole('region', { name: '令和7年度（2025年度）' });
  await expect(fy.getByRole('listitem')).toHaveCount(5);
  await checkPage(page, testInfo, 'council-meetings');
  await fy.getByRole('link', { name: '令和7年度 第3回 金沢市DX会議' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('令和7年度 第3回 金沢市DX会議');
  await expect(page.getByText('令和7年10月29日(水)（2025年10月29日）').first()).toBeVisible();
  const agenda = page.getByRole('region', { name: '次第' });
  await expect(agenda).toContainText('DXアドバイザーの選任について');
  await expect(agenda).toContainText('パブリックコメント手続');
  await expect(page.getByRole('region', { name: '資料' })).toContainText('委員名簿');
  await checkPage(page, testInfo, 'council-meeting');
  await agenda.getByRole('link', { name: '令和7年度 金沢市DX推進本部' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('令和7年度 金沢市DX推進本部');
});

test('the schedule shows planned and actual dates; the people page shows advisors, cohorts with their chart, and teams', async ({ page }, testInfo) => {
  await page.goto('/council/schedule');
  const year = page.getByRole('region', { name: '令和7年度（2025年度）' });
  await expect(year).toContainText('DX会議③');
  await expect(year).toContainText('委員提言');
  await expect(year.getByText('実績')).toHaveCount(4);
  await checkPage(page, testInfo, 'council-schedule');

  await page.goto('/council/people');
  const advisors = page.getByRole('region', { name: 'DXアドバイザー' });
  await expect(advisors).toContainText('8名');
  await expect(advisors).toContainText('農業委員会事務局');
  const leaders = page.getByRole('region', { name: 'デジタル行政推進リーダー育成研修' });
  await expect(leaders.getByRole('figure', { name: '育成したリーダーの累計人数' })).toContainText('100名');
  await expect(leaders.locator('.recharts-surface').first()).toBeVisible();
  await expect(leaders).toContainText('金沢市保育所さがしワンストップアプリ事業');
  const teams = page.getByRole('region', { name: '庁内DXプロジェクトチーム' });
  await expect(teams).toContainText('公共建築物の改修・更新費用推計');
  await expect(teams).toContainText('10名');
  await checkPage(page, testInfo, 'council-people');
});
