import { describe, expect, it } from 'vitest';
import { compareCatalogs } from './catalog-parity.ts';
import { en } from './en/index.ts';
import { type Language, supportedLanguages } from './languages.ts';
import { zhCN } from './zh-CN/index.ts';

// Every language but English, which the others are compared with.
const translations: Record<Exclude<Language, 'en'>, unknown> = { 'zh-CN': zhCN };

// Texts that stay as in English in every language, and why; kept short on purpose, and a key
// listed here that gets translated after all fails the test so the list does not rot.
const sameAsEnglish = new Set([
  // The line `promptwire web` prints in the terminal, which is English; the user looks for it there.
  'ui.missingToken.example',
  // Code examples: a JSON body and a curl command.
  'ui.parameters.extra.placeholder',
  'ui.importCurl.placeholder',
]);

const reference = { language: 'en', catalog: en };

describe('translated catalogs', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(translations).sort()).toEqual(supportedLanguages.filter((tag) => tag !== 'en').sort());
  });

  for (const [language, catalog] of Object.entries(translations)) {
    it(`${language} has the keys, plural forms and placeholders of English, all translated`, () => {
      expect(compareCatalogs(reference, { language, catalog }, { sameAsReference: sameAsEnglish })).toEqual(
        [],
      );
    });
  }
});

// The comparison itself, on small catalogs, so a check that stopped finding anything shows up here.
describe('compareCatalogs', () => {
  const english = {
    title: 'Saved comparisons',
    files_one: '1 file could not be read: {{names}}',
    files_other: '{{count}} files could not be read: {{names}}',
    group: { send: 'Send', wait: 'Wait {{wait}} and send again.' },
  };
  const chinese = {
    title: '已保存的对比',
    files_other: '{{count}} 个文件无法读取：{{names}}',
    group: { send: '发送', wait: '请等待 {{wait}} 后重新发送。' },
  };
  const compare = (catalog: unknown, options = {}) =>
    compareCatalogs({ language: 'en', catalog: english }, { language: 'zh-CN', catalog }, options);

  it('accepts a faithful translation with only the plural forms Chinese has', () => {
    expect(compare(chinese)).toEqual([]);
  });

  it('finds a key missing from the translation', () => {
    expect(compare({ ...chinese, group: { send: '发送' } })).toEqual([
      'zh-CN lacks group.wait, which en has',
    ]);
  });

  it('finds a key only the translation has', () => {
    expect(compare({ ...chinese, subtitle: '副标题' })).toEqual(['zh-CN has subtitle, which en lacks']);
  });

  it('finds a missing or surplus plural form', () => {
    const { files_other: _, ...withoutPlural } = chinese;
    expect(compare(withoutPlural)).toEqual(['zh-CN lacks files (plural), which en has']);
    expect(compare({ ...chinese, files_one: '1 个文件无法读取：{{names}}' })).toEqual([
      'zh-CN files (plural) has forms [one,other] but its plural rules need [other]',
    ]);
  });

  it('finds a plural key translated as a plain one', () => {
    const { files_other, ...rest } = chinese;
    expect(compare({ ...rest, files: files_other })).toEqual([
      'zh-CN lacks files (plural), which en has',
      'zh-CN has files, which en lacks',
    ]);
  });

  it('finds a placeholder lost, renamed or added', () => {
    expect(compare({ ...chinese, group: { send: '发送', wait: '请稍后重新发送。' } })).toEqual([
      'zh-CN group.wait has placeholders [] but en has [{{wait}}]',
    ]);
    expect(compare({ ...chinese, files_other: '{{total}} 个文件无法读取：{{names}}' })).toEqual([
      'zh-CN files (plural) has placeholders [{{names}},{{total}}] but en has [{{count}},{{names}}]',
    ]);
  });

  it('finds empty and untranslated sentences, but lets a word or an allowed key stay', () => {
    expect(compare({ ...chinese, title: ' ' })).toEqual(['zh-CN title is empty']);
    const untranslated = { ...chinese, group: { send: 'Send', wait: 'Wait {{wait}} and send again.' } };
    expect(compare(untranslated)).toEqual([
      'zh-CN group.wait is still the English text "Wait {{wait}} and send again."',
    ]);
    expect(compare(untranslated, { sameAsReference: new Set(['group.wait']) })).toEqual([]);
    expect(compare(chinese, { sameAsReference: new Set(['group.wait']) })).toEqual([
      'zh-CN group.wait is allowed to stay as in English but no longer does; drop it from the list',
    ]);
  });
});
