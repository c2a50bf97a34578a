import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { moderator, problem, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';
import { consultation } from '@/testing/staff-fixtures';

const PATH = '/admin/consultations/dx-action-plan-2-outline/entries/new';
const ENTRIES = 'POST /api/v1/consultations/dx-action-plan-2-outline/submissions/staff-entries';

async function fillIn(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(await screen.findByRole('radio', { name: '郵送' }));
  await user.type(screen.getByLabelText(/^受け付けた日時/), '2025-11-20T10:30');
  await user.click(screen.getByRole('checkbox', { name: '2 スピード感' }));
  await user.type(screen.getByLabelText(/^意見の内容/), '手続の電子化を急いでください。');
  await user.type(screen.getByLabelText(/^氏名/), '金沢 一郎');
  await user.type(screen.getByLabelText(/^住所/), '金沢市広坂1-1-1');
  await user.selectOptions(screen.getByLabelText(/^区分必須/), 'resident');
}

describe('entering an opinion that came on paper', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('registers it with the draft’s Idempotency-Key and shows the receipt and check code', async () => {
    const sent: Request[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      'GET /api/v1/consultations/dx-action-plan-2-outline': consultation,
      [ENTRIES]: async (r: Request) => {
        sent.push(r.clone());
        return Response.json({ receipt: 'PC2025-0042', checkCode: 'K7Q2M9', receivedAt: '2025-11-20T10:30:00+09:00', channel: { code: 'post', label: '郵送' } }, { status: 201 });
      },
    });
    const { user } = renderRoute(PATH);
    expect(screen.queryByRole('radio', { name: 'ウェブフォーム' })).toBeNull();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '登録する' }));
    const receipt = await screen.findByRole('region', { name: '登録しました' });
    expect(receipt).toHaveTextContent('PC2025-0042');
    expect(receipt).toHaveTextContent('K7Q2M9');
    expect(sent[0].headers.get('Authorization')).toMatch(/^Bearer token-noto-/);
    expect(sent[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sent[0].json()).toMatchObject({
      channel: 'post', receivedAt: '2025-11-20T10:30:00+09:00',
      opinion: { text: '手続の電子化を急いでください。', sections: ['guideline-speed'], attribute: 'resident', contact: { name: '金沢 一郎', address: '金沢市広坂1-1-1' } },
    });
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('金沢 一郎');
  });

  it('puts the service’s field errors beside the fields', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      'GET /api/v1/consultations/dx-action-plan-2-outline': consultation,
      [ENTRIES]: () => problem(400, { errors: [{ field: 'opinion.contact.phone', message: '電話番号は数字とハイフンで20文字以内で入力してください / digits and hyphens, at most 20 characters' }] }),
    });
    const { user } = renderRoute(PATH);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '登録する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('電話番号: 電話番号は数字とハイフンで20文字以内で入力してください');
    expect(screen.getByRole('alert')).not.toHaveTextContent('digits and hyphens');
    expect(screen.getByLabelText(/^電話番号/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a 409 with the consultation’s state now', async () => {
    let status = consultation.status;
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(moderator)),
      'GET /api/v1/consultations/dx-action-plan-2-outline': () => Response.json({ ...consultation, status }),
      [ENTRIES]: () => {
        status = { code: 'answering', label: '回答作成中' };
        return problem(409, { detail: 'この意見募集は入力を受け付けていません。' });
      },
    });
    const { user } = renderRoute(PATH);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '登録する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('この意見募集は入力を受け付けていません。');
    expect(await within(alert).findByText('この意見募集の現在の状態：回答作成中')).toBeInTheDocument();
    expect(screen.getByLabelText(/^氏名/)).toHaveValue('金沢 一郎');
  });
});
