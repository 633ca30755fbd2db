import { buildAnthropicMessagesRequest } from '../providers/anthropic-messages-request.ts';
import { buildOpenAiChatRequest } from '../providers/openai-chat-request.ts';
import { type CodeInput, secretWarning, wireFormatOf } from './code-input.ts';
import {
  javaScriptEnvironmentRead,
  javaScriptIndent,
  javaScriptPropertyKey,
  javaScriptString,
  javaScriptValue,
} from './code-literals.ts';

// Stands for the key while the adapter builds the request, so the code gets the adapter's exact
// headers with the key read at run time. A header value cannot hold a NUL (profile headers are
// checked), so the placeholder is never confused with a real value.
const keyPlaceholder = '\u0000promptwire-key\u0000';

// Generated code's own template literal, escaped here so this file has no `${` in a plain string.
const failWithStatus = `  throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);`;

/**
 * The request as a JavaScript module using the platform's `fetch` and no SDK: the exact URL,
 * headers and body Promptwire sends (built by the same adapters), then the answer printed, as it
 * streams when the request streams. It is also valid strict TypeScript, for Node 18 and later.
 */
export function generateFetchCode(input: CodeInput): string {
  const wireFormat = wireFormatOf(input.format);
  const target = {
    format: input.format,
    baseUrl: input.baseUrl,
    apiKey: keyPlaceholder,
    headers: input.headers,
  };
  const plan =
    wireFormat === 'openai-chat'
      ? buildOpenAiChatRequest(target, input.request)
      : buildAnthropicMessagesRequest(target, input.request);

  const lines: string[] = [];
  if (input.apiKey !== undefined) lines.push(`// ${secretWarning}`);
  // The platform's fetch has no proxy option; undici's fetch (the one inside Node) takes a dispatcher.
  if (input.proxyUrl) lines.push('import { fetch, ProxyAgent } from "undici";', '');
  // A profile header may replace the key's header (a relay's own auth); then no key is read.
  if (Object.values(plan.headers).some((value) => value.includes(keyPlaceholder))) {
    if (input.apiKey !== undefined) {
      lines.push(`const apiKey = ${javaScriptString(input.apiKey)};`, '');
    } else {
      const variable = input.keyEnvironmentVariable;
      lines.push(
        `const apiKey = ${javaScriptEnvironmentRead(variable)};`,
        `if (!apiKey) throw new Error(${javaScriptString(`Set ${variable} to your API key.`)});`,
        '',
      );
    }
  }

  const headerLines = Object.entries(plan.headers).map(
    ([name, value]) =>
      `${javaScriptIndent.repeat(2)}${javaScriptPropertyKey(name)}: ${headerExpression(value)},`,
  );
  const bodyPrefix = `${javaScriptIndent}body: JSON.stringify(`;
  lines.push(
    `const response = await fetch(${javaScriptString(plan.url)}, {`,
    `${javaScriptIndent}method: "POST",`,
    `${javaScriptIndent}headers: {`,
    ...headerLines,
    `${javaScriptIndent}},`,
    `${bodyPrefix}${javaScriptValue(JSON.parse(plan.body), javaScriptIndent, bodyPrefix.length)}),`,
  );
  if (input.proxyUrl) {
    lines.push(`${javaScriptIndent}dispatcher: new ProxyAgent(${javaScriptString(input.proxyUrl)}),`);
  }
  lines.push('});');

  if (input.request.stream) {
    lines.push(
      'if (!response.ok || !response.body) {',
      failWithStatus,
      '}',
      '',
      '// Server-sent events: every "data:" line holds one JSON event.',
      'const decoder = new TextDecoder();',
      'let pending = "";',
      'for await (const bytes of response.body) {',
      '  pending += decoder.decode(bytes, { stream: true });',
      '  const lines = pending.split("\\n");',
      '  pending = lines.pop() ?? "";',
      '  for (const line of lines) {',
      '    if (!line.startsWith("data:")) continue;',
      '    const data = line.slice(5).trim();',
      '    if (data === "[DONE]") continue;',
      '    const event = JSON.parse(data);',
      ...(wireFormat === 'openai-chat'
        ? [
            '    if (event.error) throw new Error(event.error.message ?? data);',
            '    process.stdout.write(event.choices?.[0]?.delta?.content ?? "");',
          ]
        : [
            '    if (event.type === "error") throw new Error(event.error.message ?? data);',
            '    if (event.type === "content_block_delta" && event.delta.type === "text_delta") {',
            '      process.stdout.write(event.delta.text);',
            '    }',
          ]),
      '  }',
      '}',
      'process.stdout.write("\\n");',
    );
  } else {
    lines.push(
      'if (!response.ok) {',
      failWithStatus,
      '}',
      '',
      'const result = JSON.parse(await response.text());',
      ...(wireFormat === 'openai-chat'
        ? ['console.log(result.choices[0].message.content);']
        : [
            'for (const block of result.content) {',
            '  if (block.type === "text") process.stdout.write(block.text);',
            '}',
            'process.stdout.write("\\n");',
          ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A header value as code: a string, or a template literal that puts the key in. */
function headerExpression(value: string): string {
  if (!value.includes(keyPlaceholder)) return javaScriptString(value);
  if (value === keyPlaceholder) return 'apiKey';
  const parts = value
    .split(keyPlaceholder)
    .map((part) => javaScriptString(part).slice(1, -1).replace(/`/g, '\\`').replace(/\$\{/g, '\\${'));
  return `\`${parts.join(`\${apiKey}`)}\``;
}
