import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { SignInForm } from './sign-in-form';

function setup(signIn: (u: string, p: string) => Promise<void> = async () => undefined) {
  const spy = vi.fn(signIn);
  render(<SignInForm signIn={spy} />);
  return { signIn: spy, user: userEvent.setup() };
}

describe('sign-in form', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });

  it('says beside each empty field what is missing, and sends nothing', async () => {
    const { user, signIn } = setup();
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2件の入力内容を確認してください');
    expect(screen.getByLabelText(/^ユーザー名/)).toHaveAccessibleDescription('ユーザー名を入力してください。');
    expect(screen.getByLabelText(/^パスワード必須$/)).toHaveAttribute('aria-invalid', 'true');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in with what was typed', async () => {
    const { user, signIn } = setup();
    await user.type(screen.getByLabelText(/^ユーザー名/), ' admin ');
    await user.type(screen.getByLabelText(/^パスワード必須$/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    expect(signIn).toHaveBeenCalledWith('admin', 'correct horse battery');
  });

  it('on wrong credentials says so beside the password and empties it', async () => {
    const { user } = setup(async () => { throw new ApiError(401, { status: 401 }); });
    await user.type(screen.getByLabelText(/^ユーザー名/), 'admin');
    await user.type(screen.getByLabelText(/^パスワード必須$/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    const password = screen.getByLabelText(/^パスワード必須$/);
    expect(await screen.findByRole('alert')).toHaveTextContent('ユーザー名またはパスワードが正しくありません。');
    expect(password).toHaveAccessibleDescription('ユーザー名またはパスワードが正しくありません。');
    expect(password).toHaveValue('');
  });

  it('on a lockout says how long to wait', async () => {
    const { user } = setup(async () => { throw new ApiError(429, { status: 429 }, 300); });
    await user.type(screen.getByLabelText(/^ユーザー名/), 'admin');
    await user.type(screen.getByLabelText(/^パスワード必須$/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'サインインする' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('約5分後にもう一度お試しください。');
  });

  it('in English shows the English half of a server message', async () => {
    await i18n.changeLanguage('en');
    const { user } = setup(async () => {
      throw new ApiError(400, { status: 400, errors: [{ field: 'username', message: 'ユーザー名を入力してください。 / Enter the username.' }] });
    });
    await user.type(screen.getByLabelText(/^Username/), 'x');
    await user.type(screen.getByLabelText(/^Password/), 'y');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Username: Enter the username.');
  });
});
