import type { TFunction } from 'i18next';

/** What a form's own checks found: per field, a message key of the staff texts and its options. */
export type Messages = Record<string, [key: string, options?: Record<string, number | string>]>;

/** The messages in the reader's language, ready to show beside the fields. */
export const translated = (t: TFunction, found: Messages): Record<string, string> =>
  Object.fromEntries(Object.entries(found).map(([field, [key, options]]) => [field, t(key, options ?? {})]));
