// Writes the request Promptwire sends as a curl command, for bash/zsh, Windows cmd or PowerShell.
// It is the exact request: every header (the key included; the caller masks it if the command is
// for display), the body byte for byte, and the network options the profile uses.

export type CurlShell = 'bash' | 'cmd' | 'powershell';

export interface CurlExportInput {
  method: string;
  url: string;
  /** Lower-case names, in the order they are sent. */
  headers: Record<string, string>;
  body?: string;
  /** -N: curl would otherwise buffer the answer and a stream would arrive all at once. */
  stream: boolean;
  /** http://, https:// or socks5:// (credentials already masked, or not, by the caller). */
  proxy?: { url: string };
  caFile?: string;
  insecure?: boolean;
  /**
   * The header that carries the key, written as a reference to an environment variable instead of
   * the key ($OPENAI_API_KEY in bash, %OPENAI_API_KEY% in cmd, $env:OPENAI_API_KEY in PowerShell):
   * a command that is shared or pasted into a ticket must not hold the key.
   */
  keyReference?: { header: string; prefix: string; variable: string };
}

export function exportCurl(input: CurlExportInput, shell: CurlShell): string {
  const quote = quoters[shell];
  const lines: string[] = [];
  // --data-raw makes curl POST; any other method, or a POST without a body, must be said.
  const impliedMethod = input.body === undefined ? 'GET' : 'POST';
  const method = input.method === impliedMethod ? '' : ` -X ${quote(input.method)}`;
  // curl reads [] and {} in a URL as ranges ("globbing"); -g turns that off.
  const globoff = /[[\]{}]/.test(input.url) ? ' -g' : '';
  lines.push(`${shell === 'powershell' ? 'curl.exe' : 'curl'}${method} ${quote(input.url)}${globoff}`);
  for (const [name, value] of Object.entries(input.headers)) {
    if (name === input.keyReference?.header) {
      lines.push(`-H ${keyReferenceArgument(input.keyReference, shell)}`);
      continue;
    }
    // `-H 'name:'` would tell curl to leave the header out; `name;` sends it with an empty value.
    lines.push(`-H ${quote(value.trim() === '' ? `${name};` : `${name}: ${value}`)}`);
  }
  // Never -d/--data: it reads `@file` as a file name and, for files, drops line breaks.
  if (input.body !== undefined) lines.push(`--data-raw ${quote(input.body)}`);
  if (input.stream) lines.push('-N');
  if (input.proxy) lines.push(...proxyOptions(input.proxy.url, quote));
  if (input.caFile !== undefined) lines.push(`--cacert ${quote(input.caFile)}`);
  if (input.insecure) lines.push('-k');
  return lines.join(`${continuations[shell]}\n  `);
}

const continuations: Record<CurlShell, string> = { bash: ' \\', cmd: ' ^', powershell: ' `' };

/**
 * curl's `-x socks5://…` would resolve the host name locally and leak it to the DNS server;
 * Promptwire's SOCKS5 resolves through the proxy, which is curl's --socks5-hostname. That option
 * takes host:port only, so credentials go to --proxy-user, decoded (curl splits them at the first
 * colon, so a user name cannot contain one).
 */
function proxyOptions(proxyUrl: string, quote: (text: string) => string): string[] {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(proxyUrl)?.[1]?.toLowerCase();
  if ((scheme !== 'socks5' && scheme !== 'socks5h') || !URL.canParse(proxyUrl)) {
    return [`-x ${quote(proxyUrl)}`];
  }
  const url = new URL(proxyUrl);
  const options = [`--socks5-hostname ${quote(url.host)}`];
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    options.push(`--proxy-user ${quote(`${user}:${password}`)}`);
  }
  return options;
}

const quoters: Record<CurlShell, (text: string) => string> = {
  bash: quoteForBash,
  cmd: quoteForCmd,
  powershell: quoteForPowerShell,
};

/**
 * Inside '…' bash and zsh take every character literally ($, `, !, \, line breaks, anything), except
 * the closing quote itself; a quote is written by closing, adding \' and reopening: '\''.
 */
export function quoteForBash(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * PowerShell's '…' is literal too; a quote is doubled. PowerShell also takes the typographic single
 * quotes ‘ ’ ‚ ‛ as quotes, so they are doubled as well (a doubled one stands for itself). The words
 * reach curl.exe unchanged with PowerShell 7.3 and later; Windows PowerShell 5.1 drops the double
 * quotes inside arguments of native programs, so a JSON body only survives there from cmd.
 */
export function quoteForPowerShell(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, '$&$&')}'`;
}

/**
 * Two parsers read a cmd command line: cmd.exe itself (carets, quotes, %VAR%), then curl.exe's C
 * runtime, which splits the words. As DevTools' "Copy as cURL (cmd)" does, the word is written for
 * the runtime in double quotes and then every character cmd could act on is caret-escaped, the
 * quotes included, so cmd never sees a quoted region and every caret works:
 * - for the runtime, a " becomes \" and only the backslashes right before a " (or before the closing
 *   quote) are doubled. DevTools doubles every backslash, which the runtime keeps doubled, so a JSON
 *   body's \n arrives as \\n; this does not.
 * - %NAME% cannot be caret-escaped (cmd expands variables before it reads carets), but a caret right
 *   after the % makes the name start with ^, which no variable has; cmd then removes the caret.
 * - a line break is ^ plus two line breaks: the first one is escaped away, the second is kept.
 * A carriage return cannot be passed through cmd, and cmd lines are limited to 8191 characters.
 */
export function quoteForCmd(text: string): string {
  let runtimeQuoted = '"';
  let backslashes = 0;
  for (const character of text) {
    if (character === '\\') {
      backslashes++;
      continue;
    }
    runtimeQuoted += '\\'.repeat(character === '"' ? backslashes * 2 + 1 : backslashes) + character;
    backslashes = 0;
  }
  runtimeQuoted += `${'\\'.repeat(backslashes * 2)}"`;

  let escaped = '';
  const characters = [...runtimeQuoted];
  characters.forEach((character, index) => {
    if (character === '\n') escaped += '^\n\n';
    else if (character === '%') escaped += cmdSpecial.has(characters[index + 1] ?? '') ? '%' : '%^';
    else escaped += cmdSpecial.has(character) ? `^${character}` : character;
  });
  return escaped;
}

/** Characters cmd.exe acts on outside quotes; each is written with a caret before it. */
const cmdSpecial = new Set(['^', '&', '|', '<', '>', '(', ')', '"', '!', '\n']);

// Double quotes, so the shell expands the variable; the name and the prefix ("Bearer ") are plain
// ASCII that needs no escaping, and the variable name is checked to be one.
function keyReferenceArgument(
  reference: { header: string; prefix: string; variable: string },
  shell: CurlShell,
): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(reference.variable) || /["$`\\%!]/.test(reference.prefix)) {
    throw new Error(`not a plain environment variable reference: ${reference.variable}`);
  }
  const variable =
    shell === 'bash'
      ? `$${reference.variable}`
      : shell === 'cmd'
        ? `%${reference.variable}%`
        : `$env:${reference.variable}`;
  return `"${reference.header}: ${reference.prefix}${variable}"`;
}
