import { describe, expect, it } from 'vitest';
import { defaultNetworkSettings } from '../../../shared/network-schemas.ts';
import { networkDraftOf, parseSeconds, readNetworkDraft } from './network-draft.ts';

describe('parseSeconds', () => {
  it('reads whole and decimal seconds, with a point or a comma', () => {
    expect(parseSeconds('10')).toBe(10_000);
    expect(parseSeconds(' 0.5 ')).toBe(500);
    expect(parseSeconds('1,5')).toBe(1500);
    expect(parseSeconds('.25')).toBe(250);
  });

  it('refuses what is not a plain number', () => {
    for (const text of ['', 'ten', '-1', '1e3', '1.2.3']) expect(parseSeconds(text)).toBeUndefined();
  });
});

describe('readNetworkDraft', () => {
  it('round-trips the saved settings into milliseconds', () => {
    const reading = readNetworkDraft(networkDraftOf(defaultNetworkSettings));
    expect(reading).toEqual({
      ok: true,
      update: {
        proxy: { mode: 'system', url: '', noProxy: '' },
        timeouts: defaultNetworkSettings.timeouts,
        retry: defaultNetworkSettings.retry,
      },
    });
  });

  it('names every field that is wrong, in the words of the catalog', () => {
    const draft = networkDraftOf(defaultNetworkSettings);
    draft.proxy = { mode: 'manual', url: ' ', noProxy: '' };
    draft.timeouts.connectMs = '0';
    draft.retry.maxRetries = '2.5';
    draft.retry.initialDelayMs = '5';
    draft.retry.maxDelayMs = '1';
    const reading = readNetworkDraft(draft);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.issues).sort()).toEqual([
      'proxy.url',
      'retry.maxDelayMs',
      'retry.maxRetries',
      'timeouts.connectMs',
    ]);
    expect(reading.issues['retry.maxDelayMs']?.key).toBe('ui.network.invalid.delayOrder');
  });

  it('sends the proxy URL as typed whatever the mode, so the host keeps it for later', () => {
    const draft = networkDraftOf(defaultNetworkSettings);
    draft.proxy = { mode: 'none', url: ' http://127.0.0.1:7890 ', noProxy: '' };
    const reading = readNetworkDraft(draft);
    expect(reading.ok && reading.update.proxy).toEqual({
      mode: 'none',
      url: 'http://127.0.0.1:7890',
      noProxy: '',
    });
  });
});
