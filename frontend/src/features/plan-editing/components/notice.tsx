import { useEffect, useRef } from 'react';

/**
 * What the last action did, said where it happened: a status message that takes the focus, so the
 * keyboard continues from there when the form that had it is gone.
 */
export function Notice({ text }: { text?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (!text) return null;
  return <p ref={ref} tabIndex={-1} role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{text}</p>;
}
