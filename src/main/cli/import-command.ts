import { text } from 'node:stream/consumers';
import { maskKey } from '../../shared/mask-key.ts';
import { parseCurl } from '../export/curl-import.ts';
import { curlToDraft } from '../export/curl-to-draft.ts';
import { UsageError } from './command-arguments.ts';

export const importHelp = `Usage: promptwire import curl ['COMMAND' | -]

Reads a curl command (from the argument, or from stdin when it is - or absent) and prints the
request it makes as Promptwire's normalized JSON:
  { format, baseUrl, request: { model, system, messages, temperature, maxTokens, topP, stop,
    stream, extra }, headers, key: { masked } or { variable }, notes }

The key is never printed, only masked. Body fields Promptwire has no field for are kept in
request.extra. Exit codes: 0 read, 1 the command could not be read (it says why), 2 wrong usage.

Examples:
  promptwire import curl "curl https://api.openai.com/v1/chat/completions -H ... -d '{...}'"
  pbpaste | promptwire import curl
`;

export async function importCommand(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === undefined || kind === '--help' || kind === '-h' || kind === 'help') {
    (kind === undefined ? process.stderr : process.stdout).write(importHelp);
    return kind === undefined ? 2 : 0;
  }
  if (kind !== 'curl') throw new UsageError(`cannot import "${kind}"; only curl commands can be imported.`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(importHelp);
    return 0;
  }
  if (rest.length > 1) {
    throw new UsageError('give the curl command as one argument in quotes, or pipe it to stdin.');
  }
  const fromStdin = rest.length === 0 || rest[0] === '-';
  if (fromStdin && process.stdin.isTTY) {
    process.stderr.write('Paste the curl command, then press Ctrl-D:\n');
  }
  const command = fromStdin ? await text(process.stdin) : (rest[0] ?? '');
  const parsed = parseCurl(command);
  const drafted = parsed.ok ? curlToDraft(parsed.value) : parsed;
  if (!drafted.ok) {
    process.stderr.write(
      `Error: this curl command cannot be read:\n${drafted.problems.map((problem) => `  - ${problem}\n`).join('')}`,
    );
    return 1;
  }
  const { format, baseUrl, apiKey, apiKeyVariable, headers, request, extraParameters } = drafted.value;
  // The draft's notes start with the parser's.
  const { notes } = drafted.value;
  const key =
    apiKey !== undefined
      ? { masked: maskKey(apiKey) }
      : apiKeyVariable
        ? { variable: apiKeyVariable }
        : undefined;
  const output = {
    format,
    baseUrl,
    request: Object.keys(extraParameters).length > 0 ? { ...request, extra: extraParameters } : request,
    headers,
    ...(key && { key }),
    notes,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
