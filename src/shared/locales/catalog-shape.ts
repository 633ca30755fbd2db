// Plural forms are chosen by Intl.PluralRules, so languages differ in which of them they need
// (English: one, other; Chinese: other only). The type cannot know a language's categories; it
// makes every form but `_other` optional, and catalog-parity.test.ts checks the exact set.
type OptionalPluralKey = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}`;

/**
 * The shape of a translated catalog: the English catalog's keys with any string as values. A key
 * missing or added by a translation is a compile error where the translation is declared.
 */
export type CatalogShape<T> = {
  [K in keyof T as K extends OptionalPluralKey ? never : K]: T[K] extends string
    ? string
    : CatalogShape<T[K]>;
} & {
  [K in keyof T as K extends OptionalPluralKey ? K : never]?: string;
};
