// The languages the window can speak, and how one is picked from the browser's or system's list.
// Kept free of DOM and i18next so the choice can be tested, and a settings switch can reuse it.

export const supportedLanguages = ['en', 'zh-CN'] as const;
export type Language = (typeof supportedLanguages)[number];

/**
 * The first supported language in the user's list of preferred language tags, else English.
 * Tags are compared by language and script after adding likely subtags, so zh, zh-SG and
 * zh-Hans-HK choose the Simplified zh-CN catalog while zh-TW, zh-HK and zh-Hant do not.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  const seenLanguages = new Set<string>();
  for (const tag of preferred) {
    const locale = parseTag(tag);
    if (!locale) continue;
    const bare = locale.baseName === locale.language;
    // Browsers append the bare language after a regional tag (zh-TW, zh); that zh stands for the
    // zh-TW before it, not for the Simplified script its likely subtags would suggest.
    if (bare && seenLanguages.has(locale.language)) continue;
    seenLanguages.add(locale.language);
    const match = matchLocale(locale);
    if (match) return match;
  }
  return 'en';
}

function matchLocale(locale: Intl.Locale): Language | undefined {
  const exact = supportedLanguages.find(
    (language) => language.toLowerCase() === locale.baseName.toLowerCase(),
  );
  if (exact) return exact;
  const wanted = locale.maximize();
  return supportedLanguages.find((language) => {
    const offered = new Intl.Locale(language).maximize();
    return offered.language === wanted.language && offered.script === wanted.script;
  });
}

function parseTag(tag: string): Intl.Locale | undefined {
  try {
    // Some systems report POSIX-style names (zh_CN); BCP 47 wants a hyphen.
    return new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}
