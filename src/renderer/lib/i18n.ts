import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../shared/locales/en/index.ts';
import { type Language, pickLanguage, supportedLanguages } from '../../shared/locales/languages.ts';
import { zhCN } from '../../shared/locales/zh-CN/index.ts';

export { type Language, supportedLanguages };

// A language is added by adding its catalog here and its tag to supportedLanguages; components
// only ever call t(). The `satisfies` keeps the two lists in step.
export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const satisfies Record<Language, { translation: unknown }>;

function preferredLanguage(): Language {
  return pickLanguage(navigator.languages ?? [navigator.language]);
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
