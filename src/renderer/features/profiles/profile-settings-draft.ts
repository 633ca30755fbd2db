import type { MethodInput } from '../../../shared/contract.ts';
import { isCredentialHeader } from '../../../shared/mask-key.ts';
import type { ModelPrice, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { issuePath } from '../../lib/issue-path.ts';

export interface HeaderRow {
  id: string;
  name: string;
  /** As the host sent it, masked for credentials; sent back unchanged, it keeps the stored value. */
  value: string;
  /** The masked value the host sent for a credential header, to tell it from a retyped one. */
  maskedValue?: string;
  /** The name the masked value was stored under; the host keeps a secret only under its own name. */
  maskedName?: string;
}

/** Prices stay as typed text, so "0,5" or a typo is shown back instead of vanishing. */
export interface PriceRow {
  id: string;
  model: string;
  input: string;
  output: string;
}

export interface ProfileSettingsDraft {
  name: string;
  baseUrl: string;
  defaultModel: string;
  headers: HeaderRow[];
  prices: PriceRow[];
}

export type SettingsIssueKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'baseUrlRequired'
  | 'modelRequired'
  | 'headerNameRequired'
  | 'headerNameInvalid'
  | 'headerValueInvalid'
  | 'headerDuplicate'
  | 'headerMaskedRenamed'
  | 'priceModelRequired'
  | 'priceModelDuplicate'
  | 'price';

export interface SettingsIssue {
  key: SettingsIssueKey;
  params?: Record<string, string | number>;
}

/** Field ids: name, baseUrl, defaultModel, header.<row>.name|value, price.<row>.model|input|output. */
export type SettingsIssues = Record<string, SettingsIssue>;

export const maxNameLength = 80;
// RFC 9110 token characters: what a header name may be made of.
const headerNamePattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A built-in endpoint (the in-process mock) is described in words, not a URL, until it starts. */
export function isDescribedEndpoint(baseUrl: string): boolean {
  return !/^https?:\/\//i.test(baseUrl);
}

export function newRowId(): string {
  return crypto.randomUUID();
}

export function settingsDraftOf(profile: ProfileSummary): ProfileSettingsDraft {
  return {
    name: profile.name,
    baseUrl: isDescribedEndpoint(profile.baseUrl) ? '' : profile.baseUrl,
    defaultModel: profile.defaultModel,
    headers: Object.entries(profile.headers).map(([name, value]) => ({
      id: newRowId(),
      name,
      value,
      ...(isCredentialHeader(name) && { maskedValue: value, maskedName: name }),
    })),
    prices: Object.entries(profile.prices).map(([model, price]) => ({
      id: newRowId(),
      model,
      input: String(price.inputPerMillion),
      output: String(price.outputPerMillion),
    })),
  };
}

/** True while a credential header still shows the masked value the host sent. */
export function isKeptMasked(row: HeaderRow): boolean {
  return row.maskedValue !== undefined && row.value === row.maskedValue;
}

export type SettingsReading =
  | { ok: true; update: MethodInput<'profiles.update'>; changed: boolean }
  | { ok: false; issues: SettingsIssues };

/** Checks the draft and turns it into an update holding only what changed. */
export function readSettingsDraft(draft: ProfileSettingsDraft, profile: ProfileSummary): SettingsReading {
  const issues: SettingsIssues = {};
  const name = draft.name.trim();
  if (!name) issues.name = { key: 'nameRequired' };
  else if (name.length > maxNameLength) issues.name = { key: 'nameTooLong', params: { max: maxNameLength } };
  const baseUrl = draft.baseUrl.trim();
  const savedBaseUrl = isDescribedEndpoint(profile.baseUrl) ? '' : profile.baseUrl;
  if (!baseUrl && savedBaseUrl) issues.baseUrl = { key: 'baseUrlRequired' };
  const defaultModel = draft.defaultModel.trim();
  if (!defaultModel) issues.defaultModel = { key: 'modelRequired' };

  const headers: Record<string, string> = {};
  const seenHeaders = new Set<string>();
  // A row left entirely empty (added, then not needed) is not worth an error: it is dropped.
  for (const row of draft.headers.filter((candidate) => candidate.name.trim() || candidate.value)) {
    const headerName = row.name.trim();
    const field = `header.${row.id}.name`;
    if (!headerName) issues[field] = { key: 'headerNameRequired' };
    else if (!headerNamePattern.test(headerName)) issues[field] = { key: 'headerNameInvalid' };
    // Header names are case-insensitive: two spellings of one name would send it twice.
    else if (seenHeaders.has(headerName.toLowerCase())) issues[field] = { key: 'headerDuplicate' };
    if (/[\r\n]/.test(row.value)) issues[`header.${row.id}.value`] = { key: 'headerValueInvalid' };
    else if (isKeptMasked(row) && headerName !== row.maskedName) {
      issues[`header.${row.id}.value`] = { key: 'headerMaskedRenamed' };
    }
    seenHeaders.add(headerName.toLowerCase());
    headers[headerName] = row.value;
  }

  const prices: Record<string, ModelPrice> = {};
  for (const row of draft.prices.filter(
    (candidate) => candidate.model.trim() || candidate.input.trim() || candidate.output.trim(),
  )) {
    const model = row.model.trim();
    const field = `price.${row.id}.model`;
    if (!model) issues[field] = { key: 'priceModelRequired' };
    else if (Object.hasOwn(prices, model)) issues[field] = { key: 'priceModelDuplicate' };
    const inputPerMillion = dollars(row.input);
    const outputPerMillion = dollars(row.output);
    if (inputPerMillion === undefined) issues[`price.${row.id}.input`] = { key: 'price' };
    if (outputPerMillion === undefined) issues[`price.${row.id}.output`] = { key: 'price' };
    if (model && inputPerMillion !== undefined && outputPerMillion !== undefined) {
      prices[model] = { inputPerMillion, outputPerMillion };
    }
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };

  const update: MethodInput<'profiles.update'> = { profileId: profile.id };
  if (name !== profile.name) update.name = name;
  if (baseUrl !== savedBaseUrl) update.baseUrl = baseUrl;
  if (defaultModel !== profile.defaultModel) update.defaultModel = defaultModel;
  if (!sameRecord(headers, profile.headers, (a, b) => a === b)) update.headers = headers;
  if (!sameRecord(prices, profile.prices, samePrice)) update.prices = prices;
  return { ok: true, update, changed: Object.keys(update).length > 1 };
}

/** "2.5", "2,5" and "$2.50" all mean two and a half dollars; anything else is not a price. */
export function dollars(text: string): number | undefined {
  const cleaned = text.trim().replace(/^\$/, '').replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

function samePrice(a: ModelPrice, b: ModelPrice): boolean {
  return a.inputPerMillion === b.inputPerMillion && a.outputPerMillion === b.outputPerMillion;
}

function sameRecord<T>(a: Record<string, T>, b: Record<string, T>, same: (x: T, y: T) => boolean): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && same(a[key] as T, b[key] as T));
}

/** The field a refusal from the host belongs under, or 'form' when it names none of them. */
export function settingsIssueField(error: AppError, draft: ProfileSettingsDraft): string {
  if (error.code === 'invalid-base-url') return 'baseUrl';
  const path = issuePath(error)?.path;
  if (path === 'name' || path === 'baseUrl' || path === 'defaultModel') return path;
  const [group, ...rest] = path?.split('.') ?? [];
  const key = rest.join('.');
  if (group === 'headers') {
    const row = draft.headers.find((candidate) => candidate.name.trim() === key);
    if (row) return `header.${row.id}.name`;
  }
  if (group === 'prices') {
    const row = draft.prices.find((candidate) => candidate.model.trim() === key);
    if (row) return `price.${row.id}.model`;
  }
  return 'form';
}
