import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages.ts';

describe('pickLanguage', () => {
  it('chooses Simplified Chinese for Chinese tags written in or defaulting to the Simplified script', () => {
    for (const tag of [
      'zh',
      'zh-CN',
      'zh-cn',
      'zh_CN',
      'zh-Hans',
      'zh-Hans-CN',
      'zh-Hans-HK',
      'zh-SG',
      'zh-MY',
    ]) {
      expect(pickLanguage([tag]), tag).toBe('zh-CN');
    }
  });

  it('leaves Traditional Chinese to English, the catalog being Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN']) {
      expect(pickLanguage([tag]), tag).toBe('en');
    }
  });

  it('reads a bare zh after a Traditional tag as that tag, as browsers add it', () => {
    expect(pickLanguage(['zh-TW', 'zh', 'en-US', 'en'])).toBe('en');
    expect(pickLanguage(['zh-HK', 'zh', 'zh-CN'])).toBe('zh-CN');
  });

  it('takes the first supported language in the order of preference', () => {
    expect(pickLanguage(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage(['', 'not a tag', 'zh'])).toBe('zh-CN');
    expect(pickLanguage([])).toBe('en');
  });
});
