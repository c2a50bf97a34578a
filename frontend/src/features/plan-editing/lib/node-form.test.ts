import { validateNode } from './node-form';

const valid = { key: 'item-1', kind: 'GENERAL', number: '', title: '新しい項目', subtitle: '', body: '' };

describe('checking a node before it is sent', () => {
  it('passes a node with a key, a kind and a title', () => {
    expect(validateNode(valid)).toEqual({});
  });

  it('names each field that is wrong, as plan-service would', () => {
    expect(validateNode({ ...valid, key: 'Item 1', kind: '', title: '  ' })).toEqual({
      key: ['drafts.errors.keyPattern'],
      kind: ['drafts.errors.kindRequired'],
      title: ['drafts.errors.titleRequired'],
    });
    expect(validateNode({ ...valid, key: 'a--b' }).key).toEqual(['drafts.errors.keyPattern']);
    expect(validateNode({ ...valid, number: '1'.repeat(21), subtitle: 'あ'.repeat(301) })).toEqual({
      number: ['drafts.errors.tooLong', { max: 20 }],
      subtitle: ['drafts.errors.tooLong', { max: 300 }],
    });
  });
});
