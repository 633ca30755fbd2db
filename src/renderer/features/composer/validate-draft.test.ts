import { describe, expect, it } from 'vitest';
import type { Draft } from './draft-store.ts';
import { parseStopSequences, validateDraft } from './validate-draft.ts';

const draft = (change: Partial<Draft> = {}): Draft => ({
  profileId: 'mock',
  model: 'mock-default',
  system: '',
  messages: [{ id: 'm1', role: 'user', content: 'Hello' }],
  temperature: '',
  maxTokens: '',
  topP: '',
  stop: '',
  stream: true,
  extra: '',
  ...change,
});

describe('validateDraft', () => {
  it('leaves empty parameters out so the vendor defaults apply', () => {
    expect(validateDraft(draft())).toEqual({
      ok: true,
      request: { model: 'mock-default', messages: [{ role: 'user', content: 'Hello' }], stream: true },
    });
  });

  it('reads a decimal comma and whole numbers', () => {
    const result = validateDraft(draft({ temperature: '0,7', topP: '1', maxTokens: '256' }));
    expect(result.ok && result.request).toMatchObject({ temperature: 0.7, topP: 1, maxTokens: 256 });
  });

  it('reports every problem at once, by field and by message', () => {
    const result = validateDraft(
      draft({
        model: '  ',
        temperature: '3',
        maxTokens: '1.5',
        topP: 'x',
        stop: 'a,b,c,d,e',
        messages: [{ id: 'm1', role: 'user', content: ' ' }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.issues.fields).sort()).toEqual([
      'maxTokens',
      'model',
      'stop',
      'temperature',
      'topP',
    ]);
    expect(result.issues.messages.m1?.key).toBe('messageEmpty');
  });
});

describe('parseStopSequences', () => {
  it('splits on commas and lines and trims separator padding', () => {
    expect(parseStopSequences('###, END\nSTOP')).toEqual(['###', 'END', 'STOP']);
  });

  it('turns written escapes into the characters they stand for', () => {
    expect(parseStopSequences('\\n\\n, a\\,b, tab\\t')).toEqual(['\n\n', 'a,b', 'tab\t']);
  });

  it('sends extra body fields given as a JSON object, and says what is wrong otherwise', () => {
    expect(
      validateDraft(draft({ extra: '{"seed": 7, "response_format": {"type": "json_object"}}' })),
    ).toMatchObject({
      ok: true,
      request: { extra: { seed: 7, response_format: { type: 'json_object' } } },
    });
    expect(validateDraft(draft({ extra: '  ' }))).toMatchObject({ ok: true, request: { stream: true } });
    expect(
      validateDraft(draft({ extra: '{}' })).ok &&
        'extra' in (validateDraft(draft({ extra: '{}' })) as { request: object }).request,
    ).toBe(false);
    for (const bad of ['[1, 2]', '{"seed": ', '42']) {
      const result = validateDraft(draft({ extra: bad }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.fields.extra?.key).toBe('extraInvalid');
    }
  });
});
