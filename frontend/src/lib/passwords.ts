type T = (key: string, opts?: Record<string, unknown>) => string;

/** The gateway's password rules (its Passwords class): checked before sending; the gateway checks again. */
export const PASSWORD_MIN = 12;
/** bcrypt reads 72 bytes at most; the gateway refuses longer passwords rather than cut them. */
export const PASSWORD_MAX_BYTES = 72;

export function checkPassword(password: string, t: T): string | undefined {
  if ([...password].length < PASSWORD_MIN) return t('password.tooShort', { min: PASSWORD_MIN });
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return t('password.tooLong', { max: PASSWORD_MAX_BYTES });
  return undefined;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random initial password of 16 characters without look-alike letters, from the browser's CSPRNG. */
export function randomPassword(length = 16): string {
  // Bytes at or above the largest multiple of the alphabet's size are skipped, so no letter is likelier.
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length))) {
      if (b < limit && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}
