import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { planTree, stubApi } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import HomePage from './home';

describe('home page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the 2.0 plan's 基本理念 and its five 行動指針 from the latest version", async () => {
    const calls = stubApi({ '/api/v1/plans/dx-action-plan-2/versions/latest/tree': planTree });
    renderPage(<HomePage />);

    const philosophy = await screen.findByRole('region', { name: /基本理念/ });
    expect(within(philosophy).getByText('全ての人が便利に暮らし、幸せを実感するまちへ')).toBeInTheDocument();
    expect(within(philosophy).getByText(/地域の幸福度/)).toBeInTheDocument();

    const guidelines = screen.getByRole('region', { name: /行動指針/ });
    const items = within(guidelines).getAllByRole('listitem');
    expect(items.map((li) => li.firstChild?.textContent)).toEqual(['市民目線', 'スピード感', 'チャレンジ', '成果検証', 'デジタルファースト']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('金沢市DXアクションプラン2.0');
    expect(screen.getByText(/令和8年度（2026年度） 〜 令和11年度（2029年度）/)).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it('names the plan in English but keeps the Japanese text marked as Japanese', async () => {
    await i18n.changeLanguage('en');
    stubApi({ '/api/v1/plans/dx-action-plan-2/versions/latest/tree': planTree });
    renderPage(<HomePage />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Kanazawa City DX Action Plan 2.0');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('region', { name: /Basic philosophy/ })).toBeInTheDocument();
    expect(screen.getByText('全ての人が便利に暮らし、幸せを実感するまちへ')).toHaveAttribute('lang', 'ja');
  });

  it('says in words that the plan could not be loaded, and offers to retry', async () => {
    stubApi({ '/api/v1/plans/dx-action-plan-2/versions/latest/tree': () => new Response('', { status: 503 }) });
    renderPage(<HomePage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('情報を取得できませんでした');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeInTheDocument();
  });
});
