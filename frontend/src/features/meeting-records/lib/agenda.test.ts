import type { AgendaNode } from '../api/meetings';
import {
  addItem, flatten, fromAgenda, indentItem, moveItem, newItem, outdentItem, removeItem, toCommand, validateAgenda,
} from './agenda';

const stored: AgendaNode[] = [
  { id: 1, kind: 'opening', title: '開会', order: 1, children: [] },
  {
    id: 2, kind: 'deliberation', title: '議事', order: 2, children: [
      { id: 3, kind: 'topic', number: '(1)', title: '骨子案', order: 1, planVersion: { planKey: 'dx-action-plan-2', versionKey: 'outline' },
        consultation: { id: 'dx-outline' }, advisorAppointment: { id: 7 }, children: [] },
    ],
  },
  { id: 4, kind: 'closing', title: '閉会', order: 3, children: [] },
];

const titles = (items: ReturnType<typeof fromAgenda>) => flatten(items).map(({ item, depth }) => `${depth}:${item.title}`);

describe('the agenda tree as edited', () => {
  it('round-trips the stored tree with ids, keeping the links the console does not edit', () => {
    const command = toCommand(fromAgenda(stored), stored);
    expect(command.map((i) => i.id)).toEqual([1, 2, 4]);
    expect(command[1].children?.[0]).toMatchObject({
      id: 3, number: '(1)', planKey: 'dx-action-plan-2', planVersionKey: 'outline', consultationId: 'dx-outline', advisorAppointmentId: 7,
    });
    expect(command[0]).toMatchObject({ number: undefined, description: undefined, planKey: undefined });
  });

  it('moves items among their siblings, and not past either end', () => {
    const items = fromAgenda(stored);
    expect(titles(moveItem(items, 'i4', -1))).toEqual(['1:開会', '1:閉会', '1:議事', '2:骨子案']);
    expect(moveItem(items, 'i1', -1)).toEqual(items);
    expect(moveItem(items, 'i3', 1)).toEqual(items);
  });

  it('indents under the item before and outdents to stand after the parent', () => {
    const items = fromAgenda(stored);
    const indented = indentItem(items, 'i4');
    expect(titles(indented)).toEqual(['1:開会', '1:議事', '2:骨子案', '2:閉会']);
    expect(titles(outdentItem(indented, 'i3'))).toEqual(['1:開会', '1:議事', '2:閉会', '1:骨子案']);
    // The first of its siblings has nothing to go under.
    expect(indentItem(items, 'i1')).toEqual(items);
  });

  it('adds and removes items with their children', () => {
    const added = addItem(fromAgenda(stored), 'i2', newItem('topic', '素案'));
    expect(titles(added)).toEqual(['1:開会', '1:議事', '2:骨子案', '2:素案', '1:閉会']);
    expect(titles(removeItem(added, 'i2'))).toEqual(['1:開会', '1:閉会']);
    expect(toCommand(added, stored)[1].children?.[1].id).toBeUndefined();
  });

  it('checks titles and keys under the paths meeting-service names them by', () => {
    const items = addItem(fromAgenda(stored), 'i2', { ...newItem('topic', ''), planVersionKey: 'Outline 2' });
    expect(validateAgenda(items)).toEqual({
      'items[1].children[1].title': ['secretary.agenda.errors.titleRequired'],
      'items[1].children[1].planVersionKey': ['secretary.errors.keyPattern'],
      'items[1].children[1].planKey': ['secretary.agenda.errors.planNeeded'],
    });
  });
});
