import { planTree } from '@/testing/fixtures';
import { descendantCount, flatten, locate, moveDown, moveUp, nodeLabel, parentChoices, suggestKey, suggestKind } from './tree';

const nodes = planTree.nodes;
const keys = (list: { node: { key?: string } }[]) => list.map((p) => p.node.key);

describe('the section tree of a draft', () => {
  it('reads depth first, siblings by their order, whatever order they come in', () => {
    const shuffled = [...(nodes ?? [])].reverse();
    expect(keys(flatten(shuffled)).slice(0, 4)).toEqual(['basic-philosophy', 'guidelines', 'guideline-citizen-perspective', 'guideline-speed']);
    expect(locate(nodes, 'guideline-speed')).toMatchObject({ parentKey: 'guidelines', depth: 1, index: 1, siblingCount: 5 });
    expect(nodeLabel(locate(nodes, 'guidelines')!.node)).toBe('2.2 行動指針');
  });

  it('moves a node one place up or down among its siblings as the service counts places (itself left out)', () => {
    // guideline-speed is second of five: up puts it first, down third.
    expect(moveUp(nodes, 'guideline-speed')).toEqual({ parentKey: 'guidelines', order: 1 });
    expect(moveDown(nodes, 'guideline-speed')).toEqual({ parentKey: 'guidelines', order: 3 });
    expect(moveUp(nodes, 'basic-philosophy')).toBeUndefined();
    expect(moveDown(nodes, 'basic-philosophy')).toEqual({ parentKey: undefined, order: 2 });
    expect(moveDown(nodes, 'guideline-digital-first')).toBeUndefined();
    expect(moveUp(nodes, 'no-such-node')).toBeUndefined();
  });

  it('offers as a new parent any node but itself, what lies below it and its present parent', () => {
    expect(keys(parentChoices(nodes, 'guidelines'))).toEqual(['basic-philosophy']);
    const choices = keys(parentChoices(nodes, 'guideline-speed'));
    expect(choices).toContain('basic-philosophy');
    expect(choices).toContain('guideline-challenge');
    expect(choices).not.toContain('guideline-speed');
    expect(choices).not.toContain('guidelines');
  });

  it('counts what goes with a node when it is deleted', () => {
    expect(descendantCount(locate(nodes, 'guidelines')!.node)).toBe(5);
    expect(descendantCount(locate(nodes, 'guideline-speed')!.node)).toBe(0);
  });

  it('suggests the kind of the nodes already there and a key nobody uses', () => {
    expect(suggestKind(nodes, 'guidelines')).toBe('GUIDELINE');
    expect(suggestKind(nodes, 'basic-philosophy')).toBe('GENERAL');
    expect(suggestKind(nodes)).toBe('GUIDELINES');
    const taken = [{ key: `item-${(1000).toString(36)}`, title: 'x', order: 1 }];
    expect(suggestKey(taken, 1000)).toBe(`item-${(1001).toString(36)}`);
    expect(suggestKey(nodes, 1000)).toMatch(/^item-[a-z0-9]+$/);
  });
});
