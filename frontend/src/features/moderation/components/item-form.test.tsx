import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { moderator, problem, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';
import { consultation } from '@/testing/staff-fixtures';
import type { OpinionItem } from '../api/moderation';

const BASE = '/api/v1/consultations/dx-action-plan-2-outline';
const PATH = '/admin/consultations/dx-action-plan-2-outline/moderation/submissions/PC-0001';
const submission = { receipt: 'PC-0001', receivedAt: '2025-11-20T10:30:00+09:00', channel: { code: 'post', label: '郵送' }, text: '行動指針について。連絡は 076-220-2111 まで。', sections: ['guidelines'] };

/** The counts as comment-service makes them from the one submission and its items. */
const progressOf = (items: OpinionItem[]) => Response.json({
  submissions: 1, unsplit: items.length ? 0 : 1, unanswered: items.filter((i) => !i.hidden && (!i.answer || !i.category)).length,
});

describe('splitting a submission into items and answering them', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('shows the service’s redaction proposal when it refuses a text, and saves the accepted one', async () => {
    let items: OpinionItem[] = [];
    const bodies: Record<string, unknown>[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      [`GET ${BASE}`]: consultation,
      [`GET ${BASE}/submissions/PC-0001`]: submission,
      [`GET ${BASE}/submissions/progress`]: () => progressOf(items),
      [`GET ${BASE}/items`]: () => Response.json(items),
      [`POST ${BASE}/items`]: async (r: Request) => {
        const body = await r.json();
        bodies.push(body);
        if (String(body.summary).includes('076')) {
          return problem(400, { errors: [{ field: 'summary', message: 'summary: 意見の要旨に個人情報と思われる記載(電話番号)があります。 / it seems to contain personal information (phone), see the proposal. 修正案: 連絡は[電話番号]まで。' }] });
        }
        const created = { id: 7, receipt: 'PC-0001', summary: body.summary, section: body.section, hidden: false, version: 0 };
        items = [created];
        return Response.json(created, { status: 201 });
      },
    });
    const { user } = renderRoute(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: '提出意見 PC-0001' })).toBeVisible();
    const form = await screen.findByRole('form', { name: '意見の要旨を追加' });
    expect(within(screen.getByTestId('progress-unsplit')).getByText('1件')).toBeVisible();

    await user.type(within(form).getByLabelText(/^意見の要旨/), '連絡は076-220-2111まで。');
    await user.selectOptions(within(form).getByLabelText('対応する項目'), 'guidelines');
    await user.click(within(form).getByRole('button', { name: '要旨を追加する' }));

    expect(await within(form).findByText('連絡は[電話番号]まで。')).toBeVisible();
    const summary = within(form).getByLabelText(/^意見の要旨/);
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    expect(summary).toHaveAccessibleDescription(/個人情報と思われる記載\(電話番号\)があります。$/);

    await user.click(within(form).getByRole('button', { name: '修正案を採用する' }));
    expect(summary).toHaveValue('連絡は[電話番号]まで。');
    await user.click(within(form).getByRole('button', { name: '要旨を追加する' }));

    expect(await screen.findByRole('form', { name: '意見の要旨 7' })).toBeVisible();
    expect(bodies[1]).toMatchObject({ receipt: 'PC-0001', summary: '連絡は[電話番号]まで。', section: 'guidelines', hidden: false });
    expect(within(screen.getByTestId('progress-unanswered')).getByText('1件')).toBeVisible();
  });

  it('saves the answer and its category with the version read, and the unanswered count drops', async () => {
    let items: OpinionItem[] = [{ id: 7, receipt: 'PC-0001', summary: '行動指針に共創を。', section: 'guidelines', hidden: false, version: 3 }];
    const bodies: Record<string, unknown>[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      [`GET ${BASE}`]: consultation,
      [`GET ${BASE}/submissions/PC-0001`]: submission,
      [`GET ${BASE}/submissions/progress`]: () => progressOf(items),
      [`GET ${BASE}/items`]: () => Response.json(items),
      [`PUT ${BASE}/items/7`]: async (r: Request) => {
        const body = await r.json();
        bodies.push(body);
        items = [{ ...items[0], ...body, version: 4 }];
        return Response.json(items[0]);
      },
    });
    const { user } = renderRoute(PATH);
    const form = await screen.findByRole('form', { name: '意見の要旨 7' });
    expect(within(screen.getByTestId('progress-unanswered')).getByText('1件')).toBeVisible();
    await user.type(within(form).getByLabelText('本市の考え方'), '取組の方向性に反映しました。');
    await user.selectOptions(within(form).getByLabelText('区分'), 'reflected');
    await user.click(within(form).getByRole('button', { name: '保存する' }));

    expect(await screen.findByText('0件', { selector: '[data-testid="progress-unanswered"]' })).toBeVisible();
    expect(bodies[0]).toMatchObject({ summary: '行動指針に共創を。', answer: '取組の方向性に反映しました。', category: 'reflected', version: 3 });
  });

  it('explains a 409 with the service’s message', async () => {
    const items: OpinionItem[] = [{ id: 7, receipt: 'PC-0001', summary: '行動指針に共創を。', hidden: false, version: 3 }];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      [`GET ${BASE}`]: consultation,
      [`GET ${BASE}/submissions/PC-0001`]: submission,
      [`GET ${BASE}/submissions/progress`]: () => progressOf(items),
      [`GET ${BASE}/items`]: () => Response.json(items),
      [`PUT ${BASE}/items/7`]: () => problem(409, { detail: 'この意見の要旨は他の職員が先に更新しました。' }),
    });
    const { user } = renderRoute(PATH);
    const form = await screen.findByRole('form', { name: '意見の要旨 7' });
    await user.click(within(form).getByRole('button', { name: '保存する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('この意見の要旨は他の職員が先に更新しました。');
  });
});
