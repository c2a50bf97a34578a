/** Marks every occurrence of the searched words in a text (full- and half-width alike, as the services match). */
export function Highlight({ text, words }: { text?: string; words: string[] }) {
  if (!text) return null;
  const terms = words.map((w) => w.normalize('NFKC')).filter(Boolean);
  if (terms.length === 0) return <>{text}</>;
  const escaped = terms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.normalize('NFKC').split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <mark key={i} className="bg-yellow-300 text-solid-gray-900">{p}</mark> : p))}
    </>
  );
}
