import {
  type AppearanceSettings,
  appearanceSettingsSchema,
  defaultAppearance,
} from '../../shared/appearance-schemas.ts';

/** Language and theme as stored, one field at a time: a hand-edited bad value means "system". */
export function readAppearanceSettings(stored: unknown): AppearanceSettings {
  const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const field = <K extends keyof AppearanceSettings>(name: K): AppearanceSettings[K] => {
    const parsed = appearanceSettingsSchema.shape[name].safeParse((raw as Record<string, unknown>)[name]);
    return parsed.success ? (parsed.data as AppearanceSettings[K]) : defaultAppearance[name];
  };
  return { language: field('language'), theme: field('theme') };
}
