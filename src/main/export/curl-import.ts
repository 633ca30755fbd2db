import { type ShellDialect, splitCommandWords } from './curl-command-words.ts';
import { addUrl, applyFlag, applyValue, type ParseState } from './curl-option-effects.ts';
import { optionsWithValue, shortOptionNames } from './curl-options.ts';

// Reads a pasted curl command into the request curl would send. Nothing is guessed silently: an
// option that is not understood is named in `notes`, and what cannot be imported at all (a body in
// a local file, a command that is not curl) fails with the reasons.

/**
 * The outcome of an import. Not the contract's Result: no ErrorCode fits "this paste cannot be
 * imported" (invalid-payload would read "The request was not valid"), and a paste can have several
 * problems at once, each worth showing. Whoever wires this into the contract maps it to an AppError.
 */
export type CurlOutcome<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export interface ParsedCurl {
  method: string;
  url: string;
  /** Lower-case names, as curl sends them (-u, -A, -b and --json included). */
  headers: Record<string, string>;
  body?: string;
  /** The command had -N (--no-buffer), which is how a streamed answer is watched with curl. */
  stream: boolean;
  proxy?: { url: string };
  caFile?: string;
  insecure: boolean;
  /** Which shell's quoting the command was read with. */
  shell: ShellDialect;
  notes: string[];
}

const shellOperators = new Set(['|', '||', '&&', ';', '&', '>', '>>', '2>', '2>&1', '<']);

export function parseCurl(command: string): CurlOutcome<ParsedCurl> {
  const text = withoutLeadingComments(command);
  if (text.trim() === '') return { ok: false, problems: ['nothing to import: paste a curl command'] };
  const split = splitCommandWords(text);
  if (!split.ok) return { ok: false, problems: [split.problem] };
  const [program, ...rest] = split.words;
  if (program === undefined || !/^(.*[/\\])?curl(\.exe)?$/i.test(program)) {
    return {
      ok: false,
      problems: [
        `this is not a curl command: it starts with "${program ?? ''}". Paste a command that starts with curl, ` +
          'such as the examples in a vendor’s API reference or "Copy as cURL" from the browser’s DevTools',
      ],
    };
  }

  const state: ParseState = {
    explicitHeaders: {},
    impliedHeaders: {},
    removedHeaders: new Set(),
    data: [],
    json: false,
    get: false,
    head: false,
    globoff: false,
    stream: false,
    insecure: false,
    notes: [],
    problems: [],
  };
  if (split.dialect === 'cmd') state.notes.push('read as a Windows cmd command');
  if (split.dialect === 'powershell') state.notes.push('read as a PowerShell command');
  readWords(rest, state);
  return finish(state, split.dialect);
}

/** Docs and fixtures often say where a command comes from in comment lines above it. */
function withoutLeadingComments(command: string): string {
  const lines = command.split('\n');
  let first = 0;
  while (first < lines.length && /^\s*(#.*)?\r?$/.test(lines[first] as string)) first++;
  // A copied shell prompt is not part of the command.
  return lines
    .slice(first)
    .join('\n')
    .replace(/^\s*\$\s+/, '');
}

function readWords(words: string[], state: ParseState): void {
  let optionsEnded = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (shellOperators.has(word)) {
      state.notes.push(`ignored: everything from "${word}" on (${words.slice(index).join(' ')})`);
      return;
    }
    if (optionsEnded || !word.startsWith('-') || word === '-') {
      addUrl(word, state);
    } else if (word === '--') {
      optionsEnded = true;
    } else if (word.startsWith('--')) {
      const name = word.slice(2).replace(/^expand-/, '');
      if (!optionsWithValue.has(name)) {
        applyFlag(name, word, state);
      } else if (index + 1 < words.length) {
        index++;
        applyValue(name, words[index] as string, word, state);
      } else {
        state.problems.push(`${word} needs a value after it`);
      }
    } else {
      index = readShortOptions(words, index, state);
    }
  }
}

/** `-sSN`, `-XPOST`, `-H 'a: b'`: letters until one that takes a value, which takes the rest. */
function readShortOptions(words: string[], index: number, state: ParseState): number {
  const word = words[index] as string;
  for (let position = 1; position < word.length; position++) {
    const letter = word[position] as string;
    const name = shortOptionNames[letter];
    if (name === undefined) {
      state.notes.push(`ignored: -${letter}`);
      continue;
    }
    if (!optionsWithValue.has(name)) {
      applyFlag(name, `-${letter}`, state);
      continue;
    }
    const attached = word.slice(position + 1);
    if (attached !== '') {
      applyValue(name, attached, `-${letter}`, state);
    } else if (index + 1 < words.length) {
      applyValue(name, words[index + 1] as string, `-${letter}`, state);
      return index + 1;
    } else {
      state.problems.push(`-${letter} needs a value after it`);
    }
    return index;
  }
  return index;
}

function finish(state: ParseState, shell: ShellDialect): CurlOutcome<ParsedCurl> {
  let url = state.url;
  if (url === undefined) {
    state.problems.push(
      'the command has no URL: add the endpoint, such as https://api.openai.com/v1/chat/completions',
    );
  }
  if (state.problems.length > 0 || url === undefined) return { ok: false, problems: state.problems };

  // curl reads [] and {} in a URL as ranges unless -g is given; DevTools escapes them with `\`.
  if (!state.globoff) url = url.replace(/\\([[\]{}])/g, '$1');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    state.notes.push(`the URL has no scheme; curl assumes http://${url}`);
    url = `http://${url}`;
  }
  if (!URL.canParse(url)) return { ok: false, problems: [`the URL "${url}" is not valid`] };

  let body =
    state.data.length > 0
      ? state.data.map((piece, index) => (index === 0 ? '' : piece.joiner) + piece.text).join('')
      : undefined;
  const implied: Record<string, string> = {};
  if (state.json) Object.assign(implied, { 'content-type': 'application/json', accept: 'application/json' });
  else if (body !== undefined && !state.get) implied['content-type'] = 'application/x-www-form-urlencoded';
  Object.assign(implied, state.impliedHeaders);
  const headers: Record<string, string> = { ...implied, ...state.explicitHeaders };
  for (const name of state.removedHeaders) delete headers[name];

  if (state.get && body !== undefined) {
    url = `${url}${url.includes('?') ? '&' : '?'}${body}`;
    body = undefined;
  }
  const method = state.method ?? (state.head ? 'HEAD' : body !== undefined ? 'POST' : 'GET');
  const parsed: ParsedCurl = {
    method,
    url,
    headers,
    stream: state.stream,
    insecure: state.insecure,
    shell,
    notes: state.notes,
  };
  if (body !== undefined) parsed.body = body;
  if (state.proxyUrl !== undefined) parsed.proxy = { url: withProxyUser(state.proxyUrl, state.proxyUser) };
  if (state.caFile !== undefined) parsed.caFile = state.caFile;
  return { ok: true, value: parsed };
}

/** --proxy-user's `user:password` goes into the proxy URL, percent-encoded as such URLs want. */
function withProxyUser(proxyUrl: string, proxyUser: string | undefined): string {
  if (proxyUser === undefined) return proxyUrl;
  const colon = proxyUser.indexOf(':');
  const user = colon === -1 ? proxyUser : proxyUser.slice(0, colon);
  const credentials =
    colon === -1
      ? encodeURIComponent(user)
      : `${encodeURIComponent(user)}:${encodeURIComponent(proxyUser.slice(colon + 1))}`;
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/]*@)?(.*)$/i.exec(proxyUrl);
  return match ? `${match[1]}${credentials}@${match[2]}` : proxyUrl;
}
