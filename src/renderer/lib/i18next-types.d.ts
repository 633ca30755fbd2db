import type { Catalog } from '../../shared/locales/en/index.ts';

// Makes t() reject keys that the English catalog does not have.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}
