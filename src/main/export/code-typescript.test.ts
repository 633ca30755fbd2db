import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../cli/project-root.ts';
import { generateFetchCode } from './code-fetch.ts';
import {
  anthropicDefaults,
  openAiDefaults,
  relay,
  sampleInputs,
  typicalAnthropicRequest,
  typicalRequest,
  writeTemporaryFiles,
} from './code-test-support.ts';
import { generateTypeScriptCode } from './code-typescript.ts';

describe('generateTypeScriptCode with the openai package', () => {
  it('streams with for await, relying on the SDK defaults', () => {
    expect(generateTypeScriptCode(openAiDefaults(typicalRequest(true)))).toBe(`import OpenAI from "openai";

const client = new OpenAI();

const stream = await client.chat.completions.create({
  model: "gpt-4o",
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "What is the capital of France?" },
    { role: "assistant", content: "Paris." },
    { role: "user", content: "And of Japan?" },
  ],
  temperature: 0.2,
  max_tokens: 256,
  top_p: 0.9,
  stop: ["END"],
  stream: true,
});
for await (const chunk of stream) {
  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
}
process.stdout.write("\\n");
`);
  });

  it('answers at once without streaming', () => {
    expect(generateTypeScriptCode(openAiDefaults(typicalRequest(false)))).toBe(`import OpenAI from "openai";

const client = new OpenAI();

const completion = await client.chat.completions.create({
  model: "gpt-4o",
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "What is the capital of France?" },
    { role: "assistant", content: "Paris." },
    { role: "user", content: "And of Japan?" },
  ],
  temperature: 0.2,
  max_tokens: 256,
  top_p: 0.9,
  stop: ["END"],
});
console.log(completion.choices[0]?.message.content);
`);
  });

  it('writes the key only when asked to, under a warning', () => {
    const request = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }], stream: false };
    const withKey = generateTypeScriptCode({ ...openAiDefaults(request), apiKey: `sk-proj-abc\`\${x}` });
    expect(withKey.split('\n').slice(0, 6)).toEqual([
      '// Warning: this file contains your API key. Keep it private: do not commit, share or paste it anywhere.',
      'import OpenAI from "openai";',
      '',
      'const client = new OpenAI({',
      `  apiKey: "sk-proj-abc\`\${x}",`,
      '});',
    ]);
    expect(generateTypeScriptCode(openAiDefaults(request))).not.toMatch(/apiKey|Warning/);
  });
});

describe('generateTypeScriptCode with the @anthropic-ai/sdk package', () => {
  it('streams with the text event of messages.stream', () => {
    expect(
      generateTypeScriptCode(anthropicDefaults(typicalAnthropicRequest(true))),
    ).toBe(`import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Note: written for @anthropic-ai/sdk 0.x; version 1.x no longer accepts temperature and top_p in its types.
const stream = client.messages.stream({
  model: "claude-sonnet-4-5",
  system: "Be brief.",
  messages: [
    { role: "user", content: "What is the capital of France?" },
    { role: "assistant", content: "Paris." },
    { role: "user", content: "And of Japan?" },
  ],
  max_tokens: 256,
  temperature: 0.2,
  stop_sequences: ["END"],
});
stream.on("text", (text: string) => process.stdout.write(text));
await stream.finalMessage();
process.stdout.write("\\n");
`);
  });

  it('answers at once through a relay with its key variable, headers and a proxy', () => {
    expect(
      generateTypeScriptCode(relay(anthropicDefaults(typicalAnthropicRequest(false)))),
    ).toBe(`import Anthropic from "@anthropic-ai/sdk";
import { ProxyAgent } from "undici";

const client = new Anthropic({
  baseURL: "https://relay.example.com",
  apiKey: process.env.RELAY_API_KEY,
  defaultHeaders: { "X-Relay-Project": "alpha", "X-Relay-Region": "eu" },
  fetchOptions: { dispatcher: new ProxyAgent("http://127.0.0.1:7890") },
});

// Note: written for @anthropic-ai/sdk 0.x; version 1.x no longer accepts temperature and top_p in its types.
const message = await client.messages.create({
  model: "claude-sonnet-4-5",
  system: "Be brief.",
  messages: [
    { role: "user", content: "What is the capital of France?" },
    { role: "assistant", content: "Paris." },
    { role: "user", content: "And of Japan?" },
  ],
  max_tokens: 256,
  temperature: 0.2,
  stop_sequences: ["END"],
});
for (const block of message.content) {
  if (block.type === "text") process.stdout.write(block.text);
}
process.stdout.write("\\n");
`);
  });
});

describe('generated TypeScript and fetch code', () => {
  it('type-checks under tsc --strict for every sample, nasty strings included', () => {
    const files: Record<string, string> = {
      'package.json': '{ "type": "module" }\n',
      // The SDKs are not dependencies of Promptwire: their imports are typed as any, which still
      // checks the syntax, the Node globals and everything the code does with its own values.
      'shims.d.ts':
        "declare module 'openai';\ndeclare module '@anthropic-ai/sdk';\ndeclare module 'undici';\n",
    };
    for (const { name, input } of sampleInputs()) {
      files[`sdk-${name}.ts`] = generateTypeScriptCode(input);
      files[`fetch-${name}.ts`] = generateFetchCode(input);
    }
    const directory = writeTemporaryFiles('promptwire-typescript-code-', files);
    const sources = Object.keys(files).filter((name) => name.endsWith('.ts'));
    // One run for all files: tsc takes seconds to start.
    const run = spawnSync(
      join(projectRoot, 'node_modules', '.bin', 'tsc'),
      [
        ...['--noEmit', '--strict', '--noUncheckedIndexedAccess', '--noUnusedLocals'],
        ...['--target', 'es2022', '--module', 'nodenext', '--skipLibCheck'],
        ...['--typeRoots', join(projectRoot, 'node_modules', '@types'), '--types', 'node'],
        ...sources,
      ],
      { cwd: directory, encoding: 'utf8' },
    );
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
    expect(sources.length).toBeGreaterThan(60);
  });
});
