import Conf from 'conf';
import type { ParsedMethodInput } from '../../shared/contract.ts';
import type { AppSettings, NetworkSettings, ProxySettings } from '../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { checkProxySettings } from './check-proxy-settings.ts';
import { definedFields, readNetworkSettings, withoutEmptyFields } from './read-network-settings.ts';

type SettingsFile = { network?: unknown };

/**
 * App-wide settings in `config.json` of the data directory, under `network`: the file profile edits
 * use too, so the window, browser mode and the CLI share them. Read on every access, since another
 * process may have written the file since.
 */
export interface AppSettingsStore {
  get(): AppSettings;
  network(): NetworkSettings;
  /** Merges a partial change over what is stored; a proxy URL that cannot work is refused. */
  update(change: ParsedMethodInput<'settings.update'>): Result<AppSettings>;
}

export function openAppSettings(dataDirectory: string): AppSettingsStore {
  const store = new Conf<SettingsFile>({
    cwd: dataDirectory,
    configName: 'config',
    clearInvalidConfig: true,
  });
  const network = () => readNetworkSettings(store.get('network'));

  return {
    get: () => ({ network: network() }),
    network,
    update(change) {
      const current = network();
      const proxy: ProxySettings = change.proxy
        ? withoutEmptyFields({ ...current.proxy, ...definedFields(change.proxy) })
        : current.proxy;
      const problem = checkProxySettings(proxy);
      if (problem) return fail(problem);
      const next: NetworkSettings = {
        proxy,
        timeouts: { ...current.timeouts, ...definedFields(change.timeouts ?? {}) },
        retry: { ...current.retry, ...definedFields(change.retry ?? {}) },
      };
      if (next.retry.maxDelayMs < next.retry.initialDelayMs) {
        const detail = `retry.maxDelayMs (${next.retry.maxDelayMs}) is shorter than retry.initialDelayMs (${next.retry.initialDelayMs})`;
        return fail(makeError('invalid-payload', { hintKey: 'fix-payload', params: { detail } }));
      }
      store.set('network', next);
      return ok({ network: next });
    },
  };
}
