import { screen, within } from '@testing-library/react';
import type { ScheduleEntry, ScheduleInput } from '@/features/meeting-records/api/schedule';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { planEditor, problem, secretary, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const fy2025 = { year: 2025, label: '令和7年度' };
const council4: ScheduleEntry = {
  id: 3, fiscalYear: fy2025, kind: 'council-meeting', title: 'DX会議④', planned: { date: '2026-01-01', precision: 'month', label: '令和8年1月' },
  plannedNote: '1月', status: 'planned', optional: false, meeting: { id: 4, title: '令和7年度 第4回 金沢市DX会議' }, order: 7, lockVersion: 0,
};
const proposal: ScheduleEntry = {
  id: 6, fiscalYear: fy2025, kind: 'proposal', title: '委員提言', planned: { date: '2025-06-01', precision: 'month', label: '令和7年6月' },
  plannedNote: '6月中', status: 'planned', optional: true, order: 2, lockVersion: 1,
};
const nextYear: ScheduleEntry = {
  id: 9, fiscalYear: { year: 2026, label: '令和8年度' }, kind: 'council-meeting', title: 'DX会議①', status: 'planned', optional: false, order: 1, lockVersion: 0,
};
const meetings2025 = { items: [{ id: 4, title: '令和7年度 第4回 金沢市DX会議', fiscalYear: fy2025 }], total: 1, page: 0, size: 100 };

describe('the secretary’s annual schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('lists the newest 年度 first in planned order, and adds a step planned to the month as that month', async () => {
    const posts: ScheduleInput[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/schedule': [council4, proposal, nextYear],
      'GET /api/v1/organizations': [{ key: 'dx-council', name: '金沢市DX会議' }],
      'GET /api/v1/meetings': meetings2025,
      'POST /api/v1/schedule': async (r: Request) => {
        posts.push((await r.json()) as ScheduleInput);
        return Response.json({ ...proposal, id: 10 }, { status: 201 });
      },
    });
    // In 令和7年度 the page offers it and the next; 令和8年度 is on record too.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-15T10:00:00+09:00'));
    const { user } = renderRoute('/admin/schedule');
    const fy2025Section = await screen.findByRole('region', { name: '令和7年度（2025年度）' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['令和8年度（2026年度）', '令和7年度（2025年度）']);
    expect(within(fy2025Section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      expect.stringContaining('2. 委員提言'), expect.stringContaining('7. DX会議④'),
    ]);
    expect(within(fy2025Section).getByText((_, el) => el?.tagName === 'DD' && el.textContent === '令和8年1月（1月）')).toBeInTheDocument();
    expect(within(fy2025Section).getByRole('link', { name: '令和7年度 第4回 金沢市DX会議' })).toHaveAttribute('href', '/admin/meetings/4');

    await user.click(within(fy2025Section).getByRole('button', { name: '令和7年度に予定を追加する' }));
    expect(screen.getByLabelText(/^年度/)).toHaveValue('2025');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByLabelText(/^名称/)).toHaveAccessibleDescription(expect.stringContaining('名称を入力してください。'));
    expect(posts).toEqual([]);

    await user.selectOptions(screen.getByLabelText(/^種別/), 'proposal');
    await user.type(screen.getByLabelText(/^名称/), '委員提言（追加）');
    await user.selectOptions(screen.getByLabelText('予定の決まり方'), 'month');
    const month = screen.getByLabelText('予定月');
    await user.type(month, '2025-07');
    expect(screen.getByText(/令和7年7月（2025年7月）/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('実施'), 'true');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('保存しました。公開ページにも反映されています。')).toBeInTheDocument();
    expect(posts).toEqual([expect.objectContaining({
      fiscalYear: 2025, kind: 'proposal', title: '委員提言（追加）', plannedOn: '2025-07-01', plannedPrecision: 'month', optional: true,
    })]);
    expect(posts[0].actualOn).toBeUndefined();
  });

  it('keeps a meeting step’s date the meeting’s own, and refuses a planned day outside the 年度', async () => {
    const puts: ScheduleInput[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/schedule': [council4],
      'GET /api/v1/organizations': [],
      'GET /api/v1/meetings': meetings2025,
      'PUT /api/v1/schedule/3': async (r: Request) => {
        puts.push((await r.json()) as ScheduleInput);
        return Response.json(council4);
      },
    });
    const { user } = renderRoute('/admin/schedule?steps-2025=3');
    await screen.findByRole('option', { name: '令和7年度 第4回 金沢市DX会議' });
    expect(screen.getByLabelText('会議')).toHaveValue('4');
    expect(screen.queryByLabelText('実施日')).toBeNull();
    expect(screen.getByLabelText('予定月')).toHaveValue('2026-01');

    await user.selectOptions(screen.getByLabelText('予定の決まり方'), 'day');
    const day = screen.getByLabelText('予定日');
    expect(day).toHaveValue('2026-01-01');
    await user.clear(day);
    await user.type(day, '2026-04-15');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    await screen.findByRole('alert');
    expect(day).toHaveAccessibleDescription(expect.stringContaining('選んだ年度（4月〜翌年3月）の日付を入力してください。'));
    expect(puts).toEqual([]);

    await user.clear(day);
    await user.type(day, '2026-01-21');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('保存しました。公開ページにも反映されています。')).toBeInTheDocument();
    expect(puts).toEqual([expect.objectContaining({ plannedOn: '2026-01-21', plannedPrecision: 'day', meetingId: 4, lockVersion: 0 })]);
    expect(puts[0].actualOn).toBeUndefined();
  });

  it('asks before removing a step, and shows the service’s words when it refuses', async () => {
    let removals = 0;
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/schedule': [proposal],
      'DELETE /api/v1/schedule/6': () => {
        removals += 1;
        return removals === 1 ? problem(404, { detail: '予定 6 は存在しません。 / No schedule entry 6.' }) : new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute('/admin/schedule');
    await user.click(await screen.findByRole('button', { name: '「令和7年度 委員提言」を削除' }));
    const question = screen.getByRole('region', { name: '「令和7年度 委員提言」を削除しますか。' });
    expect(removals).toBe(0);
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    expect(await within(question).findByRole('alert')).toHaveTextContent('予定 6 は存在しません。');
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('「令和7年度 委員提言」を削除しました。')).toBeInTheDocument();
    expect(removals).toBe(2);
  });

  it('offers this 年度 and the next even before they have steps', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-01T09:00:00+09:00'));
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/schedule': [proposal],
    });
    renderRoute('/admin/schedule');
    const next = await screen.findByRole('region', { name: '令和10年度（2028年度）' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent))
      .toEqual(['令和10年度（2028年度）', '令和9年度（2027年度）', '令和7年度（2025年度）']);
    expect(within(next).getByText('まだ登録はありません。')).toBeInTheDocument();
    expect(within(next).getByRole('button', { name: '令和10年度に予定を追加する' })).toBeInTheDocument();
  });

  it('is not offered to another role', async () => {
    stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(planEditor)) });
    renderRoute('/admin/schedule');
    expect(await screen.findByRole('heading', { level: 1, name: 'この画面を使う権限がありません' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '年間スケジュール' })).toBeNull();
  });
});
