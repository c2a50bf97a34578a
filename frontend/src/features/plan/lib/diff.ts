import type { SectionNode } from '../api/plan-tree';

export type Piece = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Character-level difference of two Japanese texts (no spaces to split words on), by longest common
 * subsequence. Plan sections are a few hundred characters; beyond `limit` cells the whole text is
 * reported as replaced rather than spending quadratic time.
 */
export function diffText(before: string, after: string, limit = 4_000_000): Piece[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = [...before];
  const b = [...after];
  // Common prefix and suffix first: most edits to a plan are local.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const pieces: Piece[] = [];
  const push = (kind: Piece['kind'], text: string) => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > limit) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) { push('same', midA[i]); i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push('removed', midA[i]); i++; }
      else { push('added', midB[j]); j++; }
    }
    push('removed', midA.slice(i).join(''));
    push('added', midB.slice(j).join(''));
  }
  push('same', a.slice(endA).join(''));
  return pieces;
}

export type Change = 'same' | 'changed' | 'added' | 'removed';

export interface SectionPair {
  key: string;
  depth: number;
  before?: SectionNode;
  after?: SectionNode;
  change: Change;
}

const text = (n: SectionNode | undefined) => [n?.number, n?.title, n?.subtitle, n?.body].map((s) => s ?? '').join('\u0000');
const sorted = (nodes: SectionNode[] | undefined) => [...(nodes ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/**
 * Pairs the sections of two versions by their stable key, depth first in the newer version's order;
 * a section only in the older version is placed after the section that preceded it there.
 */
export function compareTrees(before: SectionNode[] | undefined, after: SectionNode[] | undefined, depth = 0): SectionPair[] {
  const olds = sorted(before);
  const news = sorted(after);
  const oldByKey = new Map(olds.map((n) => [n.key!, n]));
  const newKeys = new Set(news.map((n) => n.key!));
  const out: SectionPair[] = [];
  const emitRemovedAfter = (index: number) => {
    for (let k = index + 1; k < olds.length && !newKeys.has(olds[k].key!); k++) {
      out.push({ key: olds[k].key!, depth, before: olds[k], change: 'removed' }, ...compareTrees(olds[k].children, [], depth + 1));
    }
  };
  emitRemovedAfter(-1);
  for (const node of news) {
    const old = oldByKey.get(node.key!);
    const change: Change = !old ? 'added' : text(old) === text(node) ? 'same' : 'changed';
    out.push({ key: node.key!, depth, before: old, after: node, change });
    out.push(...compareTrees(old?.children, node.children, depth + 1));
    if (old) emitRemovedAfter(olds.indexOf(old));
  }
  return out;
}

export function countChanges(pairs: SectionPair[]): Record<Change, number> {
  const counts: Record<Change, number> = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const p of pairs) counts[p.change]++;
  return counts;
}
