import { describe, expect, it } from 'vitest';
import { type CurlOutcome, type ParsedCurl, parseCurl } from './curl-import.ts';

function parsed(command: string): ParsedCurl {
  const outcome = parseCurl(command);
  if (!outcome.ok) throw new Error(`expected a parse, got: ${outcome.problems.join('; ')}`);
  return outcome.value;
}

function problems(outcome: CurlOutcome<ParsedCurl>): string[] {
  if (outcome.ok) throw new Error(`expected problems, got ${JSON.stringify(outcome.value)}`);
  return outcome.problems;
}

describe('parseCurl options', () => {
  it('reads combined short flags, an attached value and the long forms', () => {
    expect(
      parsed(`curl -sSN -XPUT --url https://h.example/v1/x -HX-One:1 --header 'x-two: 2' -kiLv --compressed`),
    ).toEqual({
      method: 'PUT',
      url: 'https://h.example/v1/x',
      headers: { 'x-one': '1', 'x-two': '2' },
      stream: true,
      insecure: true,
      shell: 'posix',
      notes: [],
    });
  });

  it('joins several -d with & as curl does, and concatenates --json, which also sets content-type and accept', () => {
    expect(
      parsed(`curl https://h.example -d a=1 --data-binary b=2 --data-raw @c --data-ascii 'd e'`),
    ).toMatchObject({
      method: 'POST',
      body: 'a=1&b=2&@c&d e',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(
      parsed(`curl https://h.example --json '{"a":' --json '1}' -H 'Accept: text/event-stream'`),
    ).toMatchObject({
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    });
    expect(parsed(`curl https://h.example --data-urlencode 'q=a b&c' --data-urlencode '=x!y'`).body).toBe(
      'q=a%20b%26c&x%21y',
    );
  });

  it('turns -u, --oauth2-bearer, -A, -e and -b into the headers curl sends, an explicit -H winning', () => {
    expect(
      parsed(`curl https://h.example -u 'user:pa:ss' -A agent/1 -e https://from.example -b 'a=1; b=2'`)
        .headers,
    ).toEqual({
      authorization: `Basic ${Buffer.from('user:pa:ss').toString('base64')}`,
      'user-agent': 'agent/1',
      referer: 'https://from.example',
      cookie: 'a=1; b=2',
    });
    expect(
      parsed(`curl -H 'Authorization: Bearer sk-1' --oauth2-bearer other https://h.example`).headers,
    ).toEqual({
      authorization: 'Bearer sk-1',
    });
  });

  it('sends "name;" empty, and "name:" removes a header curl would add', () => {
    expect(parsed(`curl https://h.example -H 'x-empty;' -d a -H 'Content-Type:'`).headers).toEqual({
      'x-empty': '',
    });
  });

  it('reads proxies: -x with or without a scheme, SOCKS5 with --proxy-user into the URL', () => {
    expect(parsed('curl -x proxy.local:3128 https://h.example').proxy).toEqual({
      url: 'http://proxy.local:3128',
    });
    expect(parsed(`curl -x 'http://u:p@proxy.local:3128' -U 'other:p@ss' https://h.example`).proxy).toEqual({
      url: 'http://other:p%40ss@proxy.local:3128',
    });
    expect(
      parsed(`curl --socks5-hostname 127.0.0.1:1080 --proxy-user 'us@er:p:ss' https://h.example`),
    ).toMatchObject({
      proxy: { url: 'socks5://us%40er:p%3Ass@127.0.0.1:1080' },
      notes: [],
    });
    expect(parsed('curl --socks5 127.0.0.1:1080 https://h.example')).toMatchObject({
      proxy: { url: 'socks5://127.0.0.1:1080' },
      notes: ['--socks5 resolves host names on your computer; Promptwire lets the SOCKS5 proxy do it'],
    });
  });

  it('is a GET without a body (list models), -G moves the data into the query, -I is HEAD', () => {
    expect(
      parsed(`curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"`),
    ).toEqual({
      method: 'GET',
      url: 'https://api.openai.com/v1/models',
      headers: { authorization: 'Bearer $OPENAI_API_KEY' },
      stream: false,
      insecure: false,
      shell: 'posix',
      notes: [],
    });
    expect(parsed('curl -G https://h.example/v1/models?a=1 -d limit=5')).toMatchObject({
      method: 'GET',
      url: 'https://h.example/v1/models?a=1&limit=5',
      headers: {},
    });
    expect(parsed('curl -I https://h.example').method).toBe('HEAD');
  });

  it("undoes DevTools' URL escapes unless -g, and assumes http:// as curl does", () => {
    expect(parsed(String.raw`curl 'https://h.example/a?x=\[1\]&y=\{2\}'`).url).toBe(
      'https://h.example/a?x=[1]&y={2}',
    );
    expect(parsed(String.raw`curl -g 'https://h.example/a?x=\[1\]'`).url).toBe(
      String.raw`https://h.example/a?x=\[1\]`,
    );
    expect(parsed('curl localhost:11434/v1/models')).toMatchObject({
      url: 'http://localhost:11434/v1/models',
      notes: ['the URL has no scheme; curl assumes http://localhost:11434/v1/models'],
    });
  });

  it('names every option it does not carry over, and stops at a pipe', () => {
    expect(
      parsed(
        `curl --max-time 600 -m 5 --retry 3 --foo -Z -o out.json https://h.example --tlsv1.3 https://second.example | jq .`,
      ).notes,
    ).toEqual([
      'ignored: --max-time 600',
      'ignored: -m 5',
      'ignored: --retry 3',
      'ignored: --foo',
      'ignored: -Z',
      'ignored: -o out.json',
      'ignored: --tlsv1.3',
      'ignored: a second URL, https://second.example (Promptwire imports the first)',
      'ignored: everything from "|" on (| jq .)',
    ]);
  });

  it("reads DevTools' $'…' strings, a $ prompt, comment lines and CRLF continuations", () => {
    const command = `# copied from the docs\r\n\r\n$ curl https://h.example \\\r\n  --data-raw $'{"a":"it\\'s\\u0021\\n\\\\"}'`;
    expect(parsed(command)).toMatchObject({ url: 'https://h.example', body: '{"a":"it\'s!\n\\"}' });
  });
});

describe('parseCurl in Windows shells', () => {
  it("reads cmd: ^ continuations, ^-escapes, %^ and the runtime's backslash rules", () => {
    const command =
      'curl ^"https://h.example/v1^" ^\r\n  -H ^"x-a: 50%^ ^& ^<b^>^" ^\r\n  -d "{\\"p\\":\\"C:\\\\dir\\\\\\\\\\"}"';
    expect(parsed(command)).toEqual({
      method: 'POST',
      url: 'https://h.example/v1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-a': '50% & <b>' },
      // The command line holds C:\\dir\\\\\"}: two backslashes before no quote stay two, five
      // before a quote give two and a literal quote.
      body: '{"p":"C:\\\\dir\\\\"}',
      stream: false,
      insecure: false,
      shell: 'cmd',
      notes: ['read as a Windows cmd command'],
    });
  });

  it('reads PowerShell: curl.exe, backtick continuations, doubled and typographic quotes, "…" escapes', () => {
    const command = "curl.exe 'https://h.example' `\r\n  -H \"x-a: `\"q`\" `$x\" `\n  -d 'it''s ‘‘fine’’'";
    expect(parsed(command)).toMatchObject({
      headers: { 'x-a': '"q" $x' },
      body: "it's ‘fine’",
      shell: 'powershell',
    });
  });
});

describe('parseCurl refusals', () => {
  it('cannot read a body, header or config from a local file or standard input', () => {
    const refusal = 'cannot read local files from a paste:';
    for (const option of [
      '-d @body.json',
      '--data-binary @-',
      '--json @req.json',
      '-H @headers.txt',
      '-K curl.cfg',
      '-T up.bin',
    ]) {
      const [problem] = problems(parseCurl(`curl https://h.example ${option}`));
      expect(problem?.startsWith(refusal), problem).toBe(true);
    }
    expect(problems(parseCurl('curl https://h.example --data-binary @-'))).toEqual([
      'cannot read local files from a paste: --data-binary @- takes its content from standard input on your computer. ' +
        'Paste the body itself instead, for example --data-raw \'{"model": "…", "messages": […]}\'',
    ]);
  });

  it('says what is wrong with a paste that is not a curl command', () => {
    expect(problems(parseCurl('wget https://h.example'))).toEqual([
      'this is not a curl command: it starts with "wget". Paste a command that starts with curl, such as the ' +
        'examples in a vendor’s API reference or "Copy as cURL" from the browser’s DevTools',
    ]);
    expect(problems(parseCurl(' \n# only a comment\n'))).toEqual(['nothing to import: paste a curl command']);
    expect(problems(parseCurl(`curl 'https://h.example`))).toEqual([
      'the command ends inside a quoted string or after a lone backslash: copy the whole command again',
    ]);
    expect(problems(parseCurl('curl -H "a: b"'))).toEqual([
      'the command has no URL: add the endpoint, such as https://api.openai.com/v1/chat/completions',
    ]);
    expect(problems(parseCurl('curl https://h.example -F file=@a.png -X'))).toEqual([
      '-F sends a multipart form, not a JSON chat request: paste a command with a JSON body',
      '-X needs a value after it',
    ]);
  });
});
