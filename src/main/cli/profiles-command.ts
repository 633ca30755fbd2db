import type { Preset, ProfileSummary } from '../../shared/profile-schemas.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import { parseFlags } from './command-arguments.ts';

export const profilesHelp = `Usage: promptwire profiles [options]

Lists the profiles of the data directory and the presets; \`promptwire send --provider ID\`
takes either id. A preset id sends through a one-off profile keyed from the preset's variable.

Options:
  --json               print { profiles, presets } as JSON (header values that look like
                       credentials are masked; keys are never printed)
  --data-dir DIR       the data directory (default: PROMPTWIRE_DATA_DIR, then the app's own)
  -h, --help           show this help
`;

const flagSpec = {
  json: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function profilesCommand(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, flagSpec);
  if (flags.help) {
    process.stdout.write(profilesHelp);
    return 0;
  }
  const opened = openProfiles({ dataDirectory: resolveDataDirectory(flags['data-dir']) });
  try {
    const profiles = opened.profiles.list();
    const presets = opened.profiles.presets();
    for (const notice of opened.notices.list()) process.stderr.write(`Note: ${notice}\n`);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ profiles, presets }, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`Profiles:\n${table(profiles.map(profileRow))}\n`);
    process.stdout.write(`Presets:\n${table(presets.map(presetRow))}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}

function profileRow(profile: ProfileSummary): string[] {
  return [profile.id, profile.name, profile.baseUrl, keyText(profile)];
}

function keyText(profile: ProfileSummary): string {
  const { key } = profile;
  if (key.source === 'not-needed') return 'no key needed';
  if (!key.configured) return 'no key';
  return `key ${key.source}${key.lastFour ? ` …${key.lastFour}` : ''}`;
}

function presetRow(preset: Preset): string[] {
  return [preset.id, preset.name, preset.baseUrl || '(you enter it)', preset.keyEnvironmentVariable ?? ''];
}

/** Columns padded to their widest cell, two spaces apart, indented under their heading. */
function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
  }
  return rows
    .map((row) => `  ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ')}`.trimEnd())
    .join('\n');
}
