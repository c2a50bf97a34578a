import { describedBy, Field, inputClass } from '@/components/ui/field';
import { seirekiDate, warekiDate } from '@/lib/wareki';

/** A date picked in 西暦 and read back in 和暦 beside it (令和7年10月29日（2025年10月29日）), as the city writes dates. */
export function DateField({ id, label, value, onChange, error, required, hint }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  hint?: string;
}) {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${warekiDate(value)}（${seirekiDate(value)}）` : undefined;
  const words = [hint, shown].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={label} required={required} error={error} hint={words}>
      <input id={id} type="date" className={`${inputClass(error)} sm:max-w-xs`} value={value} aria-invalid={!!error}
        aria-describedby={describedBy(id, error, words)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
