import type { ChatRequest } from '../../shared/chat-schemas.ts';
import type { ExportedCode, ExportTarget } from '../../shared/export-schemas.ts';
import { maskProxyUrl } from '../net/proxy/proxy-url.ts';
import { maskProfileHeaders } from '../profiles/profile-headers.ts';
import type { ResolvedTarget } from '../profiles/profile-service.ts';
import { adapterForFormat } from '../providers/provider-adapter.ts';
import { generateFetchCode } from './code-fetch.ts';
import { type CodeInput, sdkKeyVariables, wireFormatOf } from './code-input.ts';
import { generatePythonCode } from './code-python.ts';
import { generateTypeScriptCode } from './code-typescript.ts';
import { type CurlShell, exportCurl } from './curl-export.ts';

export interface ExportSource {
  resolved: Pick<ResolvedTarget, 'profile' | 'target' | 'keyEnvironmentVariable' | 'defaultBaseUrl'>;
  /** The proxy the profile's requests take (with its real credentials), absent when direct. */
  proxyUrl?: string | undefined;
}

const shells: Partial<Record<ExportTarget, CurlShell>> = {
  'curl-bash': 'bash',
  'curl-cmd': 'cmd',
  'curl-powershell': 'powershell',
};
const languages: Record<ExportTarget, ExportedCode['language']> = {
  'curl-bash': 'bash',
  'curl-cmd': 'bat',
  'curl-powershell': 'powershell',
  python: 'python',
  typescript: 'typescript',
  fetch: 'javascript',
};

/**
 * The request as curl or code, as Promptwire would send it through this profile. By default the
 * key is a reference to its environment variable, credential-like profile headers are masked, and
 * a proxy's password is always masked: what is exported is often pasted into a ticket or a chat.
 */
export function exportRequest(
  source: ExportSource,
  request: ChatRequest,
  target: ExportTarget,
  includeKey: boolean,
): ExportedCode {
  const { profile, target: endpoint } = source.resolved;
  const notes: string[] = [];
  const wire = wireFormatOf(endpoint.format);
  const needsKey = profile.key.source !== 'not-needed';
  const keyVariable = source.resolved.keyEnvironmentVariable ?? sdkKeyVariables[wire];
  const realKey = includeKey && needsKey ? endpoint.apiKey : undefined;
  if (includeKey && needsKey && realKey === undefined) {
    notes.push(`No key is saved for ${profile.name}, so the code reads it from ${keyVariable}.`);
  }
  const realHeaders = endpoint.headers ?? {};
  const headers = includeKey ? realHeaders : maskProfileHeaders(realHeaders);
  if (JSON.stringify(headers) !== JSON.stringify(realHeaders)) {
    notes.push('Profile headers that look like credentials are masked; include the key to write them out.');
  }
  const proxyUrl = source.proxyUrl === undefined ? undefined : maskProxyUrl(source.proxyUrl);
  if (proxyUrl !== undefined && proxyUrl !== source.proxyUrl) {
    notes.push('The proxy password is masked (****): put the real one in before running it.');
  }
  if (!source.resolved.defaultBaseUrl && /^http:\/\/127\.0\.0\.1:\d+/.test(endpoint.baseUrl) && !needsKey) {
    notes.push('This is the Local mock: its address works only while Promptwire is running.');
  }

  const shell = shells[target];
  if (shell) {
    const plan = adapterForFormat(endpoint.format).buildRequest(
      {
        ...endpoint,
        headers,
        ...(needsKey ? { apiKey: realKey ?? 'KEY' } : {}),
      },
      request,
    );
    const keyHeader = wire === 'anthropic-messages' ? 'x-api-key' : 'authorization';
    const prefix = wire === 'anthropic-messages' ? '' : 'Bearer ';
    // A profile header that replaces the key header (a relay's own auth) is written as it is.
    const referenced = needsKey && realKey === undefined && !(keyHeader in headers);
    const code = exportCurl(
      {
        ...plan,
        stream: request.stream,
        ...(proxyUrl !== undefined && { proxy: { url: proxyUrl } }),
        ...(profile.tls.caFile && { caFile: profile.tls.caFile }),
        ...(profile.tls.skipVerification && { insecure: true }),
        ...(referenced && { keyReference: { header: keyHeader, prefix, variable: keyVariable } }),
      },
      shell,
    );
    return {
      code,
      language: languages[target],
      containsKey: realKey !== undefined,
      ...(referenced && { keyVariable }),
      notes,
    };
  }

  const input: CodeInput = {
    format: endpoint.format,
    baseUrl: endpoint.baseUrl,
    request,
    headers,
    keyEnvironmentVariable: keyVariable,
    ...(realKey !== undefined && { apiKey: realKey }),
    ...(proxyUrl !== undefined && { proxyUrl }),
    defaultBaseUrl: source.resolved.defaultBaseUrl,
  };
  const generate =
    target === 'python'
      ? generatePythonCode
      : target === 'typescript'
        ? generateTypeScriptCode
        : generateFetchCode;
  return {
    code: generate(input),
    language: languages[target],
    containsKey: realKey !== undefined,
    ...(realKey === undefined && needsKey && { keyVariable }),
    notes,
  };
}
