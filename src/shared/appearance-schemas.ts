import { z } from 'zod';
import { supportedLanguages } from './locales/languages.ts';

/** 'system' follows the operating system (the browser's language list, its light or dark mode). */
export const languageChoiceSchema = z.enum(['system', ...supportedLanguages]);
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;

export const themeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

export const appearanceSettingsSchema = z.object({
  language: languageChoiceSchema,
  theme: themeChoiceSchema,
});
export type AppearanceSettings = z.infer<typeof appearanceSettingsSchema>;

export const defaultAppearance: AppearanceSettings = { language: 'system', theme: 'system' };
