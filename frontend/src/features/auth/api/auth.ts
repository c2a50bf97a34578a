import { api, unwrap, unwrapAs } from '@/lib/api-client';
import { signedIn, type TokenResponse } from '@/lib/session';

/** POST /auth/login: on success the session holds the access token and the gateway set the refresh cookie. */
export async function login(username: string, password: string): Promise<TokenResponse> {
  const answer = unwrapAs<TokenResponse>(await api.POST('/auth/login', { body: { username, password } }));
  signedIn(answer);
  return answer;
}

/** POST /auth/password: the signed-in member changes their own password. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  unwrap(await api.POST('/auth/password', { body: { currentPassword, newPassword } }));
}
