import type { SectionNode } from '@/features/plan/api/plan-tree';
import type { Measure } from '../api/measures';

/** The section a node sits in: its parent in the plan's tree. */
function sectionOf(nodes: SectionNode[] | undefined, key: string | undefined, parent?: SectionNode): SectionNode | undefined {
  for (const node of nodes ?? []) {
    if (node.key === key) return parent;
    const found = sectionOf(node.children, key, node);
    if (found) return found;
  }
  return undefined;
}

export interface Group {
  key: string;
  section?: SectionNode;
  measures: Measure[];
}

/** Measures in their order, gathered under the section they are listed in (first seen, first shown). */
export function groupBySection(measures: Measure[], nodes: SectionNode[] | undefined): Group[] {
  const groups = new Map<string, Group>();
  for (const m of [...measures].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const section = sectionOf(nodes, m.nodeKey);
    const key = section?.key ?? '';
    if (!groups.has(key)) groups.set(key, { key, section, measures: [] });
    groups.get(key)!.measures.push(m);
  }
  return [...groups.values()];
}
