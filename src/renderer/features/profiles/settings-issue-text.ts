import type { TFunction } from 'i18next';
import { translateDynamic } from '../../lib/translate-dynamic.ts';
import type { SettingsIssue } from './profile-settings-draft.ts';

/** The words for an issue of the Profile settings draft. */
export function settingsIssueText(
  issue: SettingsIssue | string | undefined,
  t: TFunction,
): string | undefined {
  if (issue === undefined || typeof issue === 'string') return issue;
  return translateDynamic(t, `ui.profiles.invalid.${issue.key}`, issue.params);
}
