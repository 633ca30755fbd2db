import { describe, expect, it } from 'vitest';
import { generateFetchCode } from './code-fetch.ts';
import {
  anthropicDefaults,
  openAiDefaults,
  relay,
  typicalAnthropicRequest,
  typicalRequest,
} from './code-test-support.ts';

describe('generateFetchCode', () => {
  it('streams from OpenAI, reading the key from OPENAI_API_KEY', () => {
    expect(
      generateFetchCode(openAiDefaults(typicalRequest(true))),
    ).toBe(`const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) throw new Error("Set OPENAI_API_KEY to your API key.");

const response = await fetch("https://api.openai.com/v1/chat/completions", {
  method: "POST",
  headers: {
    "content-type": "application/json",
    accept: "text/event-stream",
    authorization: \`Bearer \${apiKey}\`,
  },
  body: JSON.stringify({
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
    stream_options: { include_usage: true },
  }),
});
if (!response.ok || !response.body) {
  throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
}

// Server-sent events: every "data:" line holds one JSON event.
const decoder = new TextDecoder();
let pending = "";
for await (const bytes of response.body) {
  pending += decoder.decode(bytes, { stream: true });
  const lines = pending.split("\\n");
  pending = lines.pop() ?? "";
  for (const line of lines) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice(5).trim();
    if (data === "[DONE]") continue;
    const event = JSON.parse(data);
    if (event.error) throw new Error(event.error.message ?? data);
    process.stdout.write(event.choices?.[0]?.delta?.content ?? "");
  }
}
process.stdout.write("\\n");
`);
  });

  it('answers at once from OpenAI with the key written in, under a warning', () => {
    expect(
      generateFetchCode({ ...openAiDefaults(typicalRequest(false)), apiKey: 'sk-proj-written-in' }),
    ).toBe(`// Warning: this file contains your API key. Keep it private: do not commit, share or paste it anywhere.
const apiKey = "sk-proj-written-in";

const response = await fetch("https://api.openai.com/v1/chat/completions", {
  method: "POST",
  headers: {
    "content-type": "application/json",
    accept: "application/json",
    authorization: \`Bearer \${apiKey}\`,
  },
  body: JSON.stringify({
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
    stream: false,
  }),
});
if (!response.ok) {
  throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
}

const result = JSON.parse(await response.text());
console.log(result.choices[0].message.content);
`);
  });

  it('streams from Anthropic, printing the text deltas', () => {
    expect(
      generateFetchCode(anthropicDefaults(typicalAnthropicRequest(true))),
    ).toBe(`const apiKey = process.env.ANTHROPIC_API_KEY;
if (!apiKey) throw new Error("Set ANTHROPIC_API_KEY to your API key.");

const response = await fetch("https://api.anthropic.com/v1/messages", {
  method: "POST",
  headers: {
    "content-type": "application/json",
    accept: "text/event-stream",
    "anthropic-version": "2023-06-01",
    "x-api-key": apiKey,
  },
  body: JSON.stringify({
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
    stream: true,
  }),
});
if (!response.ok || !response.body) {
  throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
}

// Server-sent events: every "data:" line holds one JSON event.
const decoder = new TextDecoder();
let pending = "";
for await (const bytes of response.body) {
  pending += decoder.decode(bytes, { stream: true });
  const lines = pending.split("\\n");
  pending = lines.pop() ?? "";
  for (const line of lines) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice(5).trim();
    if (data === "[DONE]") continue;
    const event = JSON.parse(data);
    if (event.type === "error") throw new Error(event.error.message ?? data);
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
      process.stdout.write(event.delta.text);
    }
  }
}
process.stdout.write("\\n");
`);
  });

  it("answers at once through a relay: its URL, key variable, headers and undici's fetch for the proxy", () => {
    expect(
      generateFetchCode(relay(anthropicDefaults(typicalAnthropicRequest(false)))),
    ).toBe(`import { fetch, ProxyAgent } from "undici";

const apiKey = process.env.RELAY_API_KEY;
if (!apiKey) throw new Error("Set RELAY_API_KEY to your API key.");

const response = await fetch("https://relay.example.com/v1/messages", {
  method: "POST",
  headers: {
    "content-type": "application/json",
    accept: "application/json",
    "anthropic-version": "2023-06-01",
    "x-api-key": apiKey,
    "x-relay-project": "alpha",
    "x-relay-region": "eu",
  },
  body: JSON.stringify({
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
    stream: false,
  }),
  dispatcher: new ProxyAgent("http://127.0.0.1:7890"),
});
if (!response.ok) {
  throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
}

const result = JSON.parse(await response.text());
for (const block of result.content) {
  if (block.type === "text") process.stdout.write(block.text);
}
process.stdout.write("\\n");
`);
  });

  it("reads no key when a profile header replaces the key's header (a relay's own auth)", () => {
    const input = {
      ...openAiDefaults({ model: 'm', messages: [{ role: 'user' as const, content: 'Hi' }], stream: false }),
      headers: { Authorization: 'Bearer relay-…9f3a' },
    };
    expect(generateFetchCode(input).split('\n').slice(0, 7)).toEqual([
      'const response = await fetch("https://api.openai.com/v1/chat/completions", {',
      '  method: "POST",',
      '  headers: {',
      '    "content-type": "application/json",',
      '    accept: "application/json",',
      '    authorization: "Bearer relay-…9f3a",',
      '  },',
    ]);
  });

  it('reads a key variable that is no identifier with the bracket form', () => {
    const input = {
      ...openAiDefaults({ model: 'm', messages: [{ role: 'user' as const, content: 'Hi' }], stream: false }),
      keyEnvironmentVariable: 'relay-key',
    };
    expect(generateFetchCode(input).split('\n').slice(0, 2)).toEqual([
      'const apiKey = process.env["relay-key"];',
      'if (!apiKey) throw new Error("Set relay-key to your API key.");',
    ]);
  });
});
