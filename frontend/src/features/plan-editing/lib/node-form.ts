import type { Messages } from './messages';
import { KEY_PATTERN } from './tree';

/** A node's content as the add form holds it (strings as typed). */
export interface NodeValues {
  key: string;
  kind: string;
  number: string;
  title: string;
  subtitle: string;
  body: string;
}

export const NODE_FIELDS = ['key', 'kind', 'number', 'title', 'subtitle', 'body'] as const;

/** plan-service's limits (NodeInput): the same checks before sending, so most mistakes never travel. */
const MAX = { key: 120, number: 20, title: 300, subtitle: 300 } as const;

/**
 * What is wrong with a node before it is sent, as message keys of the staff texts (with their
 * options); a field with nothing wrong is left out.
 */
export function validateNode(v: NodeValues): Messages {
  const found: Messages = {};
  if (!KEY_PATTERN.test(v.key.trim())) found.key = ['drafts.errors.keyPattern'];
  if (!v.kind) found.kind = ['drafts.errors.kindRequired'];
  if (!v.title.trim()) found.title = ['drafts.errors.titleRequired'];
  for (const f of ['key', 'number', 'title', 'subtitle'] as const) {
    if (!found[f] && v[f].trim().length > MAX[f]) found[f] = ['drafts.errors.tooLong', { max: MAX[f] }];
  }
  return found;
}
