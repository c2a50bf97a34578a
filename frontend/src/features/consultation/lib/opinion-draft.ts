import type { ConsultationDetail, SubmissionRequest } from '../api/consultations';

/** What a resident types into the opinion form, kept on the device until the city's server accepted it. */
export interface OpinionDraft {
  /** Made once per draft; every send of this draft carries it, so a retry is never a second opinion. */
  idempotencyKey: string;
  /** Sections of the draft plan the opinion is about; none for an opinion on the plan in general. */
  sections: string[];
  text: string;
  attribute: string;
  attributeDetail: string;
  name: string;
  organization: string;
  address: string;
  email: string;
  phone: string;
  agree: boolean;
}

export const newKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const emptyDraft = (section = ''): OpinionDraft => ({
  idempotencyKey: newKey(), sections: section ? [section] : [], text: '', attribute: '', attributeDetail: '',
  name: '', organization: '', address: '', email: '', phone: '', agree: false,
});

/**
 * The form's field names are the server's (problem+json errors[].field), so an error the server finds
 * lands beside the same field as one found here.
 */
export const FIELDS = [
  'contact.name', 'contact.organization', 'contact.address', 'contact.email', 'contact.phone',
  'attribute', 'attributeDetail', 'sections', 'text', 'agree',
] as const;
export type Field = (typeof FIELDS)[number];
export type FieldErrors = Partial<Record<Field, string>>;

/** Maps a server field ("sections[2]", "contact.email") to the form's field. */
export function formField(serverField: string | undefined): Field | undefined {
  const f = (serverField ?? '').replace(/\[\d+\]$/, '').replace(/^body\./, '');
  return (FIELDS as readonly string[]).includes(f) ? (f as Field) : undefined;
}

const REQUIRABLE: Record<string, Field> = {
  name: 'contact.name', address: 'contact.address', email: 'contact.email', phone: 'contact.phone', attribute: 'attribute',
};

/** Which fields this consultation requires (its rules say; name, address and category in the city's usual form). */
export function requiredFields(rules: ConsultationDetail['rules']): Set<Field> {
  return new Set((rules?.requiredFields ?? []).map((f) => REQUIRABLE[f]).filter(Boolean));
}

type T = (key: string, opts?: Record<string, unknown>) => string;

/** Checks what can be checked before sending; the server checks again and has the last word. */
export function validateDraft(d: OpinionDraft, rules: ConsultationDetail['rules'], t: T): FieldErrors {
  const errors: FieldErrors = {};
  const required = requiredFields(rules);
  const max = rules?.maxTextLength ?? 4000;
  const maxSections = rules?.maxSections ?? 20;
  const value: Record<string, string> = {
    'contact.name': d.name, 'contact.address': d.address, 'contact.email': d.email, 'contact.phone': d.phone, attribute: d.attribute,
  };
  for (const f of required) if (!value[f]?.trim()) errors[f] = t(`opinion.errors.required.${f}`);
  if (d.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim())) errors['contact.email'] = t('opinion.errors.emailInvalid');
  if (d.phone && !/^[0-9０-９+()\-－ー ]{0,20}$/.test(d.phone)) errors['contact.phone'] = t('opinion.errors.phoneInvalid');
  if (!d.text.trim()) errors.text = t('opinion.errors.textRequired');
  else if ([...d.text].length > max) errors.text = t('opinion.errors.textTooLong', { max });
  if (d.sections.length > maxSections) errors.sections = t('opinion.errors.tooManySections', { max: maxSections });
  if (!d.agree) errors.agree = t('opinion.errors.agreeRequired');
  return errors;
}

const blank = (s: string) => (s.trim() ? s.trim() : undefined);

/** The request body; empty contact fields are left out, not sent as "". */
export function toRequest(d: OpinionDraft): SubmissionRequest {
  const contact = {
    name: blank(d.name), organization: blank(d.organization), address: blank(d.address), email: blank(d.email), phone: blank(d.phone),
  };
  return {
    text: d.text,
    sections: d.sections,
    attribute: blank(d.attribute),
    attributeDetail: blank(d.attributeDetail),
    contact: Object.values(contact).some(Boolean) ? contact : undefined,
  };
}
