import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export type CaFileReading = { ok: true; certificates: string[] } | { ok: false; reason: string };

const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The certificates of a PEM bundle (a corporate or proxy CA), each checked to parse, so a wrong
 * file is reported by name now instead of as a vague TLS failure on every request.
 */
export function readCaFile(path: string): CaFileReading {
  const resolved = expandHome(path);
  if (!isAbsolute(resolved)) return { ok: false, reason: 'the path is not absolute' };
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'the file does not exist' };
    if (code === 'EISDIR') return { ok: false, reason: 'it is a folder, not a file' };
    return { ok: false, reason: `the file could not be read (${code ?? String(error)})` };
  }
  const certificates = text.match(pemBlock) ?? [];
  if (certificates.length === 0) {
    return { ok: false, reason: 'it holds no PEM certificate (a "-----BEGIN CERTIFICATE-----" block)' };
  }
  for (const [index, certificate] of certificates.entries()) {
    try {
      new X509Certificate(certificate);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `certificate ${index + 1} in it is damaged (${why})` };
    }
  }
  return { ok: true, certificates };
}

/** `~/corp-ca.pem` as typed on a command line or pasted from one. */
export function expandHome(path: string): string {
  const trimmed = path.trim();
  if (trimmed === '~') return homedir();
  return trimmed.startsWith('~/') ? join(homedir(), trimmed.slice(2)) : trimmed;
}
