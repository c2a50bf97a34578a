import { inLanguage, type Problem } from '@/lib/api-client';

const MARK = '修正案: ';

/**
 * comment-service refuses a public text holding personal information with a 400 whose field error
 * ends in "修正案: <the text with placeholders>"; this takes the proposals out, by field.
 */
export function proposalsOf(problem: Problem | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const at = e.message?.indexOf(MARK) ?? -1;
    if (e.field && e.message && at >= 0) out[e.field] = e.message.slice(at + MARK.length);
  }
  return out;
}

/**
 * Field errors by field in the reader's language ("日本語 / English" halves), the "field: " prefix and any
 * proposal dropped (the form shows the field's label, and the proposal apart).
 */
export function fieldErrorsOf(problem: Problem | undefined, language: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    if (!e.field || !e.message) continue;
    const message = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
    const at = message.indexOf(MARK);
    out[e.field] = inLanguage(at >= 0 ? message.slice(0, at).trim() : message, language);
  }
  return out;
}
