import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import i18n from '@/lib/i18n';
import { stubApi } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import ResultsPage from './results';

const result = {
  id: 'c1', title: '「金沢市DXアクションプラン2.0」骨子案に対する意見募集', submitters: 2, itemCount: 3,
  publishedAt: '2026-02-02T10:00:00+09:00',
  bySection: [{ code: 'guidelines', label: '2.2 行動指針', count: 1 }, { code: 'field-2', label: '【分野】デジタルによる暮らしづくり', count: 2 }],
  byCategory: [{ code: 'reflected', label: '反映', count: 1 }, { code: 'reference', label: '参考', count: 2 }],
  items: [
    { number: 1, sectionKey: 'guidelines', sectionTitle: '2.2 行動指針', summary: '「共創」を加えてほしい。', category: 'reflected', categoryLabel: '反映', answer: '反映しました。', planChange: '追記' },
    { number: 2, sectionKey: 'field-2', sectionTitle: '【分野】デジタルによる暮らしづくり', summary: '見守りを進めてほしい。', category: 'reference', categoryLabel: '参考', answer: '参考とします。' },
    { number: 3, sectionKey: 'field-2', sectionTitle: '【分野】デジタルによる暮らしづくり', summary: 'デジタルデバイドを解消してほしい。', category: 'reference', categoryLabel: '参考', answer: '参考とします。' },
  ],
};

const page = () => renderPage(<Routes><Route path="/consultations/:id/results" element={<ResultsPage />} /></Routes>, '/consultations/c1/results');

describe('results page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the counts as tables beside the charts and every item with the answer, filterable', async () => {
    stubApi({ '/api/v1/consultations/c1/results': result });
    page();
    const items = await screen.findByRole('region', { name: 'ご意見と本市の考え方' });
    expect(within(items).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('figure', { name: '項目別' })).toHaveTextContent('【分野】デジタルによる暮らしづくり2');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('区分で絞り込む'), 'reference');
    expect(within(items).getAllByRole('listitem')).toHaveLength(2);
    await user.type(screen.getByLabelText('言葉で絞り込む'), 'デバイド');
    expect(within(items).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('3件中 1件を表示しています')).toBeInTheDocument();
  });

  it('says the result is not published yet on a 404', async () => {
    stubApi({});
    page();
    expect(await screen.findByText(/結果はまだ公表されていません/)).toBeInTheDocument();
  });
});
