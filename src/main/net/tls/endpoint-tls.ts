import { statSync } from 'node:fs';
import { getCACertificates, rootCertificates } from 'node:tls';
import type { TlsSettings } from '../../../shared/network-schemas.ts';
import { expandHome, readCaFile } from './read-ca-file.ts';

/** What undici's connectors take for the endpoint (and an https proxy). */
export interface EndpointTlsOptions {
  /** Undefined keeps Node's default trust; set, it replaces it, so it includes those roots. */
  ca?: string[];
  rejectUnauthorized: boolean;
}

export type EndpointTlsReading = { ok: true; options: EndpointTlsOptions } | { ok: false; reason: string };

/**
 * The profile's TLS settings as connector options. A CA file adds to the roots Node already trusts
 * (the bundled ones plus NODE_EXTRA_CA_CERTS and, with --use-system-ca, the OS store) rather than
 * replacing them: trusting a corporate CA must not stop api.openai.com from verifying.
 */
export function readEndpointTls(settings: TlsSettings): EndpointTlsReading {
  const options: EndpointTlsOptions = { rejectUnauthorized: !settings.skipVerification };
  if (!settings.caFile) return { ok: true, options };
  const reading = readCaFile(settings.caFile);
  if (!reading.ok) return reading;
  options.ca = [...defaultCertificates(), ...reading.certificates];
  return { ok: true, options };
}

/**
 * Part of a cache key: changes when the CA file is replaced or edited, so the next request builds
 * a dispatcher that trusts the new contents without restarting the app.
 */
export function tlsCacheKey(settings: TlsSettings): string {
  if (!settings.caFile) return `verify=${!settings.skipVerification}`;
  let stamp = 'unreadable';
  try {
    const stats = statSync(expandHome(settings.caFile));
    stamp = `${stats.size}@${stats.mtimeMs}`;
  } catch {
    // Reading it will fail and say why; the key only needs to differ from a readable file's.
  }
  return `verify=${!settings.skipVerification};ca=${settings.caFile};${stamp}`;
}

function defaultCertificates(): string[] {
  // getCACertificates arrived in Node 22.15; older Electron builds only have the bundled roots.
  return typeof getCACertificates === 'function' ? getCACertificates('default') : [...rootCertificates];
}
