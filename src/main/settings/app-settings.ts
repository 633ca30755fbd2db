import type { ParsedMethodInput } from '../../shared/contract.ts';
import type { HistorySettings } from '../../shared/history-schemas.ts';
import type { AppSettings, NetworkSettings, ProxySettings } from '../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { checkProxySettings } from './check-proxy-settings.ts';
import { readAppearanceSettings } from './read-appearance-settings.ts';
import { readHistorySettings } from './read-history-settings.ts';
import { definedFields, readNetworkSettings, withoutEmptyFields } from './read-network-settings.ts';
import { openSettingsFile, type SettingsFile } from './settings-file.ts';

/**
 * App-wide settings in `config.json` of the data directory, under `network`, `history` and
 * `appearance`: the file profile edits
 * use too, so the window, browser mode and the CLI share them. Read on every access, since another
 * process may have written the file since.
 */
export interface AppSettingsStore {
  get(): AppSettings;
  network(): NetworkSettings;
  history(): HistorySettings;
  /**
   * Merges network changes over what is stored; `history` replaces the retention as a whole, so a
   * limit left out is removed (kept forever). A proxy URL that cannot work is refused.
   */
  update(change: ParsedMethodInput<'settings.update'>): Result<AppSettings>;
}

export interface AppSettingsOptions {
  /** The settings file the profiles use too, so both see one check of it and one set of notices. */
  file?: SettingsFile;
}

export function openAppSettings(dataDirectory: string, options: AppSettingsOptions = {}): AppSettingsStore {
  const file = options.file ?? openSettingsFile(dataDirectory);
  const network = () => readNetworkSettings(file.read().network);
  const history = () => readHistorySettings(file.read().history);
  const appearance = () => readAppearanceSettings(file.read().appearance);

  return {
    get: () => ({ network: network(), history: history(), appearance: appearance() }),
    network,
    history,
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
      const retention = change.history ? readHistorySettings(change.history) : history();
      const looks = { ...appearance(), ...definedFields(change.appearance ?? {}) };
      file.update((document) => ({ ...document, network: next, history: retention, appearance: looks }));
      return ok({ network: next, history: retention, appearance: looks });
    },
  };
}
