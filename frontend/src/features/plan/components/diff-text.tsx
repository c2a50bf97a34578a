import { useTranslation } from 'react-i18next';
import type { Piece } from '../lib/diff';

/**
 * One side of a compared text. Additions are red as in the city's documents, and also underlined and
 * announced (<ins>) so the change does not rest on colour alone; removals are struck through (<del>).
 */
export function DiffText({ pieces, side }: { pieces: Piece[]; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  return (
    <span lang="ja">
      {pieces.map((p, i) => {
        if (p.kind === 'same') return <span key={i}>{p.text}</span>;
        if (p.kind === 'added' && side === 'after') {
          return (
            <ins key={i} className="bg-red-50 font-bold text-red-900 underline decoration-2 underline-offset-4">
              <span className="sr-only">{t('compare.insStart')}</span>
              {p.text}
              <span className="sr-only">{t('compare.insEnd')}</span>
            </ins>
          );
        }
        if (p.kind === 'removed' && side === 'before') {
          return (
            <del key={i} className="bg-solid-gray-100 text-solid-gray-800 line-through decoration-2">
              <span className="sr-only">{t('compare.delStart')}</span>
              {p.text}
              <span className="sr-only">{t('compare.delEnd')}</span>
            </del>
          );
        }
        return null;
      })}
    </span>
  );
}
