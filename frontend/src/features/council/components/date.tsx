import { seirekiDate } from '@/lib/wareki';

/** 令和7年10月29日(水)（2025年10月29日）: the service's 和暦 label with 西暦 beside it, in a <time>. */
export function DateText({ value }: { value?: { date?: string; label?: string } }) {
  if (!value?.date) return <>{value?.label ?? ''}</>;
  return (
    <time dateTime={value.date}>
      <span lang="ja">{value.label}</span>（{seirekiDate(value.date)}）
    </time>
  );
}
