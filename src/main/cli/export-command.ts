import { type ExportTarget, exportTargetSchema } from '../../shared/export-schemas.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { exportRequest } from '../export/export-request.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import {
  parseFlags,
  parseNumberInRange,
  parsePositiveInteger,
  requireFlag,
  UsageError,
} from './command-arguments.ts';
import { networkFlagHelp, prepareCliRoute, tlsOverride } from './network-flags.ts';
import { buildRequest, requestFlagSpec } from './send-command.ts';
import { describeFailure } from './terminal-output.ts';

export const exportHelp = `Usage: promptwire export FORMAT --provider ID --message TEXT [options]

Prints the request that \`promptwire send\` would make, as a command or code, without sending it.

Formats:
  curl              curl for bash and zsh (the default shells of macOS and Linux)
  curl-cmd          curl.exe for the Windows command prompt
  curl-powershell   curl.exe for PowerShell 7.3 or newer
  python            the official openai or anthropic Python SDK
  typescript        the official openai or @anthropic-ai/sdk TypeScript SDK
  fetch             plain fetch (JavaScript), no SDK

Options: the request options of \`promptwire send\` (--provider, --message, --model, --system,
--base-url, --max-tokens, --temperature, --no-stream, --data-dir), and:
${networkFlagHelp}  --include-key        write the real API key into the output (it is a secret: do not share it)
  -h, --help           show this help

By default the key is read from its environment variable ($OPENAI_API_KEY, %OPENAI_API_KEY%,
$env:OPENAI_API_KEY, os.environ, process.env) and a proxy password is masked. Notes go to stderr.

Examples:
  promptwire export curl --provider openai --model gpt-4o --message "Hello" | bash
  promptwire export python --provider anthropic --message "你好" > hello.py
`;

const flagSpec = { ...requestFlagSpec, 'include-key': { type: 'boolean', default: false } } as const;

const formats: Record<string, ExportTarget> = { curl: 'curl-bash', 'curl-bash': 'curl-bash' };

export async function exportCommand(argv: string[]): Promise<number> {
  const [format, ...rest] = argv;
  if (format === undefined || format === '--help' || format === '-h') {
    (format === undefined ? process.stderr : process.stdout).write(exportHelp);
    return format === undefined ? 2 : 0;
  }
  const target = formats[format] ?? exportTargetSchema.safeParse(format).data;
  if (target === undefined) {
    throw new UsageError(
      `unknown format "${format}"; use curl, curl-cmd, curl-powershell, python, typescript or fetch.`,
    );
  }
  const flags = parseFlags(rest, flagSpec);
  if (flags.help) {
    process.stdout.write(exportHelp);
    return 0;
  }
  const profileId = requireFlag('--provider', flags.provider);
  const message = requireFlag('--message', flags.message);
  const maxTokens = parsePositiveInteger('--max-tokens', flags['max-tokens']);
  const temperature = parseNumberInRange('--temperature', flags.temperature, { min: 0, max: 2 });
  const dataDirectory = resolveDataDirectory(flags['data-dir']);
  const keys = createKeyStore(process.env, Date.now, openHostSecrets(dataDirectory));
  const opened = openProfiles({ dataDirectory, keys });
  let closeRoutes = async () => {};
  try {
    await keys.ready();
    const resolved = await opened.profiles.resolveTarget(profileId, {
      allowPreset: true,
      allowMissingKey: true,
      ...(flags['base-url'] !== undefined && { baseUrl: flags['base-url'] }),
    });
    if (!resolved.ok) {
      if (resolved.error.code === 'unknown-profile') {
        throw new UsageError(`${resolved.error.message} ${resolved.error.hint ?? ''}`.trim());
      }
      process.stderr.write(describeFailure(resolved.error));
      return 1;
    }
    const networkFlags = { ...flags, proxy: flags.proxy as string | false | undefined };
    const { profile, target: endpoint } = resolved.value;
    const route = await prepareCliRoute(networkFlags, dataDirectory, profile, endpoint.baseUrl);
    closeRoutes = () => route.routes.close();
    if (!route.prepared.ok) {
      process.stderr.write(describeFailure(route.prepared.error));
      return 1;
    }
    const taken = route.prepared.value.route;
    const request = buildRequest({
      model: flags.model ?? profile.defaultModel,
      system: flags.system,
      message,
      maxTokens,
      temperature,
      stream: flags.stream,
    });
    const exported = exportRequest(
      {
        resolved: { ...resolved.value, profile: { ...profile, tls: tlsOverride(networkFlags, profile.tls) } },
        proxyUrl: taken.kind === 'direct' ? undefined : taken.url,
      },
      request,
      target,
      flags['include-key'],
    );
    if (exported.containsKey) {
      process.stderr.write('Warning: the output contains your API key. Do not share it or commit it.\n');
    }
    for (const note of exported.notes) process.stderr.write(`Note: ${note}\n`);
    process.stdout.write(exported.code.endsWith('\n') ? exported.code : `${exported.code}\n`);
    return 0;
  } finally {
    await closeRoutes();
    await opened.close();
  }
}
