import { type APIRequestContext, expect } from '@playwright/test';
import { adminAuth } from './staff';

// The seeded consultation's period is over, so a test that sends an opinion opens its own, as a
// moderator would: created through the API with the stack's first admin.

/** Creates a consultation on the 2.0 outline that is open now and for 30 days; returns its id. */
export async function openConsultation(request: APIRequestContext, name: string): Promise<string> {
  const headers = await adminAuth(request);
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
  const res = await request.get(`/api/v1/consultations/${id}/submissions`, { headers: await adminAuth(request) });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

/**
 * A consultation taken through its whole life as the city would: open for a few seconds, one opinion
 * sent and split into items, closed by the clock, answered, published. Returns its id.
 */
export async function publishedConsultation(request: APIRequestContext, name: string): Promise<string> {
  const headers = await adminAuth(request);
  const id = `e2e-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const opensAt = new Date(Date.now() - 60_000);
  const closesAt = new Date(Date.now() + 15_000);
  const ok = async (res: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<any> => {
    expect(res.status(), await res.text()).toBe(status);
    return res.json();
  };
  await ok(await request.post('/api/v1/consultations', {
    headers,
    data: {
      id, title: `E2E 結果公表 ${id}`, summary: 'ブラウザテストのための意見募集です。', plan: 'dx-action-plan-2', version: 'outline-2025-10-29',
      opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), shortPeriodReason: 'ブラウザテストのため',
    },
  }), 201);
  await ok(await request.post(`/api/v1/consultations/${id}/transitions`, { headers, data: { to: 'scheduled', reason: 'e2e' } }));
  const receipt = (await ok(await request.post(`/api/v1/consultations/${id}/submissions`, {
    data: { text: '行動指針と分野について意見します。', sections: ['guidelines', 'field-living'], attribute: 'resident' },
  }), 201)) as { receipt: string };
  const items = [
    { section: 'guidelines', summary: '行動指針に「共創」の視点を加えてほしい。', answer: '取組の方向性「共創のための環境整備」に反映しました。', category: 'reflected', planChange: '取組の方向性に追記' },
    { section: 'field-living', summary: '暮らしづくりで高齢者の見守りを進めてほしい。', answer: '施策の検討の参考とします。', category: 'reference' },
    { section: 'field-living', summary: 'デジタルデバイドの解消を進めてほしい。', answer: '既に「共創のための環境整備」に記載しています。', category: 'already-included' },
  ];
  const created: { id: number; version: number }[] = [];
  for (const item of items) {
    created.push(await ok(await request.post(`/api/v1/consultations/${id}/items`, {
      headers, data: { receipt: receipt.receipt, section: item.section, summary: item.summary },
    }), 201));
  }
  // Closing follows the clock: wait for it, then answer and publish.
  await expect.poll(async () => ((await (await request.get(`/api/v1/consultations/${id}`)).json()) as { status: { code: string } }).status.code,
    { timeout: 60_000, intervals: [2_000] }).toBe('closed');
  await ok(await request.post(`/api/v1/consultations/${id}/transitions`, { headers, data: { to: 'answering', reason: 'e2e' } }));
  for (const [i, item] of items.entries()) {
    await ok(await request.put(`/api/v1/consultations/${id}/items/${created[i].id}`, {
      headers, data: { ...item, hidden: false, version: created[i].version },
    }));
  }
  await ok(await request.post(`/api/v1/consultations/${id}/transitions`, { headers, data: { to: 'published', reason: 'e2e' } }));
  return id;
}
