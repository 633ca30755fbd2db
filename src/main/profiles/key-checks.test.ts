import { describe, expect, it } from 'vitest';
import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { KeyWarning } from '../../shared/profile-schemas.ts';
import { checkKey, refusePastedKey } from './key-checks.ts';

type Row = [description: string, key: string, format: ProviderFormat, codes: KeyWarning['code'][]];

const rows: Row[] = [
  ['a clean OpenAI key', 'sk-proj-abcdefghijklmnop1234', 'openai-chat', []],
  ['a clean Anthropic key', 'sk-ant-api03-abcdefghijkl1234', 'anthropic-messages', []],
  ['nothing at all', '', 'openai-chat', ['empty']],
  ['only whitespace', '  \n\t', 'openai-chat', ['empty']],
  ['a trailing line break', 'sk-proj-abcdefghijklmnop1234\n', 'openai-chat', ['surrounding-whitespace']],
  ['leading spaces', '   sk-proj-abcdefghijklmnop1234', 'openai-chat', ['surrounding-whitespace']],
  ['a space inside', 'sk-proj-abcdefgh ijklmnop1234', 'openai-chat', ['inner-whitespace']],
  ['a line break inside', 'sk-proj-abcdefgh\r\nijklmnop1234', 'openai-chat', ['inner-whitespace']],
  ['a zero-width space inside', 'sk-proj-abcdefgh\u200bijklmnop', 'openai-chat', ['inner-whitespace']],
  ['both', ' sk-proj-abc def\n', 'openai-chat', ['surrounding-whitespace', 'inner-whitespace']],
  ['an Anthropic key on OpenAI', 'sk-ant-api03-abcdefghijkl1234', 'openai-chat', ['anthropic-key-on-openai']],
  ['an Anthropic key on a compatible relay', 'sk-ant-api03-abcdefghijkl1234', 'openai-compatible', []],
  [
    'an OpenAI key on Anthropic',
    'sk-proj-abcdefghijklmnop1234',
    'anthropic-messages',
    ['openai-key-on-anthropic'],
  ],
  ['a relay key on Anthropic', 'cr_abcdefghijklmnop1234', 'anthropic-messages', []],
  ['a base URL', 'https://api.openai.com/v1', 'openai-chat', ['looks-like-url']],
  ['a host and path', 'api.deepseek.com/v1', 'openai-compatible', ['looks-like-url']],
  ['a host and port', '127.0.0.1:11434', 'openai-compatible', ['looks-like-url']],
  ['www', 'www.example.com', 'openai-compatible', ['looks-like-url']],
  ['a JWT-shaped key', 'eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl', 'openai-compatible', []],
];

describe('checkKey', () => {
  it.each(rows)('%s', (_description, key, format, codes) => {
    const warnings = checkKey(key, format);
    expect(warnings.map((warning) => warning.code)).toEqual(codes);
    for (const warning of warnings) {
      expect(warning.message.length).toBeGreaterThan(20);
      expect(warning.message).not.toContain('hints.');
      expect(warning.fixable).toBe(warning.code === 'surrounding-whitespace');
      if (key.trim().length > 8) expect(warning.message).not.toContain(key.trim());
    }
  });
});

describe('refusePastedKey', () => {
  it('saves a key exactly as typed unless it is empty or cannot travel in a header', () => {
    expect(refusePastedKey('sk-proj-abcdefghijklmnop1234', 'openai-chat')).toBeUndefined();
    // Advice only: the window showed it; the user may know better (a relay, a proxy).
    expect(refusePastedKey('sk-ant-api03-abcdefghijkl1234', 'openai-chat')).toBeUndefined();
    // Spaces and tabs around a header value are ignored by HTTP, so they can be kept if wanted.
    expect(refusePastedKey(' sk-proj-abcdefghijklmnop1234\t', 'openai-chat')).toBeUndefined();
  });

  it.each([
    ['', 'key-warning-empty'],
    ['   ', 'key-warning-empty'],
    ['sk-proj-abcdefgh ijklmnop', 'key-warning-inner-whitespace'],
    ['sk-proj-abcdefgh\u200bijklmnop', 'key-warning-inner-whitespace'],
    ['sk-proj-abcdefghijklmnop\n', 'key-warning-surrounding-whitespace'],
    ['\r\nsk-proj-abcdefghijklmnop', 'key-warning-surrounding-whitespace'],
  ])('refuses %j with the warning as the hint, never the key', (key, hintKey) => {
    const refused = refusePastedKey(key, 'openai-chat');
    expect(refused).toMatchObject({ code: 'invalid-payload', hintKey });
    expect(refused?.hint).toBe(checkKey(key, 'openai-chat')[0]?.message ?? '');
    if (key.trim()) expect(JSON.stringify(refused)).not.toContain('abcdefgh');
  });
});
