import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { ProfileProxy, TlsSettings } from '../../shared/network-schemas.ts';
import type { ModelPrice } from '../../shared/profile-schemas.ts';
import type { KeyRequirement } from '../presets/preset-table.ts';

/** Where a profile sends requests when it has no base URL of its own. */
export type DefaultEndpoint =
  /** url is absent when there is nothing to default to (a relay the user has yet to fill in). */
  | { kind: 'url'; url?: string; environmentVariable?: string }
  /** The in-process mock server, started on first use; `path` follows the format's SDK convention. */
  | { kind: 'in-process-mock'; path: '/v1' | '' };

/**
 * A profile as the main process uses it: the stored record joined with its preset (default
 * endpoint, key variable). Holds no key; the window sees a ProfileSummary instead.
 */
export interface Profile {
  id: string;
  name: string;
  presetId?: string;
  format: ProviderFormat;
  /** The user's own base URL; when absent, the endpoint's default applies. */
  baseUrl?: string;
  endpoint: DefaultEndpoint;
  /** Shown in the hint of an invalid base URL, in the shape this format's SDK expects. */
  baseUrlExample: string;
  key: { requirement: KeyRequirement; environmentVariable?: string };
  defaultModel: string;
  models: string[];
  /** Sent with every request; values may be credentials and are masked in summaries. */
  headers: Record<string, string>;
  prices: Record<string, ModelPrice>;
  /** Absent: the default (the global proxy setting; none for the in-process mock). */
  proxy?: ProfileProxy;
  tls?: TlsSettings;
  /** The Local mock profiles every data directory has; they cannot be deleted. */
  builtIn: boolean;
}
