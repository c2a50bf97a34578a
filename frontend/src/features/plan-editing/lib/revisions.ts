import type { Revision } from '../api/drafts';

/** The revision log's field names, in the order a reader wants them. */
export const DETAIL_FIELDS = [
  'title', 'name', 'number', 'subtitle', 'body', 'kind', 'parentKey', 'order', 'alignedBasicPolicy', 'description', 'department',
  'nodeKey', 'sortOrder', 'unit', 'baselineValue', 'baselineFiscalYear', 'targetValue', 'targetFiscalYear', 'fiscalYear',
  'actualValue', 'note',
] as const;

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a change changed: the fields whose value differs between the revision's before and after
 * (an edit, a move, a correction). Nothing for an addition or a deletion, which concern the whole.
 */
export function changedFields(revision: Pick<Revision, 'detail'>): string[] {
  const detail = asRecord(revision.detail);
  if (!detail.before || !detail.after) return [];
  const before = asRecord(detail.before);
  const after = asRecord(detail.after);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !same(before[k], after[k]))
    .sort((a, b) => DETAIL_FIELDS.indexOf(a as never) - DETAIL_FIELDS.indexOf(b as never));
}
