import type { Cipher } from './cipher.ts';
import { createKeyFileCipher, keyFileScheme } from './key-file-cipher.ts';
import { openSecretStore, type SecretStore } from './secret-store.ts';

/**
 * The secret store of one host process. Browser mode and the command line use the key file; the
 * desktop app passes its keychain cipher, and keys that browser mode saved in the same data
 * directory move into the keychain the first time the app opens them (the key file is then only
 * read, never created).
 */
export async function openHostSecrets(
  dataDirectory: string,
  chooseCipher?: () => Promise<Cipher>,
): Promise<SecretStore> {
  const cipher = chooseCipher ? await chooseCipher() : createKeyFileCipher(dataDirectory);
  const previousCiphers =
    cipher.scheme === keyFileScheme ? [] : [createKeyFileCipher(dataDirectory, { createKey: false })];
  return openSecretStore({ dataDirectory, cipher, previousCiphers });
}
