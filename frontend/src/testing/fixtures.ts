import type { VersionTree } from '@/features/plan/api/plan-tree';

/** The 2.0 outline's first two sections as plan-service serves them (seed: 第3回金沢市DX会議資料). */
export const planTree: VersionTree = {
  plan: {
    code: 'dx-action-plan-2',
    name: '金沢市DXアクションプラン2.0',
    nameEn: 'Kanazawa City DX Action Plan 2.0',
    status: 'draft',
    period: { start: { year: 2026, label: '令和8年度' }, end: { year: 2029, label: '令和11年度' }, years: 4 },
    predecessor: 'dx-action-plan',
  },
  version: {
    code: 'outline-2025-10-29',
    label: '骨子案',
    status: 'published',
    dated: { date: '2025-10-29', label: '令和7年10月29日(水)' },
    publishedAt: '2025-10-29T00:00:00+09:00',
  },
  nodes: [
    {
      id: 1, key: 'basic-philosophy', kind: 'BASIC_PHILOSOPHY', number: '2.1', title: '基本理念',
      subtitle: '全ての人が便利に暮らし、幸せを実感するまちへ',
      body: '「全ての人が便利に暮らし幸せを実感するまち」をめざし、DXによる質の高いサービスを創り続けることで、地域の幸福度や、まちの持続可能性を高めていきます。',
      order: 1, lockVersion: 0, children: [],
    },
    {
      id: 2, key: 'guidelines', kind: 'GUIDELINES', number: '2.2', title: '行動指針',
      body: 'プランの実践・推進にあたり、次の行動指針に基づき取り組みます。', order: 2, lockVersion: 0,
      children: [
        ['guideline-citizen-perspective', '市民目線', '市民の利便性向上に取り組みます'],
        ['guideline-speed', 'スピード感', '社会の変化に迅速に対応して取り組みます'],
        ['guideline-challenge', 'チャレンジ', 'できることから積極的に取り組みます'],
        ['guideline-verification', '成果検証', '成果と検証を重視して取り組みます'],
        ['guideline-digital-first', 'デジタルファースト', 'デジタルの活用を前提に取り組みます'],
      ].map(([key, title, body], i) => ({
        id: 10 + i, key, kind: 'GUIDELINE', number: String(i + 1), title, body, order: i + 1, lockVersion: 0, children: [],
      })),
    },
  ],
};

/** Answers fetch calls by path from a table, 404 problem+json otherwise; records what was asked. */
export function stubApi(routes: Record<string, unknown | ((req: Request) => Response | Promise<Response>)>) {
  const calls: Request[] = [];
  const fetchStub = async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    calls.push(request);
    const path = new URL(request.url).pathname;
    const route = routes[`${request.method} ${path}`] ?? routes[path];
    if (typeof route === 'function') return (route as (req: Request) => Response | Promise<Response>)(request);
    if (route === undefined) {
      return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
        status: 404, headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    return Response.json(route);
  };
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}
