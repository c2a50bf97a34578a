import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { stubApi } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import SearchPage from './search';

describe('search page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the three services at once and shows the others when one fails', async () => {
    const calls = stubApi({
      '/api/v1/search/plans': [{
        plan: 'dx-action-plan-2', planName: '金沢市DXアクションプラン2.0', version: 'outline-2025-10-29', versionLabel: '骨子案',
        key: 'viewpoint-2', number: '2', title: '【視点】共創のための環境整備', snippet: '多様な主体と共創ができる環境の整備', score: 3, matchedTerms: ['共創'],
      }],
      '/api/v1/search/opinions': () => new Response(JSON.stringify({ title: 'Service Unavailable', status: 503 }), {
        status: 503, headers: { 'Content-Type': 'application/problem+json' },
      }),
      '/api/v1/search/meetings': {
        items: [{ kind: 'meeting', id: 3, title: '令和7年度 第3回 金沢市DX会議', snippet: '共創のための環境整備', meeting: { id: 3, title: '令和7年度 第3回 金沢市DX会議' } }],
        page: 0, size: 50, total: 1,
      },
    });
    renderPage(<SearchPage />, '/search?q=共創');

    const plans = await screen.findByRole('region', { name: /^計画/ });
    expect(await within(plans).findByRole('link', { name: /共創のための環境整備/ })).toHaveAttribute('href', '/plan/dx-action-plan-2#section-viewpoint-2');
    expect(within(plans).getAllByText('共創', { selector: 'mark' }).length).toBeGreaterThan(0);
    const meetings = screen.getByRole('region', { name: /^会議の記録/ });
    expect(await within(meetings).findByRole('link', { name: '令和7年度 第3回 金沢市DX会議' })).toHaveAttribute('href', '/council/meetings/3');
    const opinions = screen.getByRole('region', { name: /^意見と市の考え方/ });
    expect(await within(opinions).findByRole('alert')).toHaveTextContent('この部分（意見と市の考え方）は検索できませんでした。');
    expect(within(opinions).getByRole('button', { name: '意見と市の考え方をもう一度検索する' })).toBeInTheDocument();

    const asked = calls.map((c) => new URL(c.url).pathname);
    expect(asked).toEqual(expect.arrayContaining(['/api/v1/search/plans', '/api/v1/search/opinions', '/api/v1/search/meetings']));
    expect(new URL(calls[0].url).searchParams.get('q')).toBe('共創');
  });
});
