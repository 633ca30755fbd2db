import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CurlShell, exportCurl } from './curl-export.ts';
import { parseCurl } from './curl-import.ts';
import { buildPlan, chatRequest, nastyText, requestAsSent, target } from './curl-test-arbitraries.ts';
import { curlToDraft } from './curl-to-draft.ts';

// Export a request Promptwire would send, read the command back: the same request, headers and
// body byte for byte, in each shell's syntax. The readers are independent of the writers (shlex for
// bash, the cmd and Windows runtime rules, PowerShell's tokens), so a quoting slip on either side
// shows up as a difference.

const shellNotes: Record<CurlShell, string[]> = {
  bash: [],
  cmd: ['read as a Windows cmd command'],
  powershell: ['read as a PowerShell command'],
};

describe.each<CurlShell>(['bash', 'cmd', 'powershell'])('curl round trip through %s', (shell) => {
  it('gives back the request, extra body fields, key, base URL and headers of any generated chat request', () => {
    fc.assert(
      fc.property(target(false), chatRequest, (provider, request) => {
        const plan = buildPlan(provider, request);
        const command = exportCurl({ ...plan, stream: request.stream }, shell);

        const parsed = parseCurl(command);
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        expect(parsed.value).toEqual({
          method: 'POST',
          url: plan.url,
          headers: plan.headers,
          body: plan.body,
          stream: request.stream,
          insecure: false,
          shell: shell === 'bash' ? 'posix' : shell,
          notes: shellNotes[shell],
        });

        const draft = curlToDraft(parsed.value);
        if (!draft.ok) throw new Error(draft.problems.join('\n'));
        const extraHeaders = Object.keys(provider.headers ?? {});
        const extraFields = Object.keys(request.extra ?? {});
        const expected = {
          format: provider.format,
          baseUrl: provider.baseUrl,
          apiKey: provider.apiKey,
          request: requestAsSent(request, provider.format),
          extraParameters: request.extra ?? {},
          headers: provider.headers ?? {},
          notes: [
            ...shellNotes[shell],
            ...(extraHeaders.length > 0 ? [`extra headers (kept): ${extraHeaders.join(', ')}`] : []),
            ...(extraFields.length > 0 ? [`extra parameters (kept): ${extraFields.join(', ')}`] : []),
          ],
        };
        if (provider.apiKey === undefined) delete expected.apiKey;
        expect(draft.value).toEqual(expected);
      }),
    );
  });

  it('carries any body, method, header and network option through unchanged', () => {
    // cmd.exe drops carriage returns from a command line, so cmd bodies have none.
    const body = shell === 'cmd' ? nastyText.map((text) => text.replace(/\r/g, '')) : nastyText;
    const input = fc.record(
      {
        method: fc.constantFrom('POST', 'PUT', 'GET', 'DELETE'),
        url: fc.constantFrom(
          'https://api.example.com/v1/chat/completions?x=[1]&y={2}',
          'http://[::1]:8080/v1/models',
        ),
        // With a body and no content-type, curl would add its form content-type; plans always have one.
        headers: fc
          .dictionary(
            fc.constantFrom('x-one', 'x-two', 'authorization'),
            nastyText.map((text) => text.replace(/[\r\n]/g, '').trim()),
          )
          .map((headers) => ({ 'content-type': 'application/json', ...headers })),
        body,
        stream: fc.boolean(),
        proxy: fc.record({
          url: fc.constantFrom(
            'http://user:p%40ss@proxy.local:8080',
            'https://proxy.local',
            'socks5://us%40er:p%3Ass@127.0.0.1:1080',
          ),
        }),
        caFile: nastyText.map((text) => text.replace(/[\r\n]/g, '')),
        insecure: fc.boolean(),
      },
      { requiredKeys: ['method', 'url', 'headers', 'stream'] },
    );
    fc.assert(
      fc.property(input, (request) => {
        const parsed = parseCurl(exportCurl(request, shell));
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        const { notes: _notes, shell: _shell, ...read } = parsed.value;
        const expected = { ...request, method: request.method, insecure: request.insecure ?? false };
        expect(read).toEqual(expected);
      }),
    );
  });
});
