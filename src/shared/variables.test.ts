import { describe, expect, it } from 'vitest';
import { resolveVariables, variableNames } from './variables.ts';

describe('variables', () => {
  it('replaces {{name}} with its value, spaces inside the braces allowed', () => {
    expect(
      resolveVariables('Tell me about {{topic}} in {{ language }}.', {
        topic: '流式输出',
        language: 'English',
      }),
    ).toEqual({
      text: 'Tell me about 流式输出 in English.',
      missing: [],
    });
  });

  it('leaves an undefined variable as written and names it once', () => {
    expect(resolveVariables('{{a}} {{b}} {{a}}', { b: 'B' })).toEqual({
      text: '{{a}} B {{a}}',
      missing: ['a'],
    });
  });

  it('inserts a value as it is, so a value with braces never pulls in another variable', () => {
    expect(resolveVariables('{{a}}', { a: '{{b}}', b: 'secret' })).toEqual({ text: '{{b}}', missing: [] });
    expect(resolveVariables('{{a}}', { a: '$& $1' }).text).toBe('$& $1');
  });

  it('does not read things that only look like variables', () => {
    expect(resolveVariables('{{}} {{1x}} {{ a b }} {a}', { a: 'A' }).text).toBe('{{}} {{1x}} {{ a b }} {a}');
    expect(resolveVariables('{{toString}}', {}).missing).toEqual(['toString']);
  });

  it('lists the names a text uses, once each', () => {
    expect(variableNames('{{x}} and {{ y.z }} and {{x}}')).toEqual(['x', 'y.z']);
  });
});
