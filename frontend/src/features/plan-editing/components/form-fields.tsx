import type { ReactNode } from 'react';
import { describedBy, Field, inputClass } from '@/components/ui/field';

interface Common {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A labelled one-line input with its hint and error beside it (Field), wired for assistive technology. */
export function TextField({ id, label, value, onChange, error, hint, required, inputMode, code }: Common & {
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** A code (key) rather than words: no capitals or spelling help. */
  code?: boolean;
}) {
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <input id={id} className={inputClass(error)} value={value} inputMode={inputMode} aria-invalid={!!error}
        autoCapitalize={code ? 'none' : undefined} spellCheck={code ? false : undefined}
        aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function TextAreaField({ id, label, value, onChange, error, hint, required, rows = 5 }: Common & { rows?: number }) {
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <textarea id={id} rows={rows} className={inputClass(error)} value={value} aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function SelectField({ id, label, value, onChange, error, hint, required, children }: Common & { children: ReactNode }) {
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <select id={id} className={inputClass(error)} value={value} aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </Field>
  );
}
