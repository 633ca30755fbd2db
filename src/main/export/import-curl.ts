import type { ImportedCurl } from '../../shared/export-schemas.ts';
import type { ProfileSummary } from '../../shared/profile-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import { wireFormatOf } from './code-input.ts';
import { parseCurl } from './curl-import.ts';
import { type CurlDraft, curlToDraft } from './curl-to-draft.ts';

type Profiles = Pick<ProfileService, 'list' | 'presets' | 'create' | 'update' | 'addKey'>;

/**
 * A pasted curl command as a ready draft. The request goes to a profile with the same base URL
 * and wire format (one is made from the matching preset, or as a relay, when none has them); a
 * key found in the command is added to that profile's keys and never left in the draft.
 */
export function importCurl(profiles: Profiles, command: string): Result<ImportedCurl> {
  const parsed = parseCurl(command);
  const drafted = parsed.ok ? curlToDraft(parsed.value) : parsed;
  if (!drafted.ok) {
    return fail(
      makeError('unreadable-curl', {
        hintKey: 'curl-import',
        params: { detail: drafted.problems.join('; ') },
      }),
    );
  }
  const draft = drafted.value;
  // The draft's notes start with the parser's.
  const notes = [...draft.notes];
  const found = findProfile(profiles.list(), draft);
  const profile = found ? ok(found) : createProfile(profiles, draft, notes);
  if (!profile.ok) return profile;
  if (found && Object.keys(draft.headers).length > 0) {
    notes.push(
      `The headers ${Object.keys(draft.headers).join(', ')} were not added to the existing profile ${found.name}; add them in its settings if it needs them.`,
    );
  }

  let keySaved = false;
  if (draft.apiKey !== undefined) {
    const known = profile.value.keys.some((slot) => slot.lastFour === draft.apiKey?.slice(-4));
    if (known) {
      notes.push(`The key ending in ${draft.apiKey.slice(-4)} is already saved for ${profile.value.name}.`);
    } else {
      const added = profiles.addKey(profile.value.id, draft.apiKey);
      if (!added.ok) return added;
      keySaved = true;
    }
  }
  const request = { ...draft.request };
  if (Object.keys(draft.extraParameters).length > 0) request.extra = draft.extraParameters;
  return ok({
    profileId: profile.value.id,
    profileName: profile.value.name,
    createdProfile: !found,
    request,
    keySaved,
    notes,
  });
}

const comparable = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();

function findProfile(list: ProfileSummary[], draft: CurlDraft): ProfileSummary | undefined {
  const same = list.filter(
    (profile) =>
      wireFormatOf(profile.format) === draft.format &&
      comparable(profile.baseUrl) === comparable(draft.baseUrl),
  );
  // With a key in the command, the profile that already holds it is the one the user means.
  const lastFour = draft.apiKey?.slice(-4);
  return same.find((profile) => profile.keys.some((slot) => slot.lastFour === lastFour)) ?? same[0];
}

function createProfile(profiles: Profiles, draft: CurlDraft, notes: string[]): Result<ProfileSummary> {
  const preset = profiles
    .presets()
    .find(
      (candidate) =>
        wireFormatOf(candidate.format) === draft.format &&
        comparable(candidate.baseUrl) === comparable(draft.baseUrl),
    );
  const host = new URL(draft.baseUrl).host;
  const created = profiles.create({
    presetId: preset?.id ?? (draft.format === 'anthropic-messages' ? 'anthropic' : 'custom'),
    name: preset ? preset.name : `${host} (imported)`,
  });
  if (!created.ok) return created;
  const headers = Object.keys(draft.headers).length > 0 ? { headers: draft.headers } : {};
  const updated = profiles.update({
    profileId: created.value.id,
    ...(preset ? {} : { baseUrl: draft.baseUrl }),
    defaultModel: draft.request.model,
    ...headers,
  });
  if (!updated.ok) return updated;
  notes.push(`A new profile "${updated.value.name}" was made for ${host}.`);
  return updated;
}
