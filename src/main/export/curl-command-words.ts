import { split as splitPosix } from 'shlex';

// A pasted curl command is text for a shell; curl sees the words that shell would pass it. Three
// shells matter: bash/zsh (what the vendors' docs and DevTools "Copy as cURL (bash)" print), cmd.exe
// (DevTools "Copy as cURL (cmd)") and PowerShell (where `curl` is an alias, so people type
// `curl.exe`). Each is split by its own rules; nothing is expanded ($VAR, %VAR%, $env:VAR stay as
// written, so a key placeholder can be recognized later).

export type ShellDialect = 'posix' | 'cmd' | 'powershell';

export type WordsOutcome =
  | { ok: true; words: string[]; dialect: ShellDialect }
  | { ok: false; problem: string };

/**
 * cmd continues a line with a caret, PowerShell with a backtick, bash with a backslash. The first
 * line that ends in one of them decides: a later one may be inside a multi-line body.
 */
export function detectDialect(command: string): ShellDialect {
  // Line by line rather than with the m flag, whose $ also matches before U+2028 and U+2029.
  for (const line of command.split('\n')) {
    const end = line.replace(/\r$/, '').slice(-2);
    if (/^[ \t]\^$/.test(end)) return 'cmd';
    if (/^[ \t]`$/.test(end)) return 'powershell';
    if (end.endsWith('\\')) return 'posix';
  }
  if (/^\s*curl(\.exe)?\s+\^"/i.test(command)) return 'cmd';
  return /^\s*curl\.exe\s/i.test(command) ? 'powershell' : 'posix';
}

export function splitCommandWords(command: string): WordsOutcome {
  const dialect = detectDialect(command);
  if (dialect === 'cmd') return { ok: true, words: splitWindowsArguments(undoCmdEscapes(command)), dialect };
  if (dialect === 'powershell') return splitPowerShell(command);
  try {
    // A Windows clipboard turns each `\`-newline continuation into `\`-CR-LF, which bash would not
    // take as a continuation either; accept it, since that is plainly what was meant.
    return { ok: true, words: splitPosix(command.replace(/\\\r\n/g, '\\\n')), dialect };
  } catch {
    return { ok: false, problem: unclosedQuoteProblem };
  }
}

const unclosedQuoteProblem =
  'the command ends inside a quoted string or after a lone backslash: copy the whole command again';

/**
 * cmd.exe's own pass: outside double quotes a caret takes the next character literally (a caret
 * before a line break joins the lines and takes the first character of the next line literally,
 * which is how DevTools writes a newline inside an argument: `^`, newline, newline). Inside double
 * quotes a caret is an ordinary character. `%^` is DevTools' way to keep `%NAME%` from expanding;
 * removing the caret gives back the `%`. The result is the command line curl.exe receives.
 */
function undoCmdEscapes(command: string): string {
  const text = command.replace(/\r\n/g, '\n');
  let line = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (character === '"') quoted = !quoted;
    if (character !== '^' || quoted) {
      // An unescaped line break would end the command in cmd; a paste of several lines without
      // carets is read as one command rather than cut short.
      line += character === '\n' && !quoted ? ' ' : character;
      continue;
    }
    index++;
    if (text[index] === '\n') index++;
    if (index < text.length) line += text[index];
  }
  return line;
}

/**
 * How a Windows program (the C runtime's argv parsing, which curl.exe uses) splits its command
 * line: spaces and tabs separate words outside double quotes; backslashes are literal unless they
 * come before a double quote, where each pair gives one backslash and an odd one escapes the quote.
 */
export function splitWindowsArguments(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quoted = false;
  let index = 0;
  while (index < line.length) {
    const character = line[index] as string;
    if (character === '\\') {
      let count = 0;
      while (line[index] === '\\') {
        count++;
        index++;
      }
      if (line[index] === '"') {
        word += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) {
          word += '"';
          index++;
        }
      } else {
        word += '\\'.repeat(count);
      }
      inWord = true;
    } else if (character === '"') {
      // Since 2008 the runtime reads "" inside quotes as one literal quote.
      if (quoted && line[index + 1] === '"') {
        word += '"';
        index++;
      } else {
        quoted = !quoted;
      }
      inWord = true;
      index++;
    } else if ((character === ' ' || character === '\t') && !quoted) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      index++;
    } else {
      word += character;
      inWord = true;
      index++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

// PowerShell reads typographic quotes as quotes too: a ’ inside a '…' string ends it unless doubled.
const singleQuotes = "'\u2018\u2019\u201A\u201B";
const doubleQuotes = '"\u201C\u201D\u201E';
const backtickEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * PowerShell 7.3+ passes each word to a native program as written (its "Standard" argument
 * passing), so its own tokens are what curl.exe gets: '…' with doubled quotes for a quote, "…" with
 * backtick escapes, a backtick before a line break to continue the command.
 */
function splitPowerShell(command: string): WordsOutcome {
  // Only a continuation's line break loses its carriage return; inside quotes one is kept.
  const text = command.replace(/`\r\n/g, '`\n');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    if (character === '`') {
      const next = text[index + 1];
      if (next === undefined) return { ok: false, problem: unclosedQuoteProblem };
      if (next !== '\n') {
        word += escapedByBacktick(next);
        inWord = true;
      }
      index += 2;
    } else if (singleQuotes.includes(character)) {
      const end = readQuoted(text, index + 1, singleQuotes, false);
      if (!end) return { ok: false, problem: unclosedQuoteProblem };
      word += end.value;
      inWord = true;
      index = end.next;
    } else if (doubleQuotes.includes(character)) {
      const end = readQuoted(text, index + 1, doubleQuotes, true);
      if (!end) return { ok: false, problem: unclosedQuoteProblem };
      word += end.value;
      inWord = true;
      index = end.next;
    } else if (' \t\r\n'.includes(character)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      index++;
    } else {
      word += character;
      inWord = true;
      index++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words, dialect: 'powershell' };
}

function readQuoted(
  text: string,
  start: number,
  quotes: string,
  backticks: boolean,
): { value: string; next: number } | undefined {
  let value = '';
  let index = start;
  while (index < text.length) {
    const character = text[index] as string;
    if (backticks && character === '`' && index + 1 < text.length) {
      value += escapedByBacktick(text[index + 1] as string);
      index += 2;
    } else if (quotes.includes(character)) {
      const next = text[index + 1];
      if (next === undefined || !quotes.includes(next)) return { value, next: index + 1 };
      value += next;
      index += 2;
    } else {
      value += character;
      index++;
    }
  }
  return undefined;
}

function escapedByBacktick(character: string): string {
  return backtickEscapes[character] ?? character;
}
