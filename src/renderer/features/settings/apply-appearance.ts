import { useEffect } from 'react';
import type { AppearanceSettings } from '../../../shared/appearance-schemas.ts';
import { pickLanguage } from '../../../shared/locales/languages.ts';
import { i18n } from '../../lib/i18n.ts';
import { useNetworkSettings } from '../network/use-network-settings.ts';

/** The language the window speaks for a choice: the system's when the choice is 'system'. */
export function languageFor(choice: AppearanceSettings['language']): string {
  return choice === 'system' ? pickLanguage(navigator.languages ?? [navigator.language]) : choice;
}

/** Puts a language and theme choice into effect at once, before anything else is drawn. */
export function applyAppearance(appearance: AppearanceSettings): void {
  const language = languageFor(appearance.language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  // No attribute: the colours follow the system's light or dark mode (base.css).
  if (appearance.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = appearance.theme;
}

/** Keeps the window in the saved language and theme, also when another window changes them. */
export function useAppearance(): void {
  const settings = useNetworkSettings();
  const appearance = settings.data?.appearance;
  useEffect(() => {
    if (appearance) applyAppearance(appearance);
  }, [appearance]);
}
