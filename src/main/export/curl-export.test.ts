import { describe, expect, it } from 'vitest';
import {
  type CurlExportInput,
  exportCurl,
  quoteForBash,
  quoteForCmd,
  quoteForPowerShell,
} from './curl-export.ts';
import { parseCurl } from './curl-import.ts';

// Expected commands written out by hand, character by character, for each shell: cmd and
// PowerShell cannot run here, so these strings (and reading them back) are their check.

const nastyInput: CurlExportInput = {
  method: 'POST',
  url: 'https://api.example.com/v1/chat/completions?api-version=2024-10-21',
  headers: { 'content-type': 'application/json', authorization: "Bearer sk-it's", 'x-empty': '' },
  // A raw line break, JSON-escaped backslashes and quotes, and what each shell would act on.
  body: '{"text":"it\'s $HOME `id` !x | a&b <c> 100% ^_^\n中文 😀 C:\\\\tmp\\\\ say \\"hi\\""}',
  stream: true,
  proxy: { url: 'socks5://us%40er:p%3Ass@127.0.0.1:1080' },
  caFile: 'C:\\certs\\my ca.pem',
  insecure: true,
};

const expectedBash = `curl 'https://api.example.com/v1/chat/completions?api-version=2024-10-21' \\
  -H 'content-type: application/json' \\
  -H 'authorization: Bearer sk-it'\\''s' \\
  -H 'x-empty;' \\
  --data-raw '{"text":"it'\\''s $HOME \`id\` !x | a&b <c> 100% ^_^
中文 😀 C:\\\\tmp\\\\ say \\"hi\\""}' \\
  -N \\
  --socks5-hostname '127.0.0.1:1080' \\
  --proxy-user 'us@er:p:ss' \\
  --cacert 'C:\\certs\\my ca.pem' \\
  -k`;

const expectedPowerShell = `curl.exe 'https://api.example.com/v1/chat/completions?api-version=2024-10-21' \`
  -H 'content-type: application/json' \`
  -H 'authorization: Bearer sk-it''s' \`
  -H 'x-empty;' \`
  --data-raw '{"text":"it''s $HOME \`id\` !x | a&b <c> 100% ^_^
中文 😀 C:\\\\tmp\\\\ say \\"hi\\""}' \`
  -N \`
  --socks5-hostname '127.0.0.1:1080' \`
  --proxy-user 'us@er:p:ss' \`
  --cacert 'C:\\certs\\my ca.pem' \`
  -k`;

// Every argument in ^"…^"; carets before & | < > ! ^ and each quote; %^ so no %NAME% expands;
// ^ and two line breaks for the body's line break; \\ before a quote becomes \\\\\\ for the runtime.
const expectedCmd = `curl ^"https://api.example.com/v1/chat/completions?api-version=2024-10-21^" ^
  -H ^"content-type: application/json^" ^
  -H ^"authorization: Bearer sk-it's^" ^
  -H ^"x-empty;^" ^
  --data-raw ^"{\\^"text\\^":\\^"it's $HOME \`id\` ^!x ^| a^&b ^<c^> 100%^ ^^_^^^

中文 😀 C:\\\\tmp\\\\ say \\\\\\^"hi\\\\\\^"\\^"}^" ^
  -N ^
  --socks5-hostname ^"127.0.0.1:1080^" ^
  --proxy-user ^"us@er:p:ss^" ^
  --cacert ^"C:\\certs\\my ca.pem^" ^
  -k`;

describe('exportCurl', () => {
  it.each([
    ['bash', expectedBash],
    ['powershell', expectedPowerShell],
    ['cmd', expectedCmd],
  ] as const)('writes the exact request for %s, which reads back unchanged', (shell, expected) => {
    const command = exportCurl(nastyInput, shell);
    expect(command).toBe(expected);
    const parsed = parseCurl(command);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const { notes: _notes, shell: _shell, ...read } = parsed.value;
    expect(read).toEqual({ ...nastyInput, proxy: { url: 'socks5://us%40er:p%3Ass@127.0.0.1:1080' } });
  });

  it('says -X only when the body does not imply the method, and turns URL globbing off when needed', () => {
    const get = { method: 'GET', url: 'https://api.openai.com/v1/models', headers: {}, stream: false };
    expect(exportCurl(get, 'bash')).toBe("curl 'https://api.openai.com/v1/models'");
    expect(exportCurl({ ...get, method: 'DELETE' }, 'bash')).toBe(
      "curl -X 'DELETE' 'https://api.openai.com/v1/models'",
    );
    expect(exportCurl({ ...get, method: 'POST' }, 'cmd')).toBe(
      'curl -X ^"POST^" ^"https://api.openai.com/v1/models^"',
    );
    expect(exportCurl({ ...get, url: 'http://[::1]:8080/v1/models' }, 'powershell')).toBe(
      "curl.exe 'http://[::1]:8080/v1/models' -g",
    );
  });

  it('passes an http(s) proxy URL to -x as it is given, masked credentials included', () => {
    const input = { method: 'GET', url: 'https://api.openai.com/v1/models', headers: {}, stream: false };
    expect(exportCurl({ ...input, proxy: { url: 'http://user:****@proxy.local:8080' } }, 'bash')).toBe(
      "curl 'https://api.openai.com/v1/models' \\\n  -x 'http://user:****@proxy.local:8080'",
    );
  });
});

describe('shell quoting', () => {
  it("bash: everything literal inside single quotes, a quote as '\\''", () => {
    expect(quoteForBash("a'b")).toBe("'a'\\''b'");
    expect(quoteForBash("'\\''")).toBe("''\\''\\'\\'''\\'''");
    expect(quoteForBash('$(id) `id` !! \\n')).toBe("'$(id) `id` !! \\n'");
  });

  it('PowerShell: quotes doubled, typographic single quotes too', () => {
    expect(quoteForPowerShell("it's ‘a’ ‚b‛ `n $x")).toBe("'it''s ‘‘a’’ ‚‚b‛‛ `n $x'");
  });

  it('cmd: backslashes doubled only before a quote, % kept from expanding, line breaks escaped', () => {
    expect(quoteForCmd('plain')).toBe('^"plain^"');
    expect(quoteForCmd('a"b')).toBe('^"a\\^"b^"');
    expect(quoteForCmd('C:\\dir\\')).toBe('^"C:\\dir\\\\^"');
    expect(quoteForCmd('\\"')).toBe('^"\\\\\\^"^"');
    expect(quoteForCmd('\\n')).toBe('^"\\n^"');
    expect(quoteForCmd('100% %PATH% 5%')).toBe('^"100%^ %^PATH%^ 5%^"');
    expect(quoteForCmd('%%')).toBe('^"%^%^"');
    expect(quoteForCmd('&|<>()!^')).toBe('^"^&^|^<^>^(^)^!^^^"');
    expect(quoteForCmd('a\nb')).toBe('^"a^\n\nb^"');
    expect(quoteForCmd('%\n')).toBe('^"%^\n\n^"');
  });
});
