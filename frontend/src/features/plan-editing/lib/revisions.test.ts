import { changedFields } from './revisions';

describe('what a revision changed', () => {
  it('lists the fields whose value differs, in reading order', () => {
    expect(changedFields({
      detail: {
        before: { kind: 'GENERAL', parentKey: 'guidelines', order: 6, title: '旧', body: 'a', number: null },
        after: { kind: 'GENERAL', parentKey: 'directions', order: 1, title: '新', body: 'a', number: null },
      },
    })).toEqual(['title', 'parentKey', 'order']);
  });

  it('lists nothing for an addition or a deletion', () => {
    expect(changedFields({ detail: { after: { title: '新' } } })).toEqual([]);
    expect(changedFields({ detail: { before: { title: '旧' }, removedNodes: 3 } })).toEqual([]);
    expect(changedFields({})).toEqual([]);
  });
});
