import type { MethodInput } from '../../../shared/contract.ts';
import type { NetworkSettings, RetrySettings, TimeoutSettings } from '../../../shared/network-schemas.ts';
import {
  missingProxyUrl,
  type ProxyDraft,
  type ProxyMode,
  proxyDraftOf,
  proxyToSave,
} from './proxy-draft.ts';

export const timeoutFields = ['connectMs', 'responseHeadersMs', 'idleMs', 'totalMs'] as const;
export const retryDelayFields = ['initialDelayMs', 'maxDelayMs'] as const;

/** Durations are typed in seconds and stored in milliseconds; text keeps a bad value on screen. */
export interface NetworkDraft {
  proxy: ProxyDraft<ProxyMode>;
  timeouts: Record<keyof TimeoutSettings, string>;
  retry: Record<keyof RetrySettings, string>;
}

export type NetworkFieldId =
  | 'proxy.url'
  | `timeouts.${keyof TimeoutSettings}`
  | `retry.${keyof RetrySettings}`;

/** A message key of the catalog with its values; rendered by the field that shows it. */
export interface FieldIssue {
  key: string;
  params?: Record<string, string | number>;
}

export type NetworkIssues = Partial<Record<NetworkFieldId, FieldIssue>>;

export type NetworkDraftReading =
  | { ok: true; update: MethodInput<'settings.update'> }
  | { ok: false; issues: NetworkIssues };

// The contract's limits, restated in seconds for the messages.
const longestTimeoutSeconds = 86_400;
const longestInitialDelaySeconds = 60;
const longestMaxDelaySeconds = 600;
const mostRetries = 10;

export function secondsText(milliseconds: number): string {
  return String(milliseconds / 1000);
}

export function networkDraftOf(settings: NetworkSettings): NetworkDraft {
  return {
    proxy: proxyDraftOf(settings.proxy),
    timeouts: {
      connectMs: secondsText(settings.timeouts.connectMs),
      responseHeadersMs: secondsText(settings.timeouts.responseHeadersMs),
      idleMs: secondsText(settings.timeouts.idleMs),
      totalMs: secondsText(settings.timeouts.totalMs),
    },
    retry: {
      maxRetries: String(settings.retry.maxRetries),
      initialDelayMs: secondsText(settings.retry.initialDelayMs),
      maxDelayMs: secondsText(settings.retry.maxDelayMs),
    },
  };
}

/** Seconds as typed ("2", "0.5", "1,5") to whole milliseconds; undefined when not a number. */
export function parseSeconds(text: string): number | undefined {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+$|^\d+\.$/.test(normalized)) return undefined;
  return Math.round(Number(normalized) * 1000);
}

export function readNetworkDraft(draft: NetworkDraft): NetworkDraftReading {
  const issues: NetworkIssues = {};
  if (missingProxyUrl(draft.proxy)) issues['proxy.url'] = { key: 'ui.network.invalid.proxyUrlRequired' };

  const timeouts = {} as TimeoutSettings;
  for (const field of timeoutFields) {
    const value = parseSeconds(draft.timeouts[field]);
    if (value === undefined || value <= 0 || value > longestTimeoutSeconds * 1000) {
      issues[`timeouts.${field}`] = {
        key: 'ui.network.invalid.seconds',
        params: { max: longestTimeoutSeconds },
      };
    } else timeouts[field] = value;
  }

  const maxRetries = Number(draft.retry.maxRetries.trim());
  if (
    draft.retry.maxRetries.trim() === '' ||
    !Number.isInteger(maxRetries) ||
    maxRetries < 0 ||
    maxRetries > mostRetries
  ) {
    issues['retry.maxRetries'] = { key: 'ui.network.invalid.integer', params: { min: 0, max: mostRetries } };
  }
  const initialDelayMs = readDelay(draft.retry.initialDelayMs, longestInitialDelaySeconds);
  if (initialDelayMs === undefined) {
    issues['retry.initialDelayMs'] = {
      key: 'ui.network.invalid.secondsOrZero',
      params: { max: longestInitialDelaySeconds },
    };
  }
  const maxDelayMs = readDelay(draft.retry.maxDelayMs, longestMaxDelaySeconds);
  if (maxDelayMs === undefined) {
    issues['retry.maxDelayMs'] = {
      key: 'ui.network.invalid.secondsOrZero',
      params: { max: longestMaxDelaySeconds },
    };
  } else if (initialDelayMs !== undefined && maxDelayMs < initialDelayMs) {
    issues['retry.maxDelayMs'] = { key: 'ui.network.invalid.delayOrder' };
  }

  if (Object.keys(issues).length > 0 || initialDelayMs === undefined || maxDelayMs === undefined) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    update: {
      proxy: proxyToSave(draft.proxy),
      timeouts,
      retry: { maxRetries, initialDelayMs, maxDelayMs },
    },
  };
}

function readDelay(text: string, longestSeconds: number): number | undefined {
  const value = parseSeconds(text);
  return value === undefined || value > longestSeconds * 1000 ? undefined : value;
}
