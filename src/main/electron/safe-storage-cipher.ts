import { safeStorage } from 'electron';
import { makeError } from '../errors/make-error.ts';
import type { Cipher } from '../secrets/cipher.ts';
import { createKeyFileCipher } from '../secrets/key-file-cipher.ts';
import { SecretStorageError } from '../secrets/secret-storage-error.ts';

export const safeStorageScheme = 'safe-storage';

/**
 * The desktop app's cipher: Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the
 * Secret Service or KWallet on Linux), through the asynchronous API that Electron 45 recommends
 * and that survives key rotation. Call after the app is ready: before that, Linux reports no
 * backend.
 *
 * Linux without a keyring falls back to basic_text, a fixed key built into Chromium: values are
 * then encrypted in name only, so the cipher says `protected: false` and the window asks before
 * saving. When safeStorage is not available at all, the key file of browser mode is used instead.
 */
export async function createSafeStorageCipher(dataDirectory: string): Promise<Cipher> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return createKeyFileCipher(dataDirectory);
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  // Values the keychain says were made with an older key; SecretStore encrypts them again.
  const stale = new Set<string>();

  return {
    scheme: safeStorageScheme,
    backend: basicText ? 'basic-text' : 'safe-storage',
    protected: !basicText,
    async encrypt(plain) {
      try {
        return (await safeStorage.encryptStringAsync(plain)).toString('base64');
      } catch (error) {
        throw keychainProblem('encrypt', error);
      }
    },
    async decrypt(cipherText) {
      let decrypted: Awaited<ReturnType<typeof safeStorage.decryptStringAsync>>;
      try {
        decrypted = await safeStorage.decryptStringAsync(Buffer.from(cipherText, 'base64'));
      } catch (error) {
        // A locked or refused keychain, a value from another machine or account, an altered value:
        // from here they look alike. The keychain is by far the likeliest, so that is what the
        // user reads; the key shows as needing re-entry either way and is kept meanwhile.
        throw keychainProblem('decrypt', error);
      }
      if (decrypted.shouldReEncrypt) stale.add(cipherText);
      else stale.delete(cipherText);
      return decrypted.result;
    },
    isStale: (cipherText) => stale.has(cipherText),
  };
}

function keychainProblem(action: string, error: unknown): SecretStorageError {
  // Electron's message names the operation only, never the value.
  const reason = error instanceof Error ? error.message : String(error);
  const detail = `the system keychain could not ${action} a key (${reason})`;
  return new SecretStorageError(makeError('internal', { hintKey: 'keychain-failed', params: { detail } }));
}
