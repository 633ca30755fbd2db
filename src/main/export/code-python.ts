import { translateRequest } from '../../shared/format-translation.ts';
import { type CodeInput, explicitKeySource, secretWarning, wireFormatOf } from './code-input.ts';
import { commentText, pythonIndent, pythonString, pythonValue } from './code-literals.ts';

/**
 * The request as a Python script using the vendor's official SDK (`openai`, or `anthropic`), with
 * the parameters Promptwire sends; the client is configured only where it differs from the SDK's
 * defaults (base URL, key variable, headers, proxy).
 */
export function generatePythonCode(input: CodeInput): string {
  const wireFormat = wireFormatOf(input.format);
  const { body, notes } = translateRequest(input.request, wireFormat);
  const clientClass = wireFormat === 'openai-chat' ? 'OpenAI' : 'Anthropic';
  const keySource = explicitKeySource(input);

  const lines: string[] = [];
  if (keySource?.kind === 'literal') lines.push(`# ${secretWarning}`);
  if (keySource?.kind === 'environment') lines.push('import os', '');
  const imports = input.proxyUrl ? `${clientClass}, DefaultHttpxClient` : clientClass;
  lines.push(`from ${wireFormat === 'openai-chat' ? 'openai' : 'anthropic'} import ${imports}`, '');

  const clientArguments: Array<[string, string]> = [];
  if (!input.defaultBaseUrl) clientArguments.push(['base_url', pythonString(input.baseUrl)]);
  if (keySource?.kind === 'literal') clientArguments.push(['api_key', pythonString(keySource.key)]);
  if (keySource?.kind === 'environment') {
    clientArguments.push(['api_key', `os.environ[${pythonString(keySource.variable)}]`]);
  }
  if (Object.keys(input.headers).length > 0) {
    clientArguments.push([
      'default_headers',
      pythonValue(input.headers, pythonIndent, 'default_headers='.length),
    ]);
  }
  // DefaultHttpxClient keeps the SDK's own timeouts and redirect rules; a bare httpx.Client would not.
  if (input.proxyUrl) {
    clientArguments.push(['http_client', `DefaultHttpxClient(proxy=${pythonString(input.proxyUrl)})`]);
  }
  lines.push(`client = ${clientClass}(${keywordArguments(clientArguments)})`, '');

  for (const note of notes) lines.push(`# Note: ${commentText(note)}`);
  const { stream, stream_options: _usageRequest, ...parameters } = body;
  const callArguments = Object.entries(parameters).map(([name, value]): [string, string] => [
    name,
    pythonValue(value, pythonIndent, name.length + 1),
  ]);

  if (wireFormat === 'openai-chat') {
    if (stream) callArguments.push(['stream', 'True']);
    const call = `client.chat.completions.create(${keywordArguments(callArguments)})`;
    if (stream) {
      lines.push(
        `stream = ${call}`,
        'for chunk in stream:',
        // Some compatible servers send chunks without choices (usage, content filter results).
        '    if chunk.choices and chunk.choices[0].delta.content:',
        '        print(chunk.choices[0].delta.content, end="", flush=True)',
        'print()',
      );
    } else {
      lines.push(`completion = ${call}`, 'print(completion.choices[0].message.content)');
    }
  } else if (stream) {
    lines.push(
      `with client.messages.stream(${keywordArguments(callArguments)}) as stream:`,
      '    for text in stream.text_stream:',
      '        print(text, end="", flush=True)',
      'print()',
    );
  } else {
    lines.push(
      `message = client.messages.create(${keywordArguments(callArguments)})`,
      'print("".join(block.text for block in message.content if block.type == "text"))',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One argument per line, as Black lays out a call that does not fit on one. */
function keywordArguments(entries: Array<[string, string]>): string {
  if (entries.length === 0) return '';
  return `\n${entries.map(([name, value]) => `${pythonIndent}${name}=${value},`).join('\n')}\n`;
}
