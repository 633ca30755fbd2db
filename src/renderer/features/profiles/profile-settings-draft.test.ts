import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { dollars, readSettingsDraft, settingsDraftOf, settingsIssueField } from './profile-settings-draft.ts';

const profile: ProfileSummary = {
  id: 'relay-1',
  name: 'Team relay',
  format: 'openai-compatible',
  baseUrl: 'https://relay.example.com/v1',
  defaultModel: 'gpt-4o-mini',
  models: [],
  key: { configured: false, source: 'none' },
  keys: [],
  proxy: { mode: 'default' },
  tls: { skipVerification: false },
  headers: { 'X-Relay-Team': 'blue', 'X-Relay-Token': 'rt-****abcd' },
  prices: { 'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 } },
  presetId: 'custom-relay',
  builtIn: false,
};

describe('readSettingsDraft', () => {
  it('sends nothing but the id when nothing changed, masked header included', () => {
    const reading = readSettingsDraft(settingsDraftOf(profile), profile);
    expect(reading).toEqual({ ok: true, changed: false, update: { profileId: 'relay-1' } });
  });

  it('sends the whole header table when one header changed, the masked value as it came', () => {
    const draft = settingsDraftOf(profile);
    draft.headers[0] = { ...(draft.headers[0] as (typeof draft.headers)[number]), value: 'green' };
    const reading = readSettingsDraft(draft, profile);
    expect(reading.ok && reading.update).toEqual({
      profileId: 'relay-1',
      headers: { 'X-Relay-Team': 'green', 'X-Relay-Token': 'rt-****abcd' },
    });
  });

  it('reads prices typed with a comma or a dollar sign', () => {
    const draft = settingsDraftOf(profile);
    draft.prices.push({ id: 'p2', model: ' gpt-4o ', input: '$2,5', output: '10' });
    const reading = readSettingsDraft(draft, profile);
    expect(reading.ok && reading.update.prices).toEqual({
      'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
      'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
    });
  });

  it('names each bad field', () => {
    const draft = settingsDraftOf(profile);
    draft.name = ' ';
    draft.headers.push(
      { id: 'h3', name: 'x-relay-team', value: 'a' },
      { id: 'h4', name: 'Bad Name', value: '' },
    );
    draft.prices.push({ id: 'p2', model: 'gpt-4o-mini', input: 'free', output: '-1' });
    const reading = readSettingsDraft(draft, profile);
    expect(reading.ok ? {} : reading.issues).toEqual({
      name: { key: 'nameRequired' },
      'header.h3.name': { key: 'headerDuplicate' },
      'header.h4.name': { key: 'headerNameInvalid' },
      'price.p2.model': { key: 'priceModelDuplicate' },
      'price.p2.input': { key: 'price' },
      'price.p2.output': { key: 'price' },
    });
  });

  it('drops rows left entirely empty', () => {
    const draft = settingsDraftOf(profile);
    draft.headers.push({ id: 'h3', name: ' ', value: '' });
    draft.prices.push({ id: 'p2', model: '', input: '', output: ' ' });
    expect(readSettingsDraft(draft, profile)).toMatchObject({ ok: true, changed: false });
  });

  it('leaves the described endpoint of the mock alone', () => {
    const mock = { ...profile, baseUrl: 'in-process mock (starts on first send)' };
    const draft = settingsDraftOf(mock);
    expect(draft.baseUrl).toBe('');
    expect(readSettingsDraft(draft, mock)).toMatchObject({ ok: true, changed: false });
  });
});

describe('dollars', () => {
  it('accepts plain amounts only', () => {
    expect(dollars('0')).toBe(0);
    expect(dollars('.5')).toBe(0.5);
    expect(dollars('')).toBeUndefined();
    expect(dollars('1e3')).toBeUndefined();
  });
});

describe('settingsIssueField', () => {
  it('puts a refused header under its row', () => {
    const draft = settingsDraftOf(profile);
    const error = {
      code: 'invalid-payload' as const,
      message: '',
      params: { detail: 'headers.X-Relay-Team: reserved' },
    };
    expect(settingsIssueField(error, draft)).toBe(`header.${draft.headers[0]?.id}.name`);
    expect(settingsIssueField({ code: 'invalid-base-url', message: '' }, draft)).toBe('baseUrl');
  });
});
