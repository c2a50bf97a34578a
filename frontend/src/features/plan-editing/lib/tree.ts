import type { SectionNode } from '../api/drafts';

/** The node kinds plan-service knows (PlanEditService.KINDS), in the order a plan reads them. */
export const NODE_KINDS = [
  'BASIC_PHILOSOPHY', 'GUIDELINES', 'GUIDELINE', 'POLICY', 'BASIC_POLICY_REF', 'DIRECTIONS', 'GENERAL', 'STAGE',
  'PERSPECTIVES', 'PERSPECTIVE', 'FIELDS', 'FIELD', 'EXAMPLE', 'MEASURE', 'TARGET', 'TARGET_ITEM',
] as const;

/** A node's key: lowercase letters and digits in words joined by single hyphens (as plan-service checks). */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where a node is to go: under parentKey (undefined = top level) at a 1-based position among the others. */
export interface Placement {
  parentKey?: string;
  order?: number;
}

/** A node in reading order with where it sits. */
export interface Placed {
  node: SectionNode;
  parentKey?: string;
  depth: number;
  /** 0-based position among its siblings. */
  index: number;
  siblingCount: number;
}

export const byOrder = (nodes: SectionNode[] | undefined) => [...(nodes ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** 「2.1 基本理念」: number and title as the plan prints them. */
export const nodeLabel = (n: Pick<SectionNode, 'number' | 'title'>) => [n.number, n.title].filter(Boolean).join(' ');

/** Every node in reading order (depth first, siblings by order). */
export function flatten(nodes: SectionNode[] | undefined, parentKey?: string, depth = 0): Placed[] {
  const sorted = byOrder(nodes);
  return sorted.flatMap((node, index) => [
    { node, parentKey, depth, index, siblingCount: sorted.length },
    ...flatten(node.children, node.key, depth + 1),
  ]);
}

export function locate(nodes: SectionNode[] | undefined, key: string): Placed | undefined {
  return flatten(nodes).find((p) => p.node.key === key);
}

/** One place up among its siblings; undefined when it is first already. */
export function moveUp(nodes: SectionNode[] | undefined, key: string): Placement | undefined {
  const at = locate(nodes, key);
  if (!at || at.index === 0) return undefined;
  // The service places the node among the others (itself left out): index i-1 is position i.
  return { parentKey: at.parentKey, order: at.index };
}

/** One place down among its siblings; undefined when it is last already. */
export function moveDown(nodes: SectionNode[] | undefined, key: string): Placement | undefined {
  const at = locate(nodes, key);
  if (!at || at.index >= at.siblingCount - 1) return undefined;
  return { parentKey: at.parentKey, order: at.index + 2 };
}

/** How many nodes lie below a node (its children, theirs, and so on). */
export function descendantCount(node: SectionNode): number {
  return (node.children ?? []).reduce((sum, c) => sum + 1 + descendantCount(c), 0);
}

/**
 * The nodes a node may move under: any but itself, those below it (a node cannot hold itself) and
 * its present parent (that is no move).
 */
export function parentChoices(nodes: SectionNode[] | undefined, key: string): Placed[] {
  const at = locate(nodes, key);
  if (!at) return [];
  const below = new Set(flatten(at.node.children).map((p) => p.node.key));
  return flatten(nodes).filter((p) => p.node.key !== key && !below.has(p.node.key) && p.node.key !== at.parentKey);
}

/** The kind a new node under `parent` most likely has: that of the children already there. */
export function suggestKind(nodes: SectionNode[] | undefined, parentKey?: string): string {
  const siblings = parentKey ? locate(nodes, parentKey)?.node.children : nodes;
  const last = byOrder(siblings).at(-1);
  return last?.kind ?? 'GENERAL';
}

/** A key nobody has used in this tree: `item-` and a base-36 stamp. */
export function suggestKey(nodes: SectionNode[] | undefined, now = Date.now()): string {
  const taken = new Set(flatten(nodes).map((p) => p.node.key));
  let stamp = now;
  while (taken.has(`item-${stamp.toString(36)}`)) stamp += 1;
  return `item-${stamp.toString(36)}`;
}
