// Compares a translated catalog with the English one the way i18next will read them, for the
// parity test: the same keys once plural suffixes are set aside, the plural forms each language's
// rules ask for, the same {{placeholders}}, and no English left in place of a translation.

const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralForm = (typeof pluralForms)[number];

export interface CatalogUnderTest {
  language: string;
  catalog: unknown;
}

export interface ParityOptions {
  /** Keys (plural keys by their base name) whose text may stay as in English, e.g. code examples. */
  sameAsReference?: ReadonlySet<string>;
}

/** One entry per key after plural suffixes are set aside: plain text, or text per plural form. */
interface Entry {
  base: string;
  plural: boolean;
  forms: Map<PluralForm | 'plain', string>;
}

/** Every problem found, as sentences naming the key; an empty list means the catalogs agree. */
export function compareCatalogs(
  reference: CatalogUnderTest,
  translation: CatalogUnderTest,
  options: ParityOptions = {},
): string[] {
  const problems: string[] = [];
  const referenceEntries = readEntries(reference, problems);
  const translationEntries = readEntries(translation, problems);
  const name = translation.language;

  for (const key of referenceEntries.keys()) {
    if (!translationEntries.has(key)) problems.push(`${name} lacks ${key}, which ${reference.language} has`);
  }
  for (const key of translationEntries.keys()) {
    if (!referenceEntries.has(key)) problems.push(`${name} has ${key}, which ${reference.language} lacks`);
  }

  for (const [language, entries, other] of [
    [reference.language, referenceEntries, translationEntries],
    [name, translationEntries, referenceEntries],
  ] as const) {
    problems.push(...checkPluralForms(language, entries, other));
  }

  for (const [key, entry] of translationEntries) {
    const referenceEntry = referenceEntries.get(key);
    if (!referenceEntry) continue;
    const expected = placeholders(referenceEntry);
    const actual = placeholders(entry);
    if (expected.join() !== actual.join()) {
      problems.push(
        `${name} ${key} has placeholders [${actual}] but ${reference.language} has [${expected}]`,
      );
    }
    problems.push(...checkTranslated(key, entry, referenceEntry, name, options.sameAsReference));
  }
  return problems;
}

function readEntries(source: CatalogUnderTest, problems: string[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [path, text] of flatten(source.catalog, '', source.language, problems)) {
    const { base, form } = splitPluralKey(path);
    const key = form ? `${base} (plural)` : base;
    const entry = entries.get(key) ?? { base, plural: form !== undefined, forms: new Map() };
    entry.forms.set(form ?? 'plain', text);
    entries.set(key, entry);
  }
  return entries;
}

function flatten(value: unknown, prefix: string, language: string, problems: string[]): [string, string][] {
  if (typeof value !== 'object' || value === null) {
    problems.push(`${language} ${prefix || '(root)'} is not a group of keys`);
    return [];
  }
  return Object.entries(value).flatMap(([key, child]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof child === 'string' ? [[path, child]] : flatten(child, path, language, problems);
  });
}

/** i18next's plural keys end in _one, _other and so on (pluralSeparator "_"). */
export function splitPluralKey(path: string): { base: string; form?: PluralForm } {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(path);
  if (!match) return { base: path };
  return { base: match[1] as string, form: match[2] as PluralForm };
}

function checkPluralForms(
  language: string,
  entries: Map<string, Entry>,
  other: Map<string, Entry>,
): string[] {
  const required = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const [key, entry] of entries) {
    if (!entry.plural) continue;
    // i18next reads `_zero` for a count of 0 in every language, whatever its rules; a language
    // may add it, but then the other language must too, or one of them says "0 files" unlike the other.
    const zeroWanted = entry.forms.has('zero') || other.get(key)?.forms.has('zero') === true;
    const expected = pluralForms.filter((form) => required.includes(form) || (form === 'zero' && zeroWanted));
    const actual = pluralForms.filter((form) => entry.forms.has(form));
    if (expected.join() !== actual.join()) {
      problems.push(`${language} ${key} has forms [${actual}] but its plural rules need [${expected}]`);
    }
  }
  return problems;
}

/** {{name}}, {{- name}}, {{value, number}} and $t(key) nestings, across every plural form. */
function placeholders(entry: Entry): string[] {
  const found = new Set<string>();
  for (const text of entry.forms.values()) {
    for (const match of text.matchAll(/\{\{-?\s*([^,}]+?)\s*(?:,[^}]*)?\}\}/g)) found.add(`{{${match[1]}}}`);
    for (const match of text.matchAll(/\$t\(\s*([^,)]+?)\s*[,)]/g)) found.add(`$t(${match[1]})`);
  }
  return [...found].sort();
}

function checkTranslated(
  key: string,
  entry: Entry,
  referenceEntry: Entry,
  language: string,
  sameAsReference: ReadonlySet<string> = new Set(),
): string[] {
  const form = entry.plural ? 'other' : 'plain';
  const text = entry.forms.get(form);
  const referenceText = referenceEntry.forms.get(form);
  if (text === undefined || referenceText === undefined) return [];
  if (text.trim() === '') return [`${language} ${key} is empty`];
  const same = text === referenceText;
  if (sameAsReference.has(entry.base)) {
    return same
      ? []
      : [`${language} ${key} is allowed to stay as in English but no longer does; drop it from the list`];
  }
  // A word or two may rightly stay (JSON, Top-p, OpenAI Chat); a longer text left alone is untranslated.
  if (same && wordCount(text) > 2) return [`${language} ${key} is still the English text "${text}"`];
  return [];
}

function wordCount(text: string): number {
  const prose = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ');
  return prose.split(/\s+/).filter((word) => /\p{Script=Latin}/u.test(word)).length;
}
