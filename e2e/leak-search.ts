import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The spellings a key could leak in: as typed, its distinctive middle (a key with a character
 * cut off either end is still a leaked key), hex, UTF-16, and base64/base64url at each of the
 * three alignments it could have inside a longer encoded blob (only whole 3-byte groups are
 * taken, so the neighbours' bytes never change the expected text).
 */
export function leakForms(secret: string): string[] {
  const forms = new Set([secret, secret.slice(2, -2)]);
  const bytes = Buffer.from(secret, 'utf8');
  forms.add(bytes.toString('hex'));
  forms.add(Buffer.from(secret, 'utf16le').toString('latin1'));
  for (const offset of [0, 1, 2]) {
    const whole = bytes.subarray(offset, offset + Math.floor((bytes.length - offset) / 3) * 3);
    forms.add(whole.toString('base64'));
    forms.add(whole.toString('base64url'));
  }
  return [...forms];
}

/** The forms of `secret` found in `text`; empty when it holds none. */
export function leaksIn(text: string, secret: string): string[] {
  return leakForms(secret).filter((form) => text.includes(form));
}

/** Every regular file under `folder`, read as bytes, with its path relative to the folder. */
export function readEveryFile(folder: string): { path: string; bytes: Buffer }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(folder, path), bytes: readFileSync(path) };
    });
}
