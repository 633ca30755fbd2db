import { type ChatRequest, chatRequestSchema, type StreamEvent } from '../../shared/chat-schemas.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../shared/transcript.ts';
import { startRecording } from '../api/chat-recording.ts';
import { openHistoryPort } from '../api/open-history-port.ts';
import { summarizeIssues } from '../api/summarize-issues.ts';
import { type RunChatOptions, runChat } from '../chat/run-chat.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import { openAppSettings } from '../settings/app-settings.ts';
import { attemptFailedLine, attemptsJson } from './attempt-lines.ts';
import {
  parseFlags,
  parseNumberInRange,
  parsePositiveInteger,
  requireFlag,
  UsageError,
} from './command-arguments.ts';
import {
  networkEnvironmentHelp,
  networkFlagHelp,
  networkFlagSpec,
  prepareCliRoute,
} from './network-flags.ts';
import { describeFailure, styleFor, summaryLine, transcriptJson } from './terminal-output.ts';

export const sendHelp = `Usage: promptwire send --provider ID --message TEXT [options]

Sends one chat request and streams the answer to stdout.

Options:
  --provider ID        a profile id (openai, anthropic, compatible, mock, mock-anthropic, or
                       one made in the app; \`promptwire profiles\` lists them) or a preset id
                       (deepseek, gemini, qwen, ...): a one-off profile keyed from its variable
  --message TEXT       the user message
  --model NAME         the model; defaults to the profile's default model
  --system TEXT        a system prompt
  --base-url URL       send to this base URL for this request only
  --max-tokens N       the most tokens to generate (a whole number > 0)
  --temperature X      sampling temperature, 0 to 2
  --no-stream          ask for the whole answer at once
${networkFlagHelp}  --json               print one JSON object instead of the text:
                       { text, finishReason, usage: { inputTokens, outputTokens },
                         status, timings: { firstTokenMs, totalMs },
                         attempts: [{ attempt, status, error, retryInMs }],
                         via: "direct" or the proxy, password masked,
                         historyId: the id \`promptwire history show\` takes }
  --data-dir DIR       the data directory (default: PROMPTWIRE_DATA_DIR, then the app's own)
  -h, --help           show this help

Keys come from the keys saved in the app, then the preset's variable: OPENAI_API_KEY,
ANTHROPIC_API_KEY, DEEPSEEK_API_KEY, GEMINI_API_KEY, ... (PROMPTWIRE_COMPATIBLE_API_KEY for
the compatible profile).
${networkEnvironmentHelp}
Exit codes: 0 answered, 1 the request failed, 2 wrong usage, 130 stopped with Ctrl-C.

Examples:
  promptwire send --provider mock --message "Hello"
  promptwire send --provider openai --model gpt-4o-mini --message "Hello" --json
  promptwire send --provider mock --model mock-error-429 --message "Hello"
  DEEPSEEK_API_KEY=sk-... promptwire send --provider deepseek --message "你好"
  promptwire send --provider openai --proxy socks5h://127.0.0.1:1080 --message "Hello"
`;

/** The flags that describe one request, shared by send and export. */
export const requestFlagSpec = {
  provider: { type: 'string' },
  model: { type: 'string' },
  system: { type: 'string' },
  message: { type: 'string' },
  'base-url': { type: 'string' },
  'max-tokens': { type: 'string' },
  temperature: { type: 'string' },
  stream: { type: 'boolean', default: true },
  'data-dir': { type: 'string' },
  ...networkFlagSpec,
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const flagSpec = { ...requestFlagSpec, json: { type: 'boolean', default: false } } as const;

export async function sendCommand(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, flagSpec);
  if (flags.help) {
    process.stdout.write(sendHelp);
    return 0;
  }
  const profileId = requireFlag('--provider', flags.provider);
  const message = requireFlag('--message', flags.message);
  const maxTokens = parsePositiveInteger('--max-tokens', flags['max-tokens']);
  const temperature = parseNumberInRange('--temperature', flags.temperature, { min: 0, max: 2 });

  const dataDirectory = resolveDataDirectory(flags['data-dir']);
  // Keys saved by browser mode (the key file) are used here too; the command line only reads them.
  const keys = createKeyStore(process.env, Date.now, openHostSecrets(dataDirectory));
  const opened = openProfiles({ dataDirectory, keys });
  let closeRoutes = async () => {};
  let closeHistory = async () => {};
  try {
    await keys.ready();
    const overrides = {
      allowPreset: true,
      ...(flags['base-url'] !== undefined && { baseUrl: flags['base-url'] }),
    };
    const resolved = await opened.profiles.resolveTarget(profileId, overrides);
    // A config.json set aside or partly ignored is said here, since no window will show it.
    for (const notice of opened.notices.list()) process.stderr.write(`Note: ${notice}\n`);
    if (!resolved.ok) {
      if (resolved.error.code === 'unknown-profile') {
        throw new UsageError(`${resolved.error.message} ${resolved.error.hint ?? ''}`.trim());
      }
      if (flags.json) writeJson({ ...sendJson(emptyTranscript()), error: resolved.error });
      process.stderr.write(describeFailure(resolved.error));
      // Saved keys that could not be opened explain a missing key (the desktop app's keychain).
      if (resolved.error.code === 'missing-key') {
        for (const problem of keys.problems()) {
          process.stderr.write(`Note: ${problem.message}\n${problem.hint ? `      ${problem.hint}\n` : ''}`);
        }
      }
      return 1;
    }
    // parseArgs turns --no-proxy into proxy: false, which the string option's type does not show.
    const proxyFlag = flags.proxy as string | false | undefined;
    const networkFlags = { ...flags, proxy: proxyFlag };
    const { profile, target } = resolved.value;
    const route = await prepareCliRoute(networkFlags, dataDirectory, profile, target.baseUrl);
    closeRoutes = () => route.routes.close();
    if (!route.prepared.ok) {
      if (flags.json) writeJson({ ...sendJson(emptyTranscript()), error: route.prepared.error });
      process.stderr.write(describeFailure(route.prepared.error));
      return 1;
    }
    const { dispatcher, via } = route.prepared.value;
    const request = buildRequest({
      model: flags.model ?? resolved.value.profile.defaultModel,
      system: flags.system,
      message,
      maxTokens,
      temperature,
      stream: flags.stream,
    });
    // The same saved timeouts, retry policy and key rotation as the window, from the shared data directory.
    const { timeouts, retry } = openAppSettings(dataDirectory, { file: opened.settingsFile }).network();
    // Kept like a call from the window (source cli), so `promptwire history` and the app show it.
    const history = openHistoryPort(dataDirectory);
    closeHistory = () => history.close();
    await history.ready;
    for (const notice of history.notices()) process.stderr.write(`Note: ${notice}\n`);
    const recording = startRecording(history.port, {
      start: {
        source: 'cli',
        profileId: profile.id,
        profileName: profile.name,
        format: target.format,
        baseUrl: target.baseUrl,
        request,
      },
      price: profile.prices[request.model],
    });
    const transcript = await streamChat(
      target,
      request,
      flags.json,
      { dispatcher, via, timeouts, retry, keys: resolved.value.keys },
      recording.observe,
    );
    // The end (done, failed or cancelled by Ctrl-C) is on disk before the process exits.
    await recording.finished;
    return finish(transcript, flags.json, via, recording.historyId);
  } finally {
    await closeHistory();
    await closeRoutes();
    await opened.close();
  }
}

/** The request send and export build from their flags; a bad value is a usage error. */
export function buildRequest(fields: {
  model: string;
  system: string | undefined;
  message: string;
  maxTokens: number | undefined;
  temperature: number | undefined;
  stream: boolean;
}): ChatRequest {
  const candidate: Record<string, unknown> = {
    model: fields.model,
    messages: [{ role: 'user', content: fields.message }],
    stream: fields.stream,
  };
  if (fields.system !== undefined) candidate.system = fields.system;
  if (fields.maxTokens !== undefined) candidate.maxTokens = fields.maxTokens;
  if (fields.temperature !== undefined) candidate.temperature = fields.temperature;
  const parsed = chatRequestSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(summarizeIssues(parsed.error.issues));
  return parsed.data;
}

/** Runs the chat, echoing text as it arrives unless the caller wants JSON; Ctrl-C cancels it. */
async function streamChat(
  target: Parameters<typeof runChat>[0]['target'],
  request: ChatRequest,
  json: boolean,
  route: Pick<RunChatOptions, 'dispatcher' | 'via' | 'timeouts' | 'retry' | 'keys'>,
  observe: (event: StreamEvent) => void,
): Promise<Transcript> {
  const transcript = emptyTranscript();
  const controller = new AbortController();
  const reasoningStyle = styleFor(process.stderr);
  const stopAbortingOnInterrupt = abortOnInterrupt(controller);
  // A reader that went away (`| head`) leaves nobody to stream to.
  const onBrokenPipe = () => controller.abort();
  process.stdout.on('error', onBrokenPipe);

  const emit = (event: StreamEvent) => {
    applyStreamEvent(transcript, event);
    observe(event);
    if (json) return;
    if (event.type === 'attempt-failed') process.stderr.write(`${attemptFailedLine(event)}\n`);
    else if (event.type === 'text-delta') process.stdout.write(event.text);
    else if (event.type === 'reasoning-delta') process.stderr.write(reasoningStyle.dim(event.text));
  };
  try {
    await runChat({ target, request, signal: controller.signal, emit, ...route });
  } finally {
    stopAbortingOnInterrupt();
    process.stdout.off('error', onBrokenPipe);
  }
  return transcript;
}

// The atomic file writes under conf clean up on a signal (when-exit) and then raise it again, so
// each Ctrl-C arrives twice, within a millisecond or so. A repeat this soon is that echo, not a person.
const signalEchoMs = 300;

/**
 * Ctrl-C (or SIGTERM) aborts the controller, so the calls end cleanly as cancelled and are kept
 * so; a second one exits at once. Returns what puts the default handling back.
 */
export function abortOnInterrupt(controller: AbortController): () => void {
  let firstAtMs: number | undefined;
  const onInterrupt = () => {
    if (firstAtMs === undefined) {
      firstAtMs = performance.now();
      controller.abort();
      return;
    }
    // A second Ctrl-C means the clean stop is taking too long for the person waiting.
    if (performance.now() - firstAtMs >= signalEchoMs) process.exit(130);
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  return () => {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  };
}

function finish(transcript: Transcript, json: boolean, via: string, historyId: string | undefined): number {
  if (json) writeJson({ ...sendJson(transcript), via, ...(historyId !== undefined && { historyId }) });
  else if (transcript.text !== '' && !transcript.text.endsWith('\n')) process.stdout.write('\n');

  if (transcript.reasoning !== '' && !json && !transcript.reasoning.endsWith('\n'))
    process.stderr.write('\n');
  const error = transcript.error;
  if (transcript.status === 'done') {
    if (!json && process.stderr.isTTY)
      process.stderr.write(`${styleFor(process.stderr).dim(summaryLine(transcript))}\n`);
    return 0;
  }
  if (error?.code === 'cancelled') {
    process.stderr.write(`${error.message}\n`);
    return 130;
  }
  if (error) process.stderr.write(describeFailure(error));
  return 1;
}

function sendJson(transcript: Transcript): Record<string, unknown> {
  return { ...transcriptJson(transcript), attempts: attemptsJson(transcript) };
}

function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
