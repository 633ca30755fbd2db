import type { SecretBackend } from '../../shared/profile-schemas.ts';

/**
 * Encrypts one secret at a time. The Electron shell supplies safeStorage (the OS keychain);
 * browser mode and the command line use AES-256-GCM with a key file. A cipher knows nothing of
 * files of secrets or of profiles: SecretStore tags what it returns with `scheme`, so a value is
 * always decrypted by the cipher that made it.
 */
export interface Cipher {
  /** Names the format of the values: lowercase letters, digits and dashes. */
  scheme: string;
  /** Returns text safe to put in JSON (base64). Rejects rather than return something unreadable. */
  encrypt(plain: string): Promise<string>;
  /** Rejects when the value was not made by this cipher with its current key, or was altered. */
  decrypt(cipherText: string): Promise<string>;
  backend: SecretBackend;
  /** False when anyone holding the files can decrypt them (safeStorage's basic_text on Linux). */
  protected: boolean;
  /**
   * Whether a value just decrypted should be encrypted again (the OS rotated its key). Optional:
   * only safeStorage tells.
   */
  isStale?(cipherText: string): boolean;
}

// `pw1` versions the envelope itself; the scheme inside versions the cipher.
const envelopeVersion = 'pw1';
const schemePattern = /^[a-z0-9-]+$/;

export function assertScheme(scheme: string): void {
  if (!schemePattern.test(scheme)) {
    throw new RangeError(`A cipher scheme uses lowercase letters, digits and dashes, not "${scheme}"`);
  }
}

/** `pw1:key-file:<base64>`: the scheme travels with the value, so the store can change ciphers. */
export function tagCipherText(scheme: string, cipherText: string): string {
  assertScheme(scheme);
  return `${envelopeVersion}:${scheme}:${cipherText}`;
}

export interface TaggedCipherText {
  scheme: string;
  cipherText: string;
}

/** Undefined for text that is not an envelope this version writes. */
export function parseTaggedCipherText(tagged: string): TaggedCipherText | undefined {
  const [version, scheme, ...rest] = tagged.split(':');
  if (version !== envelopeVersion || scheme === undefined || !schemePattern.test(scheme)) return undefined;
  const cipherText = rest.join(':');
  return cipherText === '' ? undefined : { scheme, cipherText };
}
