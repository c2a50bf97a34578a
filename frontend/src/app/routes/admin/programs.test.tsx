import { screen, within } from '@testing-library/react';
import type { Cohort } from '@/features/meeting-records/api/programs';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { planEditor, problem, secretary, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const cohort: Cohort = {
  id: 5, fiscalYear: { year: 2025, label: '令和7年度' }, programName: 'デジタル行政推進リーダー育成研修', traineeCount: 20,
  presentationOn: { date: '2025-10-01', label: '令和7年10月1日(水)' }, cumulative: { since: { year: 2021, label: '令和3年度' }, count: 100 },
  presentations: [{ id: 1, number: 1, title: '保育所さがしアプリ' }], lockVersion: 2,
};

describe('the secretary’s programs page', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('opens the form the address names, and on a 409 shows the cohort as stored to save over it knowingly', async () => {
    let server = { ...cohort };
    const puts: { traineeCount?: number; lockVersion?: number; presentations?: string[] }[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/leader-cohorts': () => Response.json([server]),
      'GET /api/v1/leader-cohorts/5': () => Response.json(server),
      'GET /api/v1/advisor-appointments': [],
      'GET /api/v1/project-teams': [],
      'PUT /api/v1/leader-cohorts/5': async (r: Request) => {
        const body = (await r.json()) as (typeof puts)[number];
        puts.push(body);
        if (body.lockVersion !== server.lockVersion) return problem(409, { detail: 'この研修は他の担当者が更新しました。 / Changed.' });
        server = { ...server, traineeCount: body.traineeCount, lockVersion: server.lockVersion! + 1 };
        return Response.json(server);
      },
    });
    const { user } = renderRoute('/admin/programs?leaders=5');
    const count = await screen.findByLabelText('受講者数');
    expect(count).toHaveValue('20');
    await user.clear(count);
    await user.type(count, '24');
    server = { ...server, presentations: [...server.presentations!, { id: 2, number: 2, title: '見守りアプリ' }], lockVersion: 3 };
    await user.click(screen.getByRole('button', { name: '保存する' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('この研修は他の担当者が更新しました。');
    expect(alert).toHaveTextContent('見守りアプリ');
    await user.click(within(alert).getByRole('button', { name: '自分の内容で上書きする' }));
    expect(await screen.findByText('保存しました。公開ページにも反映されています。')).toBeInTheDocument();
    expect(puts.map((p) => [p.traineeCount, p.lockVersion])).toEqual([[24, 2], [24, 3]]);
    expect(puts[0].presentations).toEqual(['保育所さがしアプリ']);
  });

  it('is not offered to another role', async () => {
    stubApi({ 'POST /auth/refresh': () => Response.json(tokenFor(planEditor)) });
    renderRoute('/admin/programs');
    expect(await screen.findByRole('heading', { level: 1, name: 'この画面を使う権限がありません' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'アドバイザー・研修・PT' })).toBeNull();
  });
});
