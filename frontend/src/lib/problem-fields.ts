import { ApiError, inLanguage } from './api-client';

export type FieldErrors = Record<string, string>;

/**
 * Splits a 400 problem's errors[] into the ones this form shows beside its fields and the rest, in
 * the reader's language. Anything else (not a 400 with errors) gives no field errors.
 */
export function problemFieldErrors(error: unknown, fields: readonly string[], language: string): { fields: FieldErrors; other: string[] } {
  const found: FieldErrors = {};
  const other: string[] = [];
  if (error instanceof ApiError && error.status === 400) {
    for (const e of error.problem?.errors ?? []) {
      const message = inLanguage(e.message, language);
      // Some services write the field's name before the message ("key: …"); beside the field it is noise.
      if (e.field && fields.includes(e.field)) found[e.field] = message.startsWith(`${e.field}: `) ? message.slice(e.field.length + 2) : message;
      else other.push(message);
    }
  }
  return { fields: found, other };
}
