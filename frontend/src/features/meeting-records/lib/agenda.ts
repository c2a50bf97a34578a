import type { Messages } from '@/features/plan-editing/lib/messages';
import type { AgendaItemInput, AgendaNode } from '../api/meetings';

/** The kinds meeting-service knows, in the order an agenda usually runs. */
export const AGENDA_KINDS = ['opening', 'reports', 'report', 'deliberation', 'topic', 'subtopic', 'exchange', 'closing', 'other'] as const;

/** Items nest at most this deep (議事 › 議題 › 小項目), as the city's agendas do. */
export const MAX_DEPTH = 3;

/** One item as edited: `key` tells items apart on screen, `id` is the stored item it continues (none for new ones). */
export interface AgendaDraftItem {
  key: string;
  id?: number;
  kind: string;
  number: string;
  title: string;
  description: string;
  planKey: string;
  planVersionKey: string;
  consultationId: string;
  children: AgendaDraftItem[];
}

export type AgendaField = 'kind' | 'number' | 'title' | 'description' | 'planKey' | 'planVersionKey' | 'consultationId';
export const ITEM_FIELDS: readonly AgendaField[] = ['kind', 'number', 'title', 'description', 'planKey', 'planVersionKey', 'consultationId'];

let counter = 0;
const newKey = () => `n${Date.now().toString(36)}-${counter++}`;

export function newItem(kind: string = 'other', title = ''): AgendaDraftItem {
  return { key: newKey(), kind, number: '', title, description: '', planKey: '', planVersionKey: '', consultationId: '', children: [] };
}

export function fromAgenda(nodes: AgendaNode[] | undefined): AgendaDraftItem[] {
  return (nodes ?? []).map((n) => ({
    key: `i${n.id}`, id: n.id, kind: n.kind ?? 'other', number: n.number ?? '', title: n.title ?? '',
    description: n.description ?? '', planKey: n.planVersion?.planKey ?? '', planVersionKey: n.planVersion?.versionKey ?? '',
    consultationId: n.consultation?.id ?? '', children: fromAgenda(n.children),
  }));
}

const orNull = (s: string) => s.trim() || undefined;

/**
 * What PUT /agenda takes. Links the console does not edit (related meeting, advisor appointment,
 * cohort, team) are carried over from the stored item, so saving never drops them.
 */
export function toCommand(items: AgendaDraftItem[], stored: AgendaNode[] | undefined): AgendaItemInput[] {
  const byId = new Map<number, AgendaNode>();
  const index = (nodes: AgendaNode[] | undefined) => nodes?.forEach((n) => { if (n.id !== undefined) byId.set(n.id, n); index(n.children); });
  index(stored);
  const convert = (list: AgendaDraftItem[]): AgendaItemInput[] => list.map((i) => {
    const was = i.id === undefined ? undefined : byId.get(i.id);
    return {
      id: i.id, kind: i.kind, number: orNull(i.number), title: i.title.trim(), description: orNull(i.description),
      planKey: orNull(i.planKey), planVersionKey: orNull(i.planVersionKey), consultationId: orNull(i.consultationId),
      relatedMeetingId: was?.relatedMeeting?.id, advisorAppointmentId: was?.advisorAppointment?.id,
      leaderCohortId: was?.leaderCohort?.id, projectTeamId: was?.projectTeam?.id,
      children: convert(i.children),
    };
  });
  return convert(items);
}

/** The standard agenda of the city's meetings: 開会, 報告事項, 議事, 意見交換, 閉会. */
export function standardAgenda(titles: Record<'opening' | 'reports' | 'deliberation' | 'exchange' | 'closing', string>): AgendaDraftItem[] {
  return (['opening', 'reports', 'deliberation', 'exchange', 'closing'] as const).map((k) => newItem(k, titles[k]));
}

/** Applies `change` to the sibling list holding `key` (the top list when the key is null). */
function mapList(items: AgendaDraftItem[], parentKey: string | null, change: (list: AgendaDraftItem[]) => AgendaDraftItem[]): AgendaDraftItem[] {
  if (parentKey === null) return change(items);
  return items.map((i) => (i.key === parentKey ? { ...i, children: change(i.children) } : { ...i, children: mapList(i.children, parentKey, change) }));
}

function parentOf(items: AgendaDraftItem[], key: string, parent: string | null = null): string | null | undefined {
  for (const i of items) {
    if (i.key === key) return parent;
    const found = parentOf(i.children, key, i.key);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function updateItem(items: AgendaDraftItem[], key: string, patch: Partial<AgendaDraftItem>): AgendaDraftItem[] {
  return items.map((i) => (i.key === key ? { ...i, ...patch } : { ...i, children: updateItem(i.children, key, patch) }));
}

export function removeItem(items: AgendaDraftItem[], key: string): AgendaDraftItem[] {
  return items.filter((i) => i.key !== key).map((i) => ({ ...i, children: removeItem(i.children, key) }));
}

export function addItem(items: AgendaDraftItem[], parentKey: string | null, item: AgendaDraftItem): AgendaDraftItem[] {
  return mapList(items, parentKey, (list) => [...list, item]);
}

/** Moves an item one place up (-1) or down (+1) among its siblings; at either end nothing changes. */
export function moveItem(items: AgendaDraftItem[], key: string, delta: -1 | 1): AgendaDraftItem[] {
  const parent = parentOf(items, key);
  if (parent === undefined) return items;
  return mapList(items, parent, (list) => {
    const at = list.findIndex((i) => i.key === key);
    const to = at + delta;
    if (to < 0 || to >= list.length) return list;
    const next = [...list];
    [next[at], next[to]] = [next[to], next[at]];
    return next;
  });
}

/** Makes an item a child of the sibling before it (indent), keeping its own children. */
export function indentItem(items: AgendaDraftItem[], key: string): AgendaDraftItem[] {
  const parent = parentOf(items, key);
  if (parent === undefined) return items;
  let moved: AgendaDraftItem | undefined;
  let target: string | undefined;
  const without = mapList(items, parent, (list) => {
    const at = list.findIndex((i) => i.key === key);
    if (at <= 0) return list;
    moved = list[at];
    target = list[at - 1].key;
    return list.filter((i) => i.key !== key);
  });
  if (!moved || !target || depthOf(items, target) + 1 + heightOf(moved) > MAX_DEPTH) return items;
  return addItem(without, target, moved);
}

/** Takes an item out of its parent, to stand right after it. */
export function outdentItem(items: AgendaDraftItem[], key: string): AgendaDraftItem[] {
  const parent = parentOf(items, key);
  if (!parent) return items;
  const grand = parentOf(items, parent);
  if (grand === undefined) return items;
  const moved = find(items, key)!;
  const without = removeItem(items, key);
  return mapList(without, grand, (list) => {
    const at = list.findIndex((i) => i.key === parent);
    return [...list.slice(0, at + 1), moved, ...list.slice(at + 1)];
  });
}

export function find(items: AgendaDraftItem[], key: string): AgendaDraftItem | undefined {
  for (const i of items) {
    if (i.key === key) return i;
    const found = find(i.children, key);
    if (found) return found;
  }
  return undefined;
}

/** 1 for a top-level item. */
export function depthOf(items: AgendaDraftItem[], key: string): number {
  const parent = parentOf(items, key);
  return parent === undefined ? 0 : parent === null ? 1 : 1 + depthOf(items, parent);
}

/** Levels an item occupies with its descendants (1 for a leaf). */
const heightOf = (item: AgendaDraftItem): number => 1 + Math.max(0, ...item.children.map(heightOf));

/** Every item with the path meeting-service names it by in errors (items[1].children[0]) and its depth. */
export function flatten(items: AgendaDraftItem[], path = 'items', depth = 1): { item: AgendaDraftItem; path: string; depth: number }[] {
  return items.flatMap((item, i) => {
    const at = `${path}[${i}]`;
    return [{ item, path: at, depth }, ...flatten(item.children, `${at}.children`, depth + 1)];
  });
}

/** Every field path of the tree, so the server's field errors can be shown beside their fields. */
export const fieldPaths = (items: AgendaDraftItem[]) =>
  flatten(items).flatMap(({ path }) => [...ITEM_FIELDS, 'id'].map((f) => `${path}.${f}`));

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/** As meeting-service checks an agenda (AgendaItemCommand), keyed by the same field paths. */
export function validateAgenda(items: AgendaDraftItem[]): Messages {
  const found: Messages = {};
  for (const { item, path } of flatten(items)) {
    if (!item.title.trim()) found[`${path}.title`] = ['secretary.agenda.errors.titleRequired'];
    else if (item.title.trim().length > 500) found[`${path}.title`] = ['drafts.errors.tooLong', { max: 500 }];
    if (item.number.trim().length > 40) found[`${path}.number`] = ['drafts.errors.tooLong', { max: 40 }];
    if (item.description.length > 5000) found[`${path}.description`] = ['drafts.errors.tooLong', { max: 5000 }];
    for (const f of ['planKey', 'planVersionKey', 'consultationId'] as const) {
      if (item[f].trim() && !KEY.test(item[f].trim())) found[`${path}.${f}`] = ['secretary.errors.keyPattern'];
    }
    if (item.planVersionKey.trim() && !item.planKey.trim()) found[`${path}.planKey`] = ['secretary.agenda.errors.planNeeded'];
  }
  return found;
}
