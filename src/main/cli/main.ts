import { mockCommand } from '../mock/mock-command.ts';
import { UsageError } from './command-arguments.ts';
import { compareCommand } from './compare-command.ts';
import { exportCommand } from './export-command.ts';
import { historyCommand } from './history-command.ts';
import { importCommand } from './import-command.ts';
import { packageVersion } from './package-version.ts';
import { profilesCommand } from './profiles-command.ts';
import { sendCommand } from './send-command.ts';
import { webCommand } from './web-command.ts';

export const mainHelp = `Usage: promptwire <command> [options]

Commands:
  send      send one chat request and stream the answer
  compare   send one message to 2 to 6 models at once and compare time, tokens and cost
  profiles  list the profiles and presets that send --provider takes
  history   list, show and export the calls made (window, send and compare)
  export    print a request as curl (bash, cmd, PowerShell), Python, TypeScript or fetch
  import    read a curl command and print the request it makes as JSON
  mock      run the mock LLM server (OpenAI and Anthropic formats, fault models)
  web       open the Promptwire window in a browser on this machine

Run \`promptwire <command> --help\` for a command's options.
Other flags: --help, --version.
`;

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  send: sendCommand,
  compare: compareCommand,
  profiles: profilesCommand,
  history: historyCommand,
  export: exportCommand,
  import: importCommand,
  mock: (argv) => mockCommand(argv),
  web: webCommand,
};

/** Runs one command line and returns the exit code; usage mistakes exit with 2. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(mainHelp);
    return 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`promptwire: unknown command "${name}".\n\n${mainHelp}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `promptwire ${name}: ${error.message}\nRun \`promptwire ${name} --help\` for the options.\n`,
      );
      return 2;
    }
    throw error;
  }
}
