import '@/features/consultation/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import i18n from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import type { ConsultationDetail, SubmissionReceipt, SubmissionRequest } from '../api/consultations';
import { OpinionForm } from './opinion-form';

/** The seeded consultation as comment-service serves it, open. */
const consultation: ConsultationDetail = {
  id: 'dx-action-plan-2-outline',
  title: '「金沢市DXアクションプラン2.0」骨子案に対する意見募集',
  status: { code: 'open', label: '募集中' },
  accepting: true,
  rules: {
    maxTextLength: 4000, maxSections: 20, requiredFields: ['name', 'address', 'attribute'],
    attributes: [{ code: 'resident', label: '市内在住' }, { code: 'worker', label: '市内在勤' }],
    channels: [{ code: 'web', label: 'ウェブ' }],
  },
  outline: [
    { key: 'basic-philosophy', number: '2.1', title: '基本理念', children: [] },
    { key: 'guidelines', number: '2.2', title: '行動指針', children: [{ key: 'guideline-speed', number: '2', title: 'スピード感', children: [] }] },
  ],
};
const KEY = 'kyoso.opinion-draft.test';
const RECEIPT: SubmissionReceipt = { receipt: 'C-AB2CD-EF3GH', checkCode: 'K7Q2-M9XP', consultation: consultation.id };

function setup(send: (body: SubmissionRequest, key: string) => Promise<SubmissionReceipt> = async () => RECEIPT) {
  const onSent = vi.fn();
  const sendMock = vi.fn(send);
  const view = render(
    <MemoryRouter>
      <OpinionForm consultation={consultation} storageKey={KEY} initialSection="guidelines" send={sendMock} onSent={onSent} />
    </MemoryRouter>,
  );
  return { onSent, send: sendMock, user: userEvent.setup(), ...view };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^意見の内容/), '行動指針に「共創」を加えてください。');
  await user.selectOptions(screen.getByLabelText(/^意見を出せる方の区分/), 'resident');
  await user.type(screen.getByLabelText(/^氏名/), '金沢 太郎');
  await user.type(screen.getByLabelText(/^住所/), '金沢市広坂1-1-1');
  await user.click(screen.getByLabelText('上記に同意します'));
}

const toReviewAndSend = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
  await user.click(await screen.findByRole('button', { name: /この内容で送信する|もう一度送信する/ }));
};

describe('opinion form', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });

  it('names every missing field next to it and in a summary, and sends nothing', async () => {
    const { user, send } = setup();
    await user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('5件の入力内容を確認してください');
    expect(screen.getByLabelText(/^氏名/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^氏名/)).toHaveAccessibleDescription('氏名を入力してください。');
    expect(screen.getByLabelText(/^意見の内容/)).toHaveAccessibleDescription(/意見の内容を入力してください。/);
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps what was typed across a reload until it is sent, then sends it as the server expects', async () => {
    const first = setup();
    await fillIn(first.user);
    first.unmount();

    const second = setup();
    expect(screen.getByLabelText(/^氏名/)).toHaveValue('金沢 太郎');
    expect(screen.getByLabelText('2.2 行動指針')).toBeChecked();
    expect(screen.getByText(/前回の入力内容を復元しました/)).toBeInTheDocument();
    await second.user.click(screen.getByLabelText('2 スピード感'));

    await second.user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    expect(await screen.findByRole('heading', { name: '入力内容の確認' })).toBeInTheDocument();
    expect(screen.getByText('2.2 行動指針、2.2 行動指針 › 2 スピード感')).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'この内容で送信する' }));
    expect(second.send).toHaveBeenCalledWith({
      text: '行動指針に「共創」を加えてください。', sections: ['guidelines', 'guideline-speed'], attribute: 'resident',
      attributeDetail: undefined,
      contact: { name: '金沢 太郎', organization: undefined, address: '金沢市広坂1-1-1', email: undefined, phone: undefined },
    }, expect.any(String));
    expect(second.onSent).toHaveBeenCalledWith(RECEIPT);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('after a network error keeps the draft, and the retry carries the same Idempotency-Key', async () => {
    let calls = 0;
    const { user, send, onSent } = setup(async () => {
      if (calls++ === 0) throw new TypeError('Failed to fetch');
      return { ...RECEIPT, replayed: true };
    });
    await fillIn(user);
    await toReviewAndSend(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('通信できなかったため');
    expect(alert).toHaveTextContent('この端末に保存されています');
    expect(onSent).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(KEY)!).value.name).toBe('金沢 太郎');

    await user.click(screen.getByRole('button', { name: /もう一度送信する/ }));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1][1]).toBe(send.mock.calls[0][1]);
    expect(onSent).toHaveBeenCalled();
  });

  it("puts the server's field errors next to the fields, in plain words", async () => {
    const { user } = setup(async () => {
      throw new ApiError(400, {
        status: 400,
        errors: [
          { field: 'contact.address', message: "contact.address: 住所(法人・団体は所在地)を入力してください / enter your address (or your organisation's)" },
          { field: 'sections[0]', message: "sections[0]: 「x」はこの案件の項目にありません / 'x' is not a section of this consultation" },
          { field: 'period', message: '意見募集期間外です。' },
        ],
      });
    });
    await fillIn(user);
    await toReviewAndSend(user);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('住所（団体の場合は所在地）: 住所(法人・団体は所在地)を入力してください');
    expect(summary).not.toHaveTextContent('enter your address');
    expect(summary).toHaveTextContent('意見募集期間外です。');
    expect(screen.getByLabelText(/^住所/)).toHaveAccessibleDescription(/住所\(法人・団体は所在地\)を入力してください/);
  });
});
