import { randomUUID } from 'node:crypto';
import { openHistoryPort } from '../api/open-history-port.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import { openAppSettings } from '../settings/app-settings.ts';
import { attemptFailedLine } from './attempt-lines.ts';
import { parseFlags, parseNumberInRange, parsePositiveInteger, requireFlag } from './command-arguments.ts';
import { answersText, comparisonJson, comparisonTable } from './compare-report.ts';
import { type PreparedTarget, prepareTargets, runTarget, type TargetOutcome } from './compare-run.ts';
import { fewestTargets, mostTargets, parseTargets } from './compare-targets.ts';
import { networkEnvironmentHelp, networkFlagHelp, networkFlagSpec } from './network-flags.ts';
import { abortOnInterrupt, buildRequest } from './send-command.ts';

export const compareHelp = `Usage: promptwire compare --target PROFILE:MODEL --target PROFILE:MODEL ... --message TEXT [options]

Sends one message to ${fewestTargets} to ${mostTargets} models at once and prints their figures side by side:
status, time to first token, total time, input and output tokens, tokens per second, estimated
cost (from the profile's prices), finish reason and attempts, with the fastest and the cheapest
marked; then each answer under its own heading. A target that fails never stops the others.

Options:
  --target PROFILE:MODEL
                       one model to compare, given ${fewestTargets} to ${mostTargets} times: a profile id or a preset id
                       (as send --provider takes them), a colon, and the model
                       (openai:gpt-4o, anthropic:claude-sonnet-4-5, ollama:llama3.1:8b)
  --message TEXT       the user message every target gets
  --system TEXT        a system prompt for every target
  --max-tokens N       the most tokens to generate (a whole number > 0)
  --temperature X      sampling temperature, 0 to 2
  --no-stream          ask for each whole answer at once
${networkFlagHelp}  --json               print one JSON object instead of the table:
                       { comparisonId, targets: [{ target, profileId, model, text,
                         finishReason, usage: { inputTokens, outputTokens },
                         timings: { firstTokenMs, totalMs }, tokensPerSecond, costUsd,
                         attempts: [{ attempt, status, error, retryInMs }],
                         error, historyId }] }
  --data-dir DIR       the data directory (default: PROMPTWIRE_DATA_DIR, then the app's own)
  -h, --help           show this help

Every call is kept in the history with source "comparison" and the comparison's id.
Keys come from the keys saved in the app, then each preset's variable (OPENAI_API_KEY, ...).
${networkEnvironmentHelp}
Exit codes: 0 every target answered, 1 one or more failed, 2 wrong usage (a target that is
not PROFILE:MODEL, fewer than ${fewestTargets} or more than ${mostTargets} targets, an unknown profile),
130 stopped with Ctrl-C.

Examples:
  promptwire compare --target mock:mock-fast --target mock:mock-slow --message "Hello"
  promptwire compare --target openai:gpt-4o --target anthropic:claude-sonnet-4-5 \\
    --target deepseek:deepseek-chat --message "Explain TCP slow start" --json
`;

const flagSpec = {
  target: { type: 'string', multiple: true },
  system: { type: 'string' },
  message: { type: 'string' },
  'max-tokens': { type: 'string' },
  temperature: { type: 'string' },
  stream: { type: 'boolean', default: true },
  'data-dir': { type: 'string' },
  ...networkFlagSpec,
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function compareCommand(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, flagSpec);
  if (flags.help) {
    process.stdout.write(compareHelp);
    return 0;
  }
  const targets = parseTargets(flags.target);
  const message = requireFlag('--message', flags.message);
  const maxTokens = parsePositiveInteger('--max-tokens', flags['max-tokens']);
  const temperature = parseNumberInRange('--temperature', flags.temperature, { min: 0, max: 2 });
  const requests = targets.map((target) => ({
    target,
    request: buildRequest({
      model: target.model,
      system: flags.system,
      message,
      maxTokens,
      temperature,
      stream: flags.stream,
    }),
  }));

  const dataDirectory = resolveDataDirectory(flags['data-dir']);
  const keys = createKeyStore(process.env, Date.now, openHostSecrets(dataDirectory));
  const opened = openProfiles({ dataDirectory, keys });
  let closeRoutes = async () => {};
  let closeHistory = async () => {};
  try {
    await keys.ready();
    // parseArgs turns --no-proxy into proxy: false, which the string option's type does not show.
    const networkFlags = { ...flags, proxy: flags.proxy as string | false | undefined };
    const prepared = await prepareTargets(requests, {
      profiles: opened.profiles,
      networkFlags,
      dataDirectory,
    });
    closeRoutes = prepared.close;
    // A config.json set aside or partly ignored is said here, since no window will show it.
    for (const notice of opened.notices.list()) process.stderr.write(`Note: ${notice}\n`);
    noteUnreadableKeys(prepared.targets, keys.problems());

    const history = openHistoryPort(dataDirectory);
    closeHistory = () => history.close();
    await history.ready;
    for (const notice of history.notices()) process.stderr.write(`Note: ${notice}\n`);

    const comparisonId = randomUUID();
    const network = openAppSettings(dataDirectory, { file: opened.settingsFile }).network();
    const controller = new AbortController();
    const stopAbortingOnInterrupt = abortOnInterrupt(controller);
    let outcomes: TargetOutcome[];
    try {
      outcomes = await Promise.all(
        prepared.targets.map((target) =>
          runTarget(target, {
            comparisonId,
            history: history.port,
            network,
            signal: controller.signal,
            onEvent: (which, event) => {
              // Why an answer is slow to start, said while it happens, as send does.
              if (!flags.json && event.type === 'attempt-failed') {
                process.stderr.write(`${which.label}: ${attemptFailedLine(event)}\n`);
              }
            },
          }),
        ),
      );
    } finally {
      stopAbortingOnInterrupt();
    }
    return report(comparisonId, outcomes, flags.json, controller.signal.aborted);
  } finally {
    await closeHistory();
    await closeRoutes();
    await opened.close();
  }
}

function report(comparisonId: string, outcomes: TargetOutcome[], json: boolean, stopped: boolean): number {
  // A reader that went away (`| head`) has read what it wanted; the exit code still tells the
  // outcome. Left in place: the error of a pipe write arrives after the write has returned.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`promptwire compare: stdout: ${error.message}\n`);
  });
  if (json) {
    process.stdout.write(`${JSON.stringify(comparisonJson(comparisonId, outcomes), null, 2)}\n`);
  } else {
    const answered = outcomes.filter((outcome) => outcome.transcript.status === 'done').length;
    process.stdout.write(
      `${comparisonTable(outcomes)}\n\nComparison ${comparisonId}: ${answered} of ${outcomes.length} answered.\n\n`,
    );
    process.stdout.write(answersText(outcomes));
  }
  if (stopped) {
    process.stderr.write('Stopped.\n');
    return 130;
  }
  const failed = outcomes.filter((outcome) => outcome.transcript.status !== 'done');
  if (failed.length === 0) return 0;
  const names = failed.map((outcome) => outcome.target.label).join(', ');
  process.stderr.write(`${failed.length} of ${outcomes.length} targets failed: ${names}.\n`);
  return 1;
}

/** Saved keys that could not be opened explain a missing key (the desktop app's keychain). */
function noteUnreadableKeys(
  targets: readonly PreparedTarget[],
  problems: readonly { message: string; hint?: string | undefined }[],
): void {
  const missingKey = targets.some((target) => 'failure' in target && target.failure.code === 'missing-key');
  if (!missingKey) return;
  for (const problem of problems) {
    process.stderr.write(`Note: ${problem.message}\n${problem.hint ? `      ${problem.hint}\n` : ''}`);
  }
}
