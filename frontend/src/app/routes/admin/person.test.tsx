import { screen, within } from '@testing-library/react';
import type { Person } from '@/features/meeting-records/api/people';
import i18n from '@/lib/i18n';
import * as session from '@/lib/session';
import { problem, secretary, tokenFor } from '@/testing/auth';
import { stubApi } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render-route';

const mistaken: Person = { id: 41, key: 'saigawa-typo', name: '犀川 太朗', nameReading: 'さいがわ たろう', memberships: [], lockVersion: 0 };
const member: Person = {
  id: 7, key: 'hayashi', name: '林 一郎', nameReading: 'はやし いちろう', lockVersion: 3,
  memberships: [
    { id: 1, organization: { key: 'dx-council', name: '金沢市DX会議' }, role: '委員' },
    { id: 2, organization: { key: 'dx-headquarters', name: '金沢市DX推進本部' }, role: '本部員' },
  ],
};

describe('removing a person entered by mistake', () => {
  beforeEach(async () => {
    session.resetSession();
    sessionStorage.clear();
    await i18n.changeLanguage('ja');
  });

  it('asks first, removes, and names the person on the list they return to', async () => {
    const removed: string[] = [];
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/people/saigawa-typo': () => (removed.length ? problem(404, { detail: 'ありません / none' }) : Response.json(mistaken)),
      'DELETE /api/v1/people/saigawa-typo': () => {
        removed.push('saigawa-typo');
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/people': { items: [], total: 0, page: 0, size: 200 },
      'GET /api/v1/posts': [],
    });
    const { user } = renderRoute('/admin/people/saigawa-typo');
    await user.click(await screen.findByRole('button', { name: '「犀川 太朗」を削除' }));
    const question = screen.getByRole('region', { name: '「犀川 太朗」を削除しますか。' });
    expect(removed).toEqual([]);
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('「犀川 太朗」を削除しました。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '人を登録する' })).toBeInTheDocument();
    expect(removed).toEqual(['saigawa-typo']);
  });

  it('is not offered while the person holds memberships, and says what to do instead', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/people/hayashi': member,
      'GET /api/v1/posts': [],
    });
    renderRoute('/admin/people/hayashi');
    expect(await screen.findByText(/会議体への所属・役職の記録が2件ある間は、この人を削除できません。/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '「林 一郎」を削除' })).toBeNull();
  });

  it('shows the service’s words when a membership was added meanwhile, and keeps the person', async () => {
    stubApi({
      'POST /auth/refresh': () => Response.json(tokenFor(secretary)),
      'GET /api/v1/people/saigawa-typo': mistaken,
      'DELETE /api/v1/people/saigawa-typo': () =>
        problem(409, { detail: 'この人物には所属・役職の記録が1件あります。先にそれらを削除してください。 / This person still holds 1 membership; remove them first.' }),
      'GET /api/v1/posts': [],
    });
    const { user } = renderRoute('/admin/people/saigawa-typo');
    await user.click(await screen.findByRole('button', { name: '「犀川 太朗」を削除' }));
    const question = screen.getByRole('region', { name: '「犀川 太朗」を削除しますか。' });
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    expect(await within(question).findByRole('alert')).toHaveTextContent('この人物には所属・役職の記録が1件あります。先にそれらを削除してください。');
    expect(screen.getByRole('heading', { level: 1, name: '犀川 太朗' })).toBeInTheDocument();
  });
});
