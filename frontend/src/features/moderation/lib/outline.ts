import type { components } from '@/lib/api/comment';

type OutlineNode = components['schemas']['OutlineNode'];

/** The outline snapshot flattened in reading order, for the section chooser and the preview. */
export function flattenOutline(nodes: OutlineNode[] | undefined, depth = 0): { key: string; label: string; depth: number }[] {
  return (nodes ?? []).flatMap((n) => [
    { key: n.key ?? '', label: [n.number, n.title].filter(Boolean).join(' '), depth },
    ...flattenOutline(n.children, depth + 1),
  ]);
}

/**
 * The answer categories as comment-service is configured by default (kyoso.comment.answer-categories).
 * Its API does not list them yet; a code it does not know is refused with a 400 naming the right ones.
 */
export const ANSWER_CATEGORIES = ['reflected', 'already-included', 'reference', 'other'] as const;
