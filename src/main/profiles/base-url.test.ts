import { describe, expect, it } from 'vitest';
import { checkBaseUrl, looksLikeApiKey } from './base-url.ts';

describe('telling a key from an address', () => {
  it.each([
    'sk-proj-abcdefghijklmnop0123',
    'sk-ant-api03-abcdefghijklmnop',
    'sk-or-v1-0123456789abcdef',
    'AIzaSyA-abcdefghijklmnopqrstuvwx',
    'gsk_abcdefghijklmnopqrstuvwxyz0123',
    'Bearer abcdefgh12345678',
    '9f86d081884c7d659a2feaa0c55ad015.a3BcDeFgHiJkLmNo',
  ])('takes %s for a key', (text) => {
    expect(looksLikeApiKey(text)).toBe(true);
  });

  it.each([
    'https://api.openai.com/v1',
    'http://127.0.0.1:11434/v1',
    'api.deepseek.com',
    'api2.relay12345.example.com',
    'open.bigmodel.cn/api/paas/v4',
    '127.0.0.1:11434',
    'application/json',
    'Promptwire',
    'https://promptwire.dev',
  ])('takes %s for something else', (text) => {
    expect(looksLikeApiKey(text)).toBe(false);
  });

  it('normalizes a URL, and explains a key without repeating it', () => {
    expect(checkBaseUrl(' https://api.deepseek.com/v1/ ', 'https://api.deepseek.com/v1')).toEqual({
      ok: true,
      baseUrl: 'https://api.deepseek.com/v1',
    });
    const refused = checkBaseUrl('sk-proj-abcdefghijklmnop0123', 'https://api.openai.com/v1');
    expect(refused).toMatchObject({ ok: false, error: { hintKey: 'base-url-looks-like-key' } });
    expect(JSON.stringify(refused)).not.toContain('abcdefghijklmnop');
    expect(checkBaseUrl('api.openai.com/v1', 'https://api.openai.com/v1')).toMatchObject({
      ok: false,
      error: { hintKey: 'fix-base-url', hint: 'Use a full URL such as https://api.openai.com/v1.' },
    });
  });
});
