/** What a resident types into the opinion form, kept locally until it is sent. */
export interface OpinionItemDraft {
  id: string;
  /** The section of the draft plan the opinion is about; '' for an opinion on the plan in general. */
  sectionKey: string;
  text: string;
}

export interface OpinionDraft {
  name: string;
  address: string;
  email: string;
  eligibility: string;
  items: OpinionItemDraft[];
  agree: boolean;
}

export const MAX_ITEM_LENGTH = 2000;

let seq = 0;
export const newItem = (sectionKey = ''): OpinionItemDraft => ({ id: `item-${Date.now().toString(36)}-${seq++}`, sectionKey, text: '' });

export const emptyDraft = (sectionKey = ''): OpinionDraft => ({
  name: '', address: '', email: '', eligibility: '', items: [newItem(sectionKey)], agree: false,
});

/** Field paths as the form and the server's problem+json `errors[].field` name them. */
export type FieldErrors = Record<string, string>;

/** Checks what can be checked before sending; the server checks again and has the last word. */
export function validateDraft(draft: OpinionDraft, t: (key: string, opts?: Record<string, unknown>) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.name.trim()) errors.name = t('opinion.errors.nameRequired');
  if (!draft.address.trim()) errors.address = t('opinion.errors.addressRequired');
  if (draft.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email)) errors.email = t('opinion.errors.emailInvalid');
  if (!draft.eligibility) errors.eligibility = t('opinion.errors.eligibilityRequired');
  draft.items.forEach((item, i) => {
    if (!item.text.trim()) errors[`items[${i}].text`] = t('opinion.errors.textRequired');
    else if (item.text.length > MAX_ITEM_LENGTH) errors[`items[${i}].text`] = t('opinion.errors.textTooLong', { max: MAX_ITEM_LENGTH });
  });
  if (!draft.agree) errors.agree = t('opinion.errors.agreeRequired');
  return errors;
}
