import { describe, expect, it } from 'vitest';
import { quoteForBash } from './curl-export.ts';
import { type CurlOutcome, parseCurl } from './curl-import.ts';
import { type CurlDraft, curlToDraft } from './curl-to-draft.ts';

function draftOf(command: string): CurlOutcome<CurlDraft> {
  const parsed = parseCurl(command);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return curlToDraft(parsed.value);
}

function draft(command: string): CurlDraft {
  const outcome = draftOf(command);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.value;
}

const json = "-H 'content-type: application/json'";
const openAi = (body: unknown) =>
  `curl https://api.openai.com/v1/chat/completions -H 'Authorization: Bearer sk-test' ${json} --data-raw ${quoteForBash(JSON.stringify(body))}`;
const anthropic = (body: unknown) =>
  `curl https://api.anthropic.com/v1/messages -H 'x-api-key: sk-ant-test' -H 'anthropic-version: 2023-06-01' ${json} -d ${quoteForBash(JSON.stringify(body))}`;

describe('curlToDraft: the endpoint', () => {
  it('splits an Azure-style URL into a base URL that keeps /v1-less paths and the query string', () => {
    const command =
      "curl 'https://r.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21' " +
      `-H 'api-key: 0123abcd' -d '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}'`;
    expect(draft(command)).toMatchObject({
      format: 'openai-chat',
      baseUrl: 'https://r.openai.azure.com/openai/deployments/gpt-4o?api-version=2024-10-21',
      headers: { 'api-key': '0123abcd' },
      notes: [
        'extra headers (kept): api-key',
        'the command sends content-type application/x-www-form-urlencoded; Promptwire sends application/json',
      ],
    });
  });

  it('says the Responses API is recognized but not supported, and what to send instead', () => {
    expect(
      draftOf(
        `curl https://api.openai.com/v1/responses -H "Authorization: Bearer $OPENAI_API_KEY" -d '{"model":"gpt-5","input":"hi"}'`,
      ),
    ).toEqual({
      ok: false,
      problems: [
        'this is OpenAI’s Responses API (/responses). Promptwire recognizes it but cannot import it yet: send the ' +
          'request to https://api.openai.com/v1/chat/completions, with "messages" instead of "input", and paste that',
      ],
    });
  });

  it('refuses what it cannot place, saying which endpoints it imports', () => {
    expect(draftOf('curl https://api.openai.com/v1/embeddings -d "{}"')).toEqual({
      ok: false,
      problems: [
        'cannot tell which API https://api.openai.com/v1/embeddings is: Promptwire imports chat requests to …/chat/completions ' +
          '(OpenAI and compatible servers) and …/v1/messages (Anthropic)',
      ],
    });
    expect(draftOf("curl https://relay.example/messages -H 'anthropic-version: 2023-06-01' -d '{}'")).toEqual(
      {
        ok: false,
        problems: [
          "the path /messages ends in /messages without /v1: Promptwire's Anthropic format always calls <base URL>/v1/messages",
        ],
      },
    );
  });

  it('recognizes every way a command stands in for a key', () => {
    const keyOf = (value: string) => {
      const value_ = draft(
        openAi({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).replace('sk-test', value),
      );
      return { apiKey: value_.apiKey, apiKeyVariable: value_.apiKeyVariable, note: value_.notes[0] };
    };
    expect(keyOf('$env:OPENAI_API_KEY').apiKeyVariable).toBe('OPENAI_API_KEY');
    expect(keyOf('%OPENAI_API_KEY%').apiKeyVariable).toBe('OPENAI_API_KEY');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, as a command writes it
    expect(keyOf('${OPENAI_API_KEY}').apiKeyVariable).toBe('OPENAI_API_KEY');
    for (const placeholder of ['<token>', 'YOUR_API_KEY', 'sk-proj-...']) {
      expect(keyOf(placeholder)).toEqual({
        apiKey: undefined,
        apiKeyVariable: undefined,
        note: `the key "${placeholder}" is a placeholder, not a key: add your key to the profile`,
      });
    }
    for (const masked of ['sk-…3a9c', '••••']) {
      expect(keyOf(masked)).toEqual({
        apiKey: undefined,
        apiKeyVariable: undefined,
        note: `the key "${masked}" is masked, not the key itself: add the real key to the profile`,
      });
    }
    expect(keyOf('sk-proj-a...b').apiKey).toBe('sk-proj-a...b');
  });

  it("keeps a key sent the other format's way as a header, and names an unusual anthropic-version", () => {
    expect(
      draft(
        openAi({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).replace(
          'Authorization: Bearer',
          'x-api-key:',
        ),
      ),
    ).toMatchObject({
      headers: { 'x-api-key': 'sk-test' },
      notes: [
        'x-api-key is kept as an extra header: this format sends the key as Authorization: Bearer',
        'extra headers (kept): x-api-key',
      ],
    });
    const command = anthropic({ model: 'c', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })
      .replace('2023-06-01', '2024-01-01')
      .replace("-H 'x-api-key: sk-ant-test'", "-H 'Authorization: Bearer oauth-token'");
    expect(draft(command)).toMatchObject({
      headers: { authorization: 'Bearer oauth-token' },
      notes: [
        'authorization is kept as an extra header: this format sends the key as x-api-key',
        'the command asks for anthropic-version 2024-01-01; Promptwire sends 2023-06-01',
        'extra headers (kept): authorization',
      ],
    });
  });
});

describe('curlToDraft: OpenAI bodies', () => {
  it('maps the parameters, gathers system messages and keeps every other field', () => {
    const body = {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Look:' },
            { type: 'image_url', image_url: { url: 'https://i.example/a.png' } },
            { type: 'text', text: 'what is it?' },
          ],
        },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1' }] },
        { role: 'tool', content: '42', tool_call_id: 'call_1' },
        { role: 'system', content: 'Use metric units.' },
      ],
      temperature: 2.5,
      max_completion_tokens: 300,
      top_p: 0.5,
      stop: 'END',
      n: 2,
      tools: [{ type: 'function' }],
      stream: true,
      stream_options: { include_usage: false },
    };
    expect(draft(openAi(body))).toEqual({
      format: 'openai-chat',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk-test',
      headers: {},
      request: {
        model: 'gpt-4o',
        system: 'Be brief.\n\nUse metric units.',
        messages: [
          { role: 'user', content: 'Look:\nwhat is it?' },
          { role: 'assistant', content: '' },
        ],
        maxTokens: 300,
        topP: 0.5,
        stop: ['END'],
        stream: true,
      },
      extraParameters: {
        temperature: 2.5,
        n: 2,
        tools: [{ type: 'function' }],
        stream_options: { include_usage: false },
      },
      notes: [
        'message 2: 2 text blocks are joined into one text',
        'message 2: left out image_url (the composer sends text only)',
        'message 3: left out tool_calls (the composer holds role and text)',
        'message 3 has no text content; it is kept as an empty message',
        'message 4: left out tool_call_id (the composer holds role and text)',
        'message 4 has the role tool, which the composer cannot hold; it is left out',
        '2 system messages are joined into one system prompt',
        'temperature 2.5 is not a number from 0 to 2; it is kept as an extra parameter',
        'max_completion_tokens becomes Max tokens, which Promptwire sends as max_tokens; reasoning models refuse ' +
          'that (400): then clear Max tokens and add max_completion_tokens as an extra parameter',
        'extra parameters (kept): temperature, n, tools, stream_options',
      ],
    });
  });

  it('fails clearly on a body that is not a chat request', () => {
    const url = 'curl https://api.openai.com/v1/chat/completions';
    expect(draftOf(url)).toEqual({
      ok: false,
      problems: ['the command has no body: a chat request sends JSON with -d or --data-raw'],
    });
    expect(draftOf(`${url} -d "$(cat body.json)"`)).toEqual({
      ok: false,
      problems: ['the body is not JSON (it runs a shell command, which a paste cannot do: paste its output)'],
    });
    expect(draftOf(`${url} -d '[1]'`)).toEqual({
      ok: false,
      problems: ['the body is JSON but not an object with "model" and "messages"'],
    });
    expect(draftOf(`${url} -d '{"messages":[{"role":"tool","content":"x"}]}'`)).toEqual({
      ok: false,
      problems: ['the body has no "model"', 'the body has no user or assistant message'],
    });
  });
});

describe('curlToDraft: Anthropic bodies', () => {
  it('reads system blocks and content blocks, and keeps top_k, thinking and tools', () => {
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system: [{ type: 'text', text: "Today's date is 2024-06-01.", cache_control: { type: 'ephemeral' } }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: '你好 😀' },
            { type: 'image', source: { type: 'url', url: 'https://i.example/a.png' } },
          ],
        },
        { role: 'assistant', content: 'Hi' },
        { role: 'user', content: 'Again' },
      ],
      stop_sequences: ['\n\nHuman:'],
      temperature: 1,
      top_k: 5,
      thinking: { type: 'adaptive' },
      tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
      stream: false,
    };
    expect(draft(anthropic(body))).toEqual({
      format: 'anthropic-messages',
      baseUrl: 'https://api.anthropic.com',
      apiKey: 'sk-ant-test',
      headers: {},
      request: {
        model: 'claude-sonnet-4-5',
        system: "Today's date is 2024-06-01.",
        messages: [
          { role: 'user', content: '你好 😀' },
          { role: 'assistant', content: 'Hi' },
          { role: 'user', content: 'Again' },
        ],
        maxTokens: 1024,
        temperature: 1,
        stop: ['\n\nHuman:'],
        stream: false,
      },
      extraParameters: {
        top_k: 5,
        thinking: { type: 'adaptive' },
        tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
      },
      notes: [
        'message 1: left out image (the composer sends text only)',
        'system: left out cache_control of a text block (the composer sends text only)',
        'extra parameters (kept): top_k, thinking, tools',
      ],
    });
  });
});
