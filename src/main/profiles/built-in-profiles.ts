import type { Profile } from './profile.ts';
import { toProfile } from './profile-from-record.ts';
import { profileSeeds, seedRecord } from './profile-seeds.ts';

/**
 * A profile as the key store reads it (its id and key variable). Kept under this name because the
 * key store and its tests use it; since profiles became data, it is simply a Profile.
 */
export type BuiltInProfile = Profile;

/** A seeded profile as a new data directory has it, without any user edits. */
export function findBuiltInProfile(profileId: string): Profile | undefined {
  const seed = profileSeeds.find((candidate) => candidate.id === profileId);
  return seed && toProfile(seedRecord(seed));
}
