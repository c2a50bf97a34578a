import { checkPassword } from '@/lib/passwords';
import type { FieldErrors } from '@/lib/problem-fields';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** The gateway's rules for accounts (NewStaff), checked before sending; the gateway checks again. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface ProfileDraft {
  displayName: string;
  roles: string[];
}

export function checkProfile(draft: ProfileDraft, t: T): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.displayName.trim()) errors.displayName = t('users.errors.displayNameRequired');
  else if (draft.displayName.length > 200) errors.displayName = t('users.errors.displayNameLong');
  if (draft.roles.length === 0) errors.roles = t('users.errors.rolesRequired');
  return errors;
}

export function checkNewMember(draft: ProfileDraft & { username: string }, password: string, t: T): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.username) errors.username = t('users.errors.usernameRequired');
  else if (!USERNAME_PATTERN.test(draft.username)) errors.username = t('users.errors.usernameInvalid');
  Object.assign(errors, checkProfile(draft, t));
  const passwordError = checkPassword(password, t);
  if (passwordError) errors.password = passwordError;
  return errors;
}
