import { translateRequest } from '../../shared/format-translation.ts';
import { type CodeInput, explicitKeySource, secretWarning, wireFormatOf } from './code-input.ts';
import {
  commentText,
  javaScriptEnvironmentRead,
  javaScriptIndent,
  javaScriptString,
  javaScriptValue,
} from './code-literals.ts';

/**
 * The request as a TypeScript module (ES module, top-level await) using the vendor's official SDK
 * (`openai`, or `@anthropic-ai/sdk`), with the parameters Promptwire sends; the client is
 * configured only where it differs from the SDK's defaults.
 */
export function generateTypeScriptCode(input: CodeInput): string {
  const wireFormat = wireFormatOf(input.format);
  const { body, notes } = translateRequest(input.request, wireFormat);
  const keySource = explicitKeySource(input);

  const lines: string[] = [];
  if (keySource?.kind === 'literal') lines.push(`// ${secretWarning}`);
  lines.push(
    wireFormat === 'openai-chat'
      ? 'import OpenAI from "openai";'
      : 'import Anthropic from "@anthropic-ai/sdk";',
  );
  // The SDKs run on the platform's fetch; in Node a proxy is an undici dispatcher, as their READMEs show.
  if (input.proxyUrl) lines.push('import { ProxyAgent } from "undici";');
  lines.push('');

  const options: Array<[string, string]> = [];
  if (!input.defaultBaseUrl) options.push(['baseURL', javaScriptString(input.baseUrl)]);
  if (keySource?.kind === 'literal') options.push(['apiKey', javaScriptString(keySource.key)]);
  if (keySource?.kind === 'environment')
    options.push(['apiKey', javaScriptEnvironmentRead(keySource.variable)]);
  if (Object.keys(input.headers).length > 0) {
    options.push([
      'defaultHeaders',
      javaScriptValue(input.headers, javaScriptIndent, 'defaultHeaders: '.length),
    ]);
  }
  if (input.proxyUrl) {
    options.push(['fetchOptions', `{ dispatcher: new ProxyAgent(${javaScriptString(input.proxyUrl)}) }`]);
  }
  const clientClass = wireFormat === 'openai-chat' ? 'OpenAI' : 'Anthropic';
  lines.push(`const client = new ${clientClass}(${objectLiteral(options)});`, '');

  for (const note of notes) lines.push(`// Note: ${commentText(note)}`);
  // @anthropic-ai/sdk 1.x (API version 2026-10-21) no longer types these two; Promptwire sends
  // 2023-06-01, which takes them, as the 0.x SDK does.
  if (wireFormat === 'anthropic-messages' && ('temperature' in body || 'top_p' in body)) {
    lines.push(
      '// Note: written for @anthropic-ai/sdk 0.x; version 1.x no longer accepts temperature and top_p in its types.',
    );
  }
  const { stream, stream_options: _usageRequest, ...parameters } = body;
  const properties = Object.entries(parameters).map(([name, value]): [string, string] => [
    name,
    javaScriptValue(value, javaScriptIndent, name.length + 2),
  ]);

  if (wireFormat === 'openai-chat') {
    if (stream) properties.push(['stream', 'true']);
    const call = `await client.chat.completions.create(${objectLiteral(properties)});`;
    if (stream) {
      lines.push(
        `const stream = ${call}`,
        'for await (const chunk of stream) {',
        '  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");',
        '}',
        'process.stdout.write("\\n");',
      );
    } else {
      lines.push(`const completion = ${call}`, 'console.log(completion.choices[0]?.message.content);');
    }
  } else if (stream) {
    lines.push(
      `const stream = client.messages.stream(${objectLiteral(properties)});`,
      'stream.on("text", (text: string) => process.stdout.write(text));',
      'await stream.finalMessage();',
      'process.stdout.write("\\n");',
    );
  } else {
    lines.push(
      `const message = await client.messages.create(${objectLiteral(properties)});`,
      'for (const block of message.content) {',
      '  if (block.type === "text") process.stdout.write(block.text);',
      '}',
      'process.stdout.write("\\n");',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** An object literal of ready-made expressions, one property per line; `` when there are none. */
function objectLiteral(entries: Array<[string, string]>): string {
  if (entries.length === 0) return '';
  return `{\n${entries.map(([name, value]) => `${javaScriptIndent}${name}: ${value},`).join('\n')}\n}`;
}
