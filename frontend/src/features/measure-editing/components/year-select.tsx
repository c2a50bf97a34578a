import { SelectField } from '@/features/plan-editing/components/form-fields';
import { fiscalYearWithSeireki } from '@/lib/wareki';

/** A fiscal year chosen by name: 令和8年度（2026年度）. */
export function YearSelect({ id, label, value, onChange, years, error, required, empty }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  years: number[];
  error?: string;
  required?: boolean;
  /** The words for "no year" (an optional field) or "choose" (a required one). */
  empty: string;
}) {
  return (
    <SelectField id={id} label={label} value={value} onChange={onChange} error={error} required={required}>
      <option value="">{empty}</option>
      {years.map((y) => <option key={y} value={String(y)}>{fiscalYearWithSeireki(y)}</option>)}
    </SelectField>
  );
}
