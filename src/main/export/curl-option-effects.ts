import { outputOnlyOptions } from './curl-options.ts';

// What each curl option does to the request being read: the -H, -d, -u, -x … that Promptwire
// carries over, the file-reading ones it must refuse, and a note for every other one.

interface DataPiece {
  text: string;
  /** --json pieces are concatenated as they are; the -d family joins with `&`, as curl does. */
  joiner: '&' | '';
}

/** What the words read so far ask for; parseCurl turns it into the request at the end. */
export interface ParseState {
  method?: string;
  url?: string;
  /** -H headers win over those curl derives from -u, -A, -e, -b and --json, in whatever order. */
  explicitHeaders: Record<string, string>;
  impliedHeaders: Record<string, string>;
  /** `-H 'Name:'`: curl leaves the header out even if it would add it itself. */
  removedHeaders: Set<string>;
  data: DataPiece[];
  json: boolean;
  get: boolean;
  head: boolean;
  globoff: boolean;
  stream: boolean;
  insecure: boolean;
  proxyUrl?: string;
  proxyUser?: string;
  caFile?: string;
  notes: string[];
  problems: string[];
}

export function addUrl(word: string, state: ParseState): void {
  if (state.url === undefined) state.url = word;
  else state.notes.push(`ignored: a second URL, ${word} (Promptwire imports the first)`);
}

export function applyFlag(name: string, spelled: string, state: ParseState): void {
  if (name === 'no-buffer') state.stream = true;
  else if (name === 'insecure') state.insecure = true;
  else if (name === 'get') state.get = true;
  else if (name === 'head') state.head = true;
  else if (name === 'globoff') state.globoff = true;
  else if (!outputOnlyOptions.has(name)) state.notes.push(`ignored: ${spelled}`);
}

export function applyValue(name: string, value: string, spelled: string, state: ParseState): void {
  switch (name) {
    case 'url':
      addUrl(value, state);
      return;
    case 'request':
      state.method = value;
      return;
    case 'header':
      addHeader(value, spelled, state);
      return;
    case 'data':
    case 'data-ascii':
    case 'data-binary':
    case 'json':
      if (value.startsWith('@')) refuseFile(spelled, value, state);
      else state.data.push({ text: value, joiner: name === 'json' ? '' : '&' });
      if (name === 'json') state.json = true;
      return;
    case 'data-raw':
      state.data.push({ text: value, joiner: '&' });
      return;
    case 'data-urlencode':
      addUrlEncoded(value, spelled, state);
      return;
    case 'user':
      state.impliedHeaders.authorization = `Basic ${Buffer.from(value, 'utf8').toString('base64')}`;
      if (!value.includes(':')) state.notes.push(`${spelled} has no password: curl would ask for one`);
      return;
    case 'oauth2-bearer':
      state.impliedHeaders.authorization = `Bearer ${value}`;
      return;
    case 'user-agent':
      state.impliedHeaders['user-agent'] = value;
      return;
    case 'referer':
      state.impliedHeaders.referer = value;
      return;
    case 'cookie':
      if (value.includes('=')) state.impliedHeaders.cookie = value;
      else state.notes.push(`ignored: ${spelled} ${value} (a cookie file on your computer)`);
      return;
    case 'proxy':
      state.proxyUrl = value.includes('://') ? value : `http://${value}`;
      return;
    case 'socks5-hostname':
      state.proxyUrl = `socks5://${value}`;
      return;
    case 'socks5':
      state.proxyUrl = `socks5://${value}`;
      state.notes.push(
        `${spelled} resolves host names on your computer; Promptwire lets the SOCKS5 proxy do it`,
      );
      return;
    case 'proxy-user':
      state.proxyUser = value;
      return;
    case 'cacert':
      state.caFile = value;
      return;
    case 'config':
    case 'upload-file':
      refuseFile(spelled, value, state);
      return;
    case 'form':
    case 'form-string':
      state.problems.push(
        `${spelled} sends a multipart form, not a JSON chat request: paste a command with a JSON body`,
      );
      return;
    default:
      state.notes.push(`ignored: ${spelled} ${value}`);
  }
}

function addHeader(value: string, spelled: string, state: ParseState): void {
  if (value.startsWith('@')) {
    refuseFile(spelled, value, state);
    return;
  }
  // curl: "Name: value" sets a header, "Name:" removes one curl would add, "Name;" sends it empty.
  const colon = value.indexOf(':');
  const semicolon = value.indexOf(';');
  if (colon === -1 && semicolon > 0 && value.slice(semicolon + 1).trim() === '') {
    state.explicitHeaders[value.slice(0, semicolon).trim().toLowerCase()] = '';
    return;
  }
  if (colon <= 0) {
    state.notes.push(`ignored: ${spelled} ${value} (a header needs "name: value")`);
    return;
  }
  const name = value.slice(0, colon).trim().toLowerCase();
  const headerValue = value.slice(colon + 1).replace(/^[ \t]+/, '');
  if (headerValue.trim() === '') {
    state.removedHeaders.add(name);
    delete state.explicitHeaders[name];
    return;
  }
  if (name in state.explicitHeaders) {
    state.notes.push(`the header ${name} is given twice; the last one is used`);
  }
  state.explicitHeaders[name] = headerValue;
  state.removedHeaders.delete(name);
}

/** --data-urlencode's forms: content, =content, name=content (name@file reads a file). */
export function addUrlEncoded(value: string, spelled: string, state: ParseState): void {
  const equals = value.indexOf('=');
  const at = value.indexOf('@');
  if (at !== -1 && (equals === -1 || at < equals)) {
    refuseFile(spelled, value, state);
    return;
  }
  const text = equals === -1 ? encode(value) : `${value.slice(0, equals)}=${encode(value.slice(equals + 1))}`;
  state.data.push({ text: text.replace(/^=/, ''), joiner: '&' });
}

/** curl leaves only A-Z a-z 0-9 - . _ ~ unencoded; encodeURIComponent also spares ! ' ( ) *. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function refuseFile(spelled: string, value: string, state: ParseState): void {
  const source = value === '@-' || value === '-' ? 'standard input' : `the file ${value.replace(/^@/, '')}`;
  state.problems.push(
    `cannot read local files from a paste: ${spelled} ${value} takes its content from ${source} on your computer. ` +
      'Paste the body itself instead, for example --data-raw \'{"model": "…", "messages": […]}\'',
  );
}
