import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentText,
  javaScriptEnvironmentRead,
  javaScriptString,
  javaScriptValue,
  pythonString,
  pythonValue,
} from './code-literals.ts';
import { findPython, nastyStrings, writeTemporaryFiles } from './code-test-support.ts';

// Any UTF-16 unit, lone surrogates included, mixed with whole code points and the characters that
// matter most to escaping, so short strings still hit the interesting cases often.
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      "'",
      '\\',
      '`',
      '$',
      '{',
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      '\u0000',
      '\u202e',
      '\ufeff',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('javaScriptString', () => {
  it('escapes quotes, backslashes, line breaks and invisible characters, and leaves ${ and backticks as text', () => {
    expect(javaScriptString(`a"b\\c\nd\${e}\`f\``)).toBe(`"a\\"b\\\\c\\nd\${e}\`f\`"`);
    expect(javaScriptString('\u2028\u2029\u202e\ufeff\u007f\u0085')).toBe(
      '"\\u2028\\u2029\\u202e\\ufeff\\u007f\\u0085"',
    );
    expect(javaScriptString('中文 😀 \ud800')).toBe('"中文 😀 \\ud800"');
  });

  it('evaluates back to the same string, as JSON and as JavaScript', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = javaScriptString(text);
        expect(JSON.parse(literal)).toBe(text);
        expect(runInNewContext(literal)).toBe(text);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pythonString', () => {
  it('escapes what Python needs and keeps readable text as it is', () => {
    expect(pythonString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(pythonString(`it's {braces} \${x} \`tick\``)).toBe(`"it's {braces} \${x} \`tick\`"`);
    expect(pythonString('\u0000\u001b\u007f\u0085\u2028\u202e\ufeff')).toBe(
      '"\\x00\\x1b\\x7f\\x85\\u2028\\u202e\\ufeff"',
    );
    expect(pythonString('中文 😀 👨‍👩‍👧‍👦')).toBe('"中文 😀 👨‍👩‍👧‍👦"');
    expect(pythonString('lone \ud800 \udfff, reversed \udc00\ud83d')).toBe(
      '"lone \\ud800 \\udfff, reversed \\udc00\\ud83d"',
    );
    expect(pythonString('\\N{BULLET}')).toBe('"\\\\N{BULLET}"');
  });

  const python = findPython();
  const pythonTest = python ? it : it.skip;
  pythonTest(
    python
      ? 'evaluates back to the same string in python3'
      : 'evaluates back to the same string in python3 (skipped: python3 was not found on PATH)',
    () => {
      const samples = [...nastyStrings, ...fc.sample(anyText, { numRuns: 3000, seed: 20_251_123 })];
      const directory = writeTemporaryFiles('promptwire-python-literals-', {
        'literals.py': `values = [\n${samples.map((text) => `    ${pythonString(text)},`).join('\n')}\n]\n`,
      });
      // ensure_ascii writes lone surrogates as \\u escapes, so JSON.parse gets them back exactly.
      const script = [
        'import json, sys',
        'namespace = {}',
        'exec(compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec"), namespace)',
        'print(json.dumps(namespace["values"], ensure_ascii=True))',
      ].join('\n');
      const run = spawnSync(python ?? 'python3', ['-c', script, join(directory, 'literals.py')], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(samples);
    },
  );
});

describe('commentText', () => {
  it('keeps a comment on its line whatever the text holds', () => {
    expect(commentText('a\nb\r\nc\u2028d\u2029e\u0085f')).toBe('a b  c d e f');
  });
});

describe('javaScriptEnvironmentRead', () => {
  it('uses the dot form for identifiers and a quoted key for anything else', () => {
    expect(javaScriptEnvironmentRead('OPENAI_API_KEY')).toBe('process.env.OPENAI_API_KEY');
    expect(javaScriptEnvironmentRead('key-with-dash')).toBe('process.env["key-with-dash"]');
    expect(javaScriptEnvironmentRead('1KEY')).toBe('process.env["1KEY"]');
  });
});

describe('data layout', () => {
  const body = {
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello! How can I help you today? Ask me anything at all, really.' },
    ],
    stream_options: { include_usage: true },
    'content-type': null,
    stop: [],
    empty: {},
    stream: false,
  };

  it('writes JavaScript on one line when it fits, one element per line when it does not', () => {
    expect(javaScriptValue({ role: 'user', content: 'Hi' })).toBe('{ role: "user", content: "Hi" }');
    expect(javaScriptValue(body)).toBe(
      [
        '{',
        '  model: "gpt-4o",',
        '  messages: [',
        '    { role: "user", content: "Hi" },',
        '    {',
        '      role: "assistant",',
        '      content: "Hello! How can I help you today? Ask me anything at all, really.",',
        '    },',
        '  ],',
        '  stream_options: { include_usage: true },',
        '  "content-type": null,',
        '  stop: [],',
        '  empty: {},',
        '  stream: false,',
        '}',
      ].join('\n'),
    );
  });

  it('keeps a key named __proto__ a property instead of the prototype', () => {
    const headers = JSON.parse('{"__proto__": "x", "a": "b"}');
    expect(javaScriptValue(headers)).toBe('{ ["__proto__"]: "x", a: "b" }');
    expect(runInNewContext(`(${javaScriptValue(headers)})`)).toEqual(headers);
  });

  it('writes Python dicts and lists with True, False and None', () => {
    expect(pythonValue({ role: 'user', content: 'Hi' })).toBe('{"role": "user", "content": "Hi"}');
    expect(pythonValue(body, '    ', 'body='.length)).toBe(
      [
        '{',
        '        "model": "gpt-4o",',
        '        "messages": [',
        '            {"role": "user", "content": "Hi"},',
        '            {',
        '                "role": "assistant",',
        '                "content": "Hello! How can I help you today? Ask me anything at all, really.",',
        '            },',
        '        ],',
        '        "stream_options": {"include_usage": True},',
        '        "content-type": None,',
        '        "stop": [],',
        '        "empty": {},',
        '        "stream": False,',
        '    }',
      ].join('\n'),
    );
  });

  it('round-trips any JSON data through the JavaScript layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const normalized = JSON.parse(JSON.stringify(value));
        expect(runInNewContext(`(${javaScriptValue(normalized)})`)).toEqual(normalized);
      }),
      { numRuns: 1000 },
    );
  });
});
