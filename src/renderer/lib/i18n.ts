import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../shared/locales/en/index.ts';

// A language is added by adding its catalog here; components only ever call t().
export const resources = {
  en: { translation: en },
} as const;

type Language = keyof typeof resources;

function preferredLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const candidates = [tag, tag.split('-')[0] ?? tag];
    for (const candidate of candidates) {
      if (Object.hasOwn(resources, candidate)) return candidate as Language;
    }
  }
  return 'en';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: preferredLanguage(),
  fallbackLng: 'en',
  defaultNS: 'translation',
  // React escapes text itself; escaping here would show vendor messages as &quot; soup.
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;
