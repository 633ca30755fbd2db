import i18next from 'i18next';
import { en } from '../../shared/locales/en/index.ts';

// The main process and the command line speak English for now; they share the renderer's catalog
// so an error reads the same wherever it is shown.
const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
});

export function translate(key: string, params?: Record<string, string | number>): string {
  return instance.t(key, params ?? {});
}
