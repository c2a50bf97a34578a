import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type APIRequestContext, expect } from '@playwright/test';

// The seeded consultation's period is over, so a test that sends an opinion opens its own, as a
// moderator would: created through the API with the stack's first admin (password in the state folder).
const STATE_DIR = process.env.KYOSO_STATE_DIR ?? resolve(process.cwd(), '../.kyoso/dev');

let token: string | undefined;

async function adminToken(request: APIRequestContext): Promise<string> {
  if (token) return token;
  const password = readFileSync(resolve(STATE_DIR, 'initial-admin-password'), 'utf8').trim();
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await request.post('/auth/login', { data: { username: 'admin', password } });
    // Sign-ins are rate-limited per client (other specs sign in too): wait it out.
    if (res.status() === 429) {
      await new Promise((r) => setTimeout(r, 15_000));
      continue;
    }
    expect(res.status(), await res.text()).toBe(200);
    token = ((await res.json()) as { accessToken: string }).accessToken;
    return token;
  }
  throw new Error('sign-in stayed rate-limited');
}

/** Creates a consultation on the 2.0 outline that is open now and for 30 days; returns its id. */
export async function openConsultation(request: APIRequestContext, name: string): Promise<string> {
  const headers = { Authorization: `Bearer ${await adminToken(request)}` };
  const id = `e2e-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const opensAt = new Date(Date.now() - 60_000);
  const closesAt = new Date(opensAt.getTime() + 31 * 86_400_000);
  const created = await request.post('/api/v1/consultations', {
    headers,
    data: {
      id, title: `E2E 意見募集 ${id}`, summary: 'ブラウザテストのための意見募集です。',
      plan: 'dx-action-plan-2', version: 'outline-2025-10-29',
      opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(),
      eligibility: '市内に在住・在勤・在学の方', requiredFields: ['name', 'address', 'attribute'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const scheduled = await request.post(`/api/v1/consultations/${id}/transitions`, { headers, data: { to: 'scheduled', reason: 'e2e' } });
  expect(scheduled.status(), await scheduled.text()).toBe(200);
  return id;
}

/** How many submissions a consultation holds, as a moderator sees them. */
export async function submissionCount(request: APIRequestContext, id: string): Promise<number> {
  const res = await request.get(`/api/v1/consultations/${id}/submissions`, { headers: { Authorization: `Bearer ${await adminToken(request)}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as unknown[]).length;
}
