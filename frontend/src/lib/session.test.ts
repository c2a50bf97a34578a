import { adminUser, problem, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import * as session from './session';

describe('staff session', () => {
  beforeEach(() => session.resetSession());
  afterEach(() => {
    vi.useRealTimers();
    session.resetSession();
  });

  it('comes back from the refresh cookie after a reload, keeping the token in memory only', async () => {
    stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(adminUser)) });
    const state = await session.restore();
    expect(state).toMatchObject({ status: 'signed-in', user: { username: 'admin' } });
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('token-');
  });

  it('without a session cookie is simply signed out, not "expired"', async () => {
    stubApi({ 'POST /auth/refresh': () => problem(401) });
    expect(await session.restore()).toMatchObject({ status: 'signed-out', reason: 'none' });
  });

  it('never sends two refreshes at once (the cookie is single-use)', async () => {
    const calls = stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(adminUser)) });
    const [a, b, c] = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(calls).toHaveLength(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('renews the token a minute before it expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const calls = stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(adminUser)) });
    session.signedIn(tokenFor(adminUser));
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000 + 1000);
    expect(calls.map((r) => new URL(r.url).pathname)).toEqual(['/auth/refresh']);
    expect(session.getSession()).toMatchObject({ status: 'signed-in', token: expect.stringMatching(/^token-admin-/) });
  });

  it('stays signed in through a network error while refreshing', async () => {
    session.signedIn(tokenFor(adminUser));
    stubApi({ 'POST /auth/refresh': () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(session.refresh()).rejects.toThrow();
    expect(session.getSession().status).toBe('signed-in');
  });

  it('marks a session that ended on the server as expired and remembers who it was', async () => {
    session.signedIn(tokenFor(adminUser));
    stubApi({ 'POST /auth/refresh': () => problem(401) });
    expect(await session.refresh()).toEqual({ status: 'signed-out', reason: 'expired', lastUser: 'admin' });
  });

  it('signs out on the gateway and forgets the token', async () => {
    session.signedIn(tokenFor(adminUser));
    const calls = stubApi({ 'POST /auth/logout': () => new Response(null, { status: 204 }) });
    await session.signOut();
    expect(calls.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /auth/logout']);
    expect(session.getSession()).toMatchObject({ status: 'signed-out', reason: 'signed-out' });
    expect(await session.accessToken()).toBeUndefined();
  });
});
