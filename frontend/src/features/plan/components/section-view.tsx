import type { ReactNode } from 'react';
import type { SectionNode } from '../api/plan-tree';
import { Guidelines } from './guidelines';
import { Philosophy } from './philosophy';

const ordered = (nodes: SectionNode[] | undefined) => [...(nodes ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** Splits a body into paragraphs at blank lines or single line breaks as the plan writes them. */
export function Paragraphs({ text, className = '' }: { text?: string; className?: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n+/).filter(Boolean).map((p, i) => (
        <p key={i} lang="ja" className={`mt-3 text-std-16N-170 ${className}`}>
          {p}
        </p>
      ))}
    </>
  );
}

export const sectionAnchor = (node: SectionNode) => `section-${node.key}`;

/**
 * Any section of the plan, however deep: a heading (numbered as in the plan), subtitle, body and its
 * children one level down. The two sections with a fixed shape have their own presentation.
 */
export function SectionView({ node, depth = 2, aside }: { node: SectionNode; depth?: 2 | 3 | 4 | 5; aside?: (node: SectionNode) => ReactNode }) {
  if (depth === 2 && node.key === 'basic-philosophy') return <div id={sectionAnchor(node)}><Philosophy node={node} />{aside?.(node)}</div>;
  if (depth === 2 && node.key === 'guidelines') return <div id={sectionAnchor(node)}><Guidelines node={node} />{aside?.(node)}</div>;

  const H = `h${depth}` as 'h2' | 'h3' | 'h4' | 'h5';
  const size = depth === 2 ? 'text-std-24B-150' : depth === 3 ? 'text-std-20B-150' : 'text-std-18B-160';
  const children = ordered(node.children);
  const leaves = children.length > 0 && children.every((c) => !c.children?.length && !c.subtitle);
  return (
    <section id={sectionAnchor(node)} aria-labelledby={`${sectionAnchor(node)}-h`} className={depth === 2 ? 'scroll-mt-4' : 'mt-6'}>
      <H id={`${sectionAnchor(node)}-h`} className={`${size} text-blue-1000`}>
        {node.number && <span className="mr-2">{node.number}</span>}
        <span lang="ja">{node.title}</span>
      </H>
      {node.subtitle && (
        <p lang="ja" className="mt-2 text-std-18B-160">
          {node.subtitle}
        </p>
      )}
      <Paragraphs text={node.body} />
      {leaves ? (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {children.map((c) => (
            <li key={c.key} lang="ja" className="text-std-16N-170">
              {c.title && <span className="font-bold">{c.title}</span>}
              {c.title && c.body && '　'}
              {c.body}
            </li>
          ))}
        </ul>
      ) : (
        children.map((c) => <SectionView key={c.key} node={c} depth={Math.min(depth + 1, 5) as 3 | 4 | 5} aside={aside} />)
      )}
      {aside?.(node)}
    </section>
  );
}

export { ordered as orderedSections };
