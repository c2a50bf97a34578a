import { describedBy, Field, inputClass } from '@/components/ui/field';
import { seirekiDate, warekiDate, warekiMonthWithSeireki } from '@/lib/wareki';

interface CalendarProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  hint?: string;
}

/** The browser's own picker, with what was picked read back in 和暦 beside 西暦 under the label. */
function CalendarField({ type, shown, id, label, value, onChange, error, required, hint }: CalendarProps & {
  type: 'date' | 'month';
  shown?: string;
}) {
  const words = [hint, shown].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={label} required={required} error={error} hint={words}>
      <input id={id} type={type} className={`${inputClass(error)} sm:max-w-xs`} value={value} aria-invalid={!!error}
        aria-describedby={describedBy(id, error, words)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** A date picked in 西暦 and read back in 和暦 beside it (令和7年10月29日（2025年10月29日）), as the city writes dates. */
export function DateField(props: CalendarProps) {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(props.value) ? `${warekiDate(props.value)}（${seirekiDate(props.value)}）` : undefined;
  return <CalendarField type="date" shown={shown} {...props} />;
}

/** A month (YYYY-MM) for what is planned only to the month (6月中, 11月頃): 令和7年6月（2025年6月）. */
export function MonthField(props: CalendarProps) {
  const shown = /^\d{4}-\d{2}$/.test(props.value) ? warekiMonthWithSeireki(props.value) : undefined;
  return <CalendarField type="month" shown={shown} {...props} />;
}
