import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';

// The stack's first admin: its generated password is in the stack's state folder (never in code).
const STATE_DIR = process.env.KYOSO_STATE_DIR ?? resolve(process.cwd(), '../.kyoso/dev');
export const adminPassword = () => readFileSync(resolve(STATE_DIR, 'initial-admin-password'), 'utf8').trim();

/**
 * An access token through the API. The gateway allows 10 sign-ins a minute per client and every
 * spec signs in, so a rate-limit answer is waited out for as long as its Retry-After asks.
 */
export async function tokenOf(request: APIRequestContext, username: string, password: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const login = await request.post('/auth/login', { data: { username, password } });
    if (login.status() === 200) return (await login.json()).accessToken as string;
    expect(login.status(), await login.text()).toBe(429);
    await new Promise((r) => setTimeout(r, 1000 * Math.min(60, Number(login.headers()['retry-after'] ?? 15))));
  }
  throw new Error('sign-in stayed rate-limited');
}

let adminBearer: { value: string; at: number } | undefined;

/**
 * The first admin's Authorization header. Signed in again after two minutes, well inside an access
 * token's life, so a long run neither outlives its token nor spends the sign-in rate limit.
 */
export async function adminAuth(request: APIRequestContext): Promise<{ Authorization: string }> {
  if (!adminBearer || Date.now() - adminBearer.at > 120_000) {
    adminBearer = { value: `Bearer ${await tokenOf(request, 'admin', adminPassword())}`, at: Date.now() };
  }
  return { Authorization: adminBearer.value };
}

/**
 * A staff account of its own for one test, made by the admin through the gateway's API (the console's
 * user pages are tested in admin.spec). Names carry the project, so desktop and 360 px never collide.
 */
export async function createStaff(request: APIRequestContext, testInfo: TestInfo, role: string, displayName: string) {
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const username = `e2e-${role.split('-').map((w) => w[0]).join('')}-${stamp}`;
  const password = `kanazawa-${stamp}-autumn`;
  const created = await request.post('/auth/users', {
    headers: await adminAuth(request),
    data: { username, displayName, roles: [role], password },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { username, password };
}

/** Fills the console's sign-in form once. */
export async function fillSignIn(page: Page, username: string, password: string) {
  await page.getByLabel(/^ユーザー名/).fill(username);
  await page.getByLabel(/^パスワード必須$/).fill(password);
  await page.getByRole('button', { name: 'サインインする' }).click();
}

export const staffMenu = (page: Page) => page.getByRole('navigation', { name: '職員用メニュー' });

/**
 * Signs in through the console's form and waits for the console. A rate-limit answer is waited out:
 * refusing is the gateway's job; the console's job, tested here, is to say so and work again afterwards.
 */
export async function signIn(page: Page, username: string, password: string) {
  const limited = page.getByRole('alert').filter({ hasText: 'しばらくサインインできません' });
  for (let attempt = 0; attempt < 5; attempt++) {
    await fillSignIn(page, username, password);
    await expect(staffMenu(page).or(limited)).toBeVisible();
    if (await staffMenu(page).isVisible()) return;
    await page.waitForTimeout(15_000);
    // A sign-in sent before the refusal may have gone through meanwhile: then there is no form to fill.
    if (await staffMenu(page).isVisible()) return;
  }
  throw new Error('sign-in stayed rate-limited');
}
