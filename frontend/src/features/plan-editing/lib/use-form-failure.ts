import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type FieldErrors, problemFieldErrors } from '@/lib/problem-fields';

/**
 * What went wrong with a staff form's save, as every plan-editing form shows it: field errors beside
 * their fields (the server's problem+json ones too), the rest in the summary above the form (focused,
 * so it is heard), and a 409 as a conflict carrying what the server holds now (`current`).
 */
export function useFormFailure<Current>(fields: readonly string[]) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<{ error: ApiError; current?: Current }>();
  const summaryRef = useRef<HTMLDivElement>(null);

  const fail = useCallback((found: FieldErrors, rest: string[] = []) => {
    setErrors(found);
    setOther(rest);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setOther([]);
    setConflict(undefined);
  }, []);

  /** Sorts a failed save's error into conflict, field errors or a message. */
  const caught = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.status === 409) {
      setErrors({});
      setOther([]);
      setConflict({ error: e, current: e.problem?.current as Current | undefined });
      return;
    }
    const split = problemFieldErrors(e, fields, i18n.language);
    if (Object.keys(split.fields).length || split.other.length) return fail(split.fields, split.other);
    fail({}, [e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')]);
  }, [fields, fail, i18n.language, t]);

  /** The entries of the error summary: each field error links to its field. */
  const summary = (idOf: (field: string) => string, labelOf: (field: string) => string) => [
    ...fields.filter((f) => errors[f]).map((f) => ({ href: `#${idOf(f)}`, text: `${labelOf(f)}: ${errors[f]}` })),
    ...other.map((text) => ({ text })),
  ];

  return { errors, conflict, setConflict, summaryRef, fail, clear, caught, summary };
}
