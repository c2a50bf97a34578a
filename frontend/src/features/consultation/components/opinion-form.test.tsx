import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { OpinionForm, type Receipt } from './opinion-form';

const sections = [
  { value: 'basic-philosophy', label: '2.1 基本理念' },
  { value: 'guidelines', label: '2.2 行動指針' },
];
const eligibilities = [
  { value: 'resident', label: '市内に住所を有する方' },
  { value: 'worker', label: '市内に勤務する方' },
];
const KEY = 'kyoso.opinion-draft.test';

function setup(send: (d: unknown) => Promise<Receipt> = async () => ({ receiptNumber: 'PC-2025-0001', checkCode: 'K7Q2' })) {
  const onSent = vi.fn();
  const sendMock = vi.fn(send);
  const view = render(<OpinionForm storageKey={KEY} sections={sections} eligibilities={eligibilities} send={sendMock} onSent={onSent} />);
  return { onSent, send: sendMock, user: userEvent.setup(), ...view };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^氏名/), '金沢 太郎');
  await user.type(screen.getByLabelText(/^住所/), '金沢市広坂1-1-1');
  await user.selectOptions(screen.getByLabelText(/^意見を出せる方の区分/), 'resident');
  await user.selectOptions(screen.getByLabelText('対象の項目'), 'guidelines');
  await user.type(screen.getByLabelText(/^意見の内容/), '行動指針に「共創」を加えてください。');
  await user.click(screen.getByLabelText('上記に同意します'));
}

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

  it('keeps what was typed across a reload until it is sent', async () => {
    const first = setup();
    await fillIn(first.user);
    first.unmount();

    const second = setup();
    expect(screen.getByLabelText(/^氏名/)).toHaveValue('金沢 太郎');
    expect(screen.getByLabelText(/^意見の内容/)).toHaveValue('行動指針に「共創」を加えてください。');
    expect(screen.getByLabelText('対象の項目')).toHaveValue('guidelines');
    expect(screen.getByText(/前回の入力内容を復元しました/)).toBeInTheDocument();

    await second.user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    expect(await screen.findByRole('heading', { name: '入力内容の確認' })).toBeInTheDocument();
    expect(screen.getByText(/意見1: 2.2 行動指針/)).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'この内容で送信する' }));
    expect(second.onSent).toHaveBeenCalledWith({ receiptNumber: 'PC-2025-0001', checkCode: 'K7Q2' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the draft and says so in plain words when the network fails', async () => {
    const { user, onSent } = setup(async () => { throw new TypeError('Failed to fetch'); });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    await user.click(await screen.findByRole('button', { name: 'この内容で送信する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('通信できなかったため送信できませんでした。');
    expect(alert).toHaveTextContent('この端末に保存されています');
    expect(onSent).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(KEY)!).value.name).toBe('金沢 太郎');
  });

  it("puts the server's field errors next to the fields", async () => {
    const { user } = setup(async () => {
      throw new ApiError(400, { status: 400, errors: [{ field: 'items[0].text', message: '個人を特定できる情報は書かないでください。' }, { field: 'period', message: '意見募集期間外です。' }] });
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    await user.click(await screen.findByRole('button', { name: 'この内容で送信する' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('意見1の内容: 個人を特定できる情報は書かないでください。');
    expect(summary).toHaveTextContent('意見募集期間外です。');
    expect(screen.getByLabelText(/^意見の内容/)).toHaveAccessibleDescription(/個人を特定できる情報は書かないでください。/);
  });

  it('takes several opinions, each on its own section', async () => {
    const { user, send } = setup();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '意見をもう一つ追加する' }));
    const texts = screen.getAllByLabelText(/^意見の内容/);
    await user.type(texts[1], '全般的に賛成です。');
    await user.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    await user.click(await screen.findByRole('button', { name: 'この内容で送信する' }));
    const sent = send.mock.calls[0][0] as { items: { sectionKey: string; text: string }[] };
    expect(sent.items.map((i) => [i.sectionKey, i.text])).toEqual([
      ['guidelines', '行動指針に「共創」を加えてください。'],
      ['', '全般的に賛成です。'],
    ]);
  });
});
