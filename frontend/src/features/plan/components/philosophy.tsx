import { useTranslation } from 'react-i18next';
import type { SectionNode } from '../api/plan-tree';

/** 基本理念: the plan's one-line vision and the sentence that explains it. */
export function Philosophy({ node }: { node: SectionNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="basic-philosophy" className="rounded-12 bg-blue-50 p-6 md:p-10">
      <h2 id="basic-philosophy" className="text-std-20B-150 text-blue-900">
        <span className="mr-2">{node.number}</span>
        {t('plan.basicPhilosophy')}
      </h2>
      <p lang="ja" className="mt-4 text-std-28B-150 text-solid-gray-900 md:text-std-36B-140" data-testid="philosophy-subtitle">
        {node.subtitle}
      </p>
      <p lang="ja" className="mt-4 text-std-17N-170 text-solid-gray-800">
        {node.body}
      </p>
    </section>
  );
}
