import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generatePythonCode } from './code-python.ts';
import {
  anthropicDefaults,
  findPython,
  openAiDefaults,
  relay,
  sampleInputs,
  typicalAnthropicRequest,
  typicalRequest,
  writeTemporaryFiles,
} from './code-test-support.ts';

describe('generatePythonCode with the openai SDK', () => {
  it('streams, relying on the SDK defaults for the base URL and OPENAI_API_KEY', () => {
    expect(generatePythonCode(openAiDefaults(typicalRequest(true)))).toBe(`from openai import OpenAI

client = OpenAI()

stream = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "And of Japan?"},
    ],
    temperature=0.2,
    max_tokens=256,
    top_p=0.9,
    stop=["END"],
    stream=True,
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="", flush=True)
print()
`);
  });

  it('answers at once without streaming', () => {
    expect(generatePythonCode(openAiDefaults(typicalRequest(false)))).toBe(`from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "And of Japan?"},
    ],
    temperature=0.2,
    max_tokens=256,
    top_p=0.9,
    stop=["END"],
)
print(completion.choices[0].message.content)
`);
  });

  it('configures a compatible server: base URL, its key variable, headers and a proxy', () => {
    const input = {
      ...relay(
        openAiDefaults({
          model: 'deepseek-chat',
          messages: [{ role: 'user', content: 'Hi' }],
          stream: false,
        }),
      ),
      format: 'openai-compatible' as const,
      keyEnvironmentVariable: 'DEEPSEEK_API_KEY',
    };
    expect(generatePythonCode(input)).toBe(`import os

from openai import OpenAI, DefaultHttpxClient

client = OpenAI(
    base_url="https://relay.example.com/v1",
    api_key=os.environ["DEEPSEEK_API_KEY"],
    default_headers={"X-Relay-Project": "alpha", "X-Relay-Region": "eu"},
    http_client=DefaultHttpxClient(proxy="http://127.0.0.1:7890"),
)

completion = client.chat.completions.create(
    model="deepseek-chat",
    messages=[{"role": "user", "content": "Hi"}],
)
print(completion.choices[0].message.content)
`);
  });

  it('writes the key only when asked to, under a warning', () => {
    const request = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }], stream: false };
    const withKey = generatePythonCode({ ...openAiDefaults(request), apiKey: 'sk-proj-abc"123' });
    expect(withKey.split('\n').slice(0, 7)).toEqual([
      '# Warning: this file contains your API key. Keep it private: do not commit, share or paste it anywhere.',
      'from openai import OpenAI',
      '',
      'client = OpenAI(',
      '    api_key="sk-proj-abc\\"123",',
      ')',
      '',
    ]);
    expect(generatePythonCode(openAiDefaults(request))).not.toMatch(/api_key|Warning/);
  });
});

describe('generatePythonCode with the anthropic SDK', () => {
  it('streams with the text_stream helper', () => {
    expect(
      generatePythonCode(anthropicDefaults(typicalAnthropicRequest(true))),
    ).toBe(`from anthropic import Anthropic

client = Anthropic()

with client.messages.stream(
    model="claude-sonnet-4-5",
    system="Be brief.",
    messages=[
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "And of Japan?"},
    ],
    max_tokens=256,
    temperature=0.2,
    stop_sequences=["END"],
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
print()
`);
  });

  it('answers at once, printing the text blocks', () => {
    expect(
      generatePythonCode(anthropicDefaults(typicalAnthropicRequest(false))),
    ).toBe(`from anthropic import Anthropic

client = Anthropic()

message = client.messages.create(
    model="claude-sonnet-4-5",
    system="Be brief.",
    messages=[
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "And of Japan?"},
    ],
    max_tokens=256,
    temperature=0.2,
    stop_sequences=["END"],
)
print("".join(block.text for block in message.content if block.type == "text"))
`);
  });

  it('adds the default max_tokens and the clamped temperature, each with a note', () => {
    const input = anthropicDefaults({
      model: 'claude-haiku-4-5',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 1.4,
      stream: false,
    });
    expect(generatePythonCode(input).split('\n').slice(4, 11)).toEqual([
      "# Note: Anthropic requires max_tokens and none was set: Promptwire's default of 4096 is used.",
      '# Note: Anthropic takes a temperature from 0 to 1: 1.4 is sent as 1.',
      'message = client.messages.create(',
      '    model="claude-haiku-4-5",',
      '    messages=[{"role": "user", "content": "Hi"}],',
      '    max_tokens=4096,',
      '    temperature=1,',
    ]);
  });
});

describe('generated Python', () => {
  const python = findPython();
  const pythonTest = python ? it : it.skip;
  pythonTest(
    python
      ? 'compiles in python3 for every sample, nasty strings included'
      : 'compiles in python3 for every sample (skipped: python3 was not found on PATH)',
    () => {
      const files = Object.fromEntries(
        sampleInputs().map(({ name, input }) => [`${name}.py`, generatePythonCode(input)]),
      );
      const directory = writeTemporaryFiles('promptwire-python-code-', files);
      // One process for all files: compile() is ast.parse plus the checks that need no imports.
      const script = [
        'import os, sys',
        'failures = []',
        'for name in sorted(os.listdir(sys.argv[1])):',
        '    path = os.path.join(sys.argv[1], name)',
        '    try:',
        '        compile(open(path, encoding="utf-8").read(), path, "exec", dont_inherit=True)',
        '    except SyntaxError as error:',
        '        failures.append(f"{name}:{error.lineno}: {error.msg}")',
        'print(len(os.listdir(sys.argv[1])), "compiled")',
        'print("\\n".join(failures), file=sys.stderr)',
        'sys.exit(1 if failures else 0)',
      ].join('\n');
      const run = spawnSync(python ?? 'python3', ['-c', script, directory], { encoding: 'utf8' });
      expect(run.stderr.trim()).toBe('');
      expect(run.stdout).toBe(`${Object.keys(files).length} compiled\n`);
      expect(run.status).toBe(0);
    },
  );
});
