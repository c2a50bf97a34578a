import type { SectionNode } from '../api/plan-tree';
import { compareTrees, countChanges, diffText } from './diff';

const node = (key: string, body: string, children: SectionNode[] = [], order = 0): SectionNode =>
  ({ key, title: key, body, order, children });

describe('diffText', () => {
  it('marks what the new text added, as the city marks additions in red', () => {
    const before = '基本理念であるデジタルにより「全ての人が便利に暮らし、幸せを実感する」ための取り組みを推進します。';
    const after = '基本理念であるデジタルにより「全ての人が便利に暮らし、幸せを実感する」ための取組を推進します。';
    const pieces = diffText(before, after);
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text).join('')).toBe('りみ');
    expect(pieces.filter((p) => p.kind === 'added')).toEqual([]);
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
  });

  it('finds an inserted sentence in the middle', () => {
    const pieces = diffText('このプランでは施策を展開します。', 'このプランでは、社会実装に資する施策を展開します。');
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['、社会実装に資する']);
  });

  it('reports a whole replacement when the texts are too long to compare closely', () => {
    expect(diffText('あいう', 'かきく', 4)).toEqual([{ kind: 'removed', text: 'あいう' }, { kind: 'added', text: 'かきく' }]);
  });

  it('has nothing to mark for equal texts', () => {
    expect(diffText('同じ', '同じ')).toEqual([{ kind: 'same', text: '同じ' }]);
  });
});

describe('compareTrees', () => {
  it('pairs sections by key and says which were added, changed, removed or kept', () => {
    const before = [node('a', '理念', [], 1), node('b', '方針', [node('b1', '産業')], 2), node('old', '4つの分野', [], 3)];
    const after = [node('a', '理念', [], 1), node('b', '方針(改)', [node('b2', '魅力づくり')], 2), node('new', '視点', [], 3)];
    const pairs = compareTrees(before, after);
    expect(pairs.map((p) => [p.key, p.change, p.depth])).toEqual([
      ['a', 'same', 0],
      ['b', 'changed', 0],
      ['b1', 'removed', 1],
      ['b2', 'added', 1],
      ['old', 'removed', 0],
      ['new', 'added', 0],
    ]);
    expect(countChanges(pairs)).toEqual({ same: 1, changed: 1, added: 2, removed: 2 });
  });
});
