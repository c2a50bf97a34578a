import { useTranslation } from 'react-i18next';
import type { SectionNode } from '../api/plan-tree';

/** 行動指針: the five principles the city acts by, each a short name and a sentence. */
export function Guidelines({ node }: { node: SectionNode }) {
  const { t } = useTranslation();
  const items = [...(node.children ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return (
    <section aria-labelledby="guidelines">
      <h2 id="guidelines" className="text-std-20B-150 text-blue-900">
        <span className="mr-2">{node.number}</span>
        {t('plan.guidelines')}
      </h2>
      {node.body && (
        <p lang="ja" className="mt-2 text-std-16N-170">
          {node.body}
        </p>
      )}
      <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {items.map((item) => (
          <li key={item.key} className="rounded-8 border border-solid-gray-420 bg-white p-4">
            <span lang="ja" className="block text-std-18B-160 text-blue-1000">{item.title}</span>
            <span lang="ja" className="mt-1 block text-std-16N-170 text-solid-gray-800">{item.body}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
