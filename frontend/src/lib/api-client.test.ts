import { adminUser, problem, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { api, ApiError, inLanguage, staffApi, unwrap } from './api-client';
import * as session from './session';

const auth = (r: Request) => r.headers.get('Authorization');
const path = (r: Request) => `${r.method} ${new URL(r.url).pathname}`;

describe('API client', () => {
  beforeEach(() => session.resetSession());

  it('sends the bearer token with writes to the services, not with public reads', async () => {
    const token = tokenFor(adminUser);
    session.signedIn(token);
    const calls = stubApi({ 'GET /api/v1/plans': [], 'POST /auth/users': () => Response.json(adminUser, { status: 201 }) });
    await api.GET('/api/v1/plans');
    await api.POST('/auth/users', { body: { username: 'kaga', displayName: '加賀', roles: ['plan-editor'], password: 'x'.repeat(12) } });
    expect(auth(calls[0])).toBeNull();
    expect(auth(calls[1])).toBe(`Bearer ${token.accessToken}`);
  });

  it("sends the token with the staff console's reads too", async () => {
    const token = tokenFor(adminUser);
    session.signedIn(token);
    const calls = stubApi({ 'GET /api/v1/plans': [] });
    await staffApi.GET('/api/v1/plans');
    expect(auth(calls[0])).toBe(`Bearer ${token.accessToken}`);
  });

  it('never sends a token to sign in', async () => {
    session.signedIn(tokenFor(adminUser));
    const calls = stubApi({ 'POST /auth/login': () => Response.json(tokenFor(adminUser)) });
    await api.POST('/auth/login', { body: { username: 'admin', password: 'secret' } });
    expect(auth(calls[0])).toBeNull();
  });

  it('after a 401 renews the token once and sends the same request again', async () => {
    session.signedIn(tokenFor(adminUser));
    const renewed = tokenFor(adminUser);
    const bodies: string[] = [];
    const calls = stubApi({
      'POST /auth/refresh': () => Response.json(renewed),
      'PATCH /auth/users/kaga': async (r: Request) => {
        bodies.push(await r.text());
        return auth(r) === `Bearer ${renewed.accessToken}` ? Response.json(adminUser) : problem(401);
      },
    });
    const result = await api.PATCH('/auth/users/{username}', { params: { path: { username: 'kaga' } }, body: { roles: ['admin'] } });
    expect(result.response.status).toBe(200);
    expect(calls.map(path)).toEqual(['PATCH /auth/users/kaga', 'POST /auth/refresh', 'PATCH /auth/users/kaga']);
    expect(bodies).toEqual([JSON.stringify({ roles: ['admin'] }), JSON.stringify({ roles: ['admin'] })]);
  });

  it('marks the session expired when the token cannot be renewed', async () => {
    session.signedIn(tokenFor(adminUser));
    stubApi({ 'POST /auth/refresh': () => problem(401), 'GET /auth/users': () => problem(401) });
    const result = await api.GET('/auth/users');
    expect(result.response.status).toBe(401);
    expect(session.getSession()).toMatchObject({ status: 'signed-out', reason: 'expired' });
  });

  it('carries Retry-After on the error', async () => {
    stubApi({ 'POST /auth/login': () => problem(429, { detail: 'locked' }, { 'Retry-After': '120' }) });
    const error = await Promise.resolve()
      .then(async () => unwrap(await api.POST('/auth/login', { body: { username: 'a', password: 'b' } })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, retryAfter: 120 });
  });

  it("picks the reader's half of a bilingual server message", () => {
    const message = 'ユーザー名を入力してください。 / Enter a username.';
    expect(inLanguage(message, 'ja')).toBe('ユーザー名を入力してください。');
    expect(inLanguage(message, 'en')).toBe('Enter a username.');
    expect(inLanguage('日本語だけ', 'en')).toBe('日本語だけ');
  });
});
