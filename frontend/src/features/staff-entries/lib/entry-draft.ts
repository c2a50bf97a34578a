import type { FieldErrors } from '@/lib/problem-fields';
import type { ConsultationDetail, OutlineNode, StaffSubmissionRequest } from '../api/consultations';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** An opinion that came on paper, by fax, by e-mail or at the counter, as the moderator types it in. */
export interface EntryDraft {
  idempotencyKey: string;
  channel: string;
  /** datetime-local value, Tokyo time ("2025-11-20T10:30"). */
  receivedAt: string;
  sections: string[];
  text: string;
  attribute: string;
  attributeDetail: string;
  name: string;
  organization: string;
  address: string;
  email: string;
  phone: string;
}

export const CONTACT_FIELDS = ['name', 'organization', 'address', 'email', 'phone'] as const;
export const ENTRY_FIELDS = ['channel', 'receivedAt', 'sections', 'text', 'attribute', 'attributeDetail', ...CONTACT_FIELDS] as const;

export const emptyEntry = (): EntryDraft => ({
  idempotencyKey: crypto.randomUUID(),
  channel: '', receivedAt: '', sections: [], text: '', attribute: '', attributeDetail: '',
  name: '', organization: '', address: '', email: '', phone: '',
});

/** The server names fields by their place in the request ("opinion.contact.name"); the form by the last part. */
export const formFieldOf = (serverField: string) => serverField.replace(/^opinion\.(contact\.)?/, '').replace(/\[\d+\]$/, '');

/** Tokyo wall-clock time from the datetime-local input as an instant the server reads. */
export const toInstant = (local: string) => `${local.length === 16 ? `${local}:00` : local}+09:00`;

/** Sections depth first, each with its depth, for an indented list of checkboxes. */
export function flattenOutline(nodes: OutlineNode[] | undefined, depth = 0): { key: string; label: string; depth: number }[] {
  return (nodes ?? []).flatMap((n) => [
    { key: n.key ?? '', label: [n.number, n.title].filter(Boolean).join(' '), depth },
    ...flattenOutline(n.children, depth + 1),
  ]);
}

const PHONE = /^[0-9０-９+()\-－ー ]{0,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What can be checked before sending, by the consultation's own rules; comment-service checks again. */
export function validateEntry(d: EntryDraft, c: ConsultationDetail, t: T): FieldErrors {
  const errors: FieldErrors = {};
  const rules = c.rules;
  if (!d.channel) errors.channel = t('entries.errors.channelRequired');
  if (!d.receivedAt) {
    errors.receivedAt = t('entries.errors.receivedAtRequired');
  } else if (c.period?.opensAt && c.period.closesAt) {
    const at = Date.parse(toInstant(d.receivedAt));
    if (at < Date.parse(c.period.opensAt) || at >= Date.parse(c.period.closesAt)) {
      errors.receivedAt = t('entries.errors.receivedAtOutside', { from: c.period.firstDay?.label, to: c.period.lastDay?.label });
    }
  }
  const max = rules?.maxTextLength ?? 4000;
  if (!d.text.trim()) errors.text = t('entries.errors.textRequired');
  else if (d.text.length > max) errors.text = t('entries.errors.textTooLong', { max });
  if (rules?.maxSections && d.sections.length > rules.maxSections) errors.sections = t('entries.errors.tooManySections', { max: rules.maxSections });
  for (const field of rules?.requiredFields ?? []) {
    const value = (d as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' && !value.trim()) errors[field] = t('entries.errors.required', { field: t(`entries.${field}`) });
  }
  if (d.email && !EMAIL.test(d.email)) errors.email = t('entries.errors.emailInvalid');
  if (!PHONE.test(d.phone)) errors.phone = t('entries.errors.phoneInvalid');
  return errors;
}

const orUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

export function toRequest(d: EntryDraft): StaffSubmissionRequest {
  return {
    channel: d.channel as StaffSubmissionRequest['channel'],
    receivedAt: toInstant(d.receivedAt),
    opinion: {
      text: d.text,
      sections: d.sections,
      attribute: orUndefined(d.attribute),
      attributeDetail: orUndefined(d.attributeDetail),
      contact: {
        name: orUndefined(d.name), organization: orUndefined(d.organization), address: orUndefined(d.address),
        email: orUndefined(d.email), phone: orUndefined(d.phone),
      },
    },
  };
}
