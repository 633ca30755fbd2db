import type { ChatRequest } from '../../shared/chat-schemas.ts';
import { anthropicBodyToRequest, type BodyReading, openAiBodyToRequest } from './curl-draft-body.ts';
import type { CurlOutcome, ParsedCurl } from './curl-import.ts';

// Turns an imported curl command into what the composer needs: which wire format, the base URL as
// the SDKs take it, the key, and the request. Whatever has no place in the composer is kept
// (extraParameters, headers) and said in notes, never dropped silently.

export type DraftFormat = 'openai-chat' | 'anthropic-messages';

export interface CurlEndpoint {
  format: DraftFormat;
  kind: 'chat' | 'models';
  /** As the SDKs take it: OpenAI-style with /v1, Anthropic-style without; the query string kept. */
  baseUrl: string;
  apiKey?: string;
  /** The environment variable a placeholder such as $OPENAI_API_KEY names; it is not a key. */
  apiKeyVariable?: string;
  /** Headers beyond the standard ones (content-type, accept, the key, anthropic-version, user-agent). */
  headers: Record<string, string>;
  notes: string[];
}

export interface CurlDraft extends Omit<CurlEndpoint, 'kind'> {
  request: ChatRequest;
  /** Body fields the composer has no control for; kept so the request stays the same. */
  extraParameters: Record<string, unknown>;
}

const standardHeaders = new Set([
  'content-type',
  'accept',
  'authorization',
  'x-api-key',
  'anthropic-version',
  'user-agent',
]);

export function curlToDraft(parsed: ParsedCurl): CurlOutcome<CurlDraft> {
  const recognized = recognizeEndpoint(parsed);
  if (!recognized.ok) return recognized;
  const { kind, ...endpoint } = recognized.value;
  if (kind === 'models') {
    return {
      ok: false,
      problems: [
        `this command lists the models of ${endpoint.baseUrl}; it has no chat request to open. ` +
          'Its base URL and key can still make a profile',
      ],
    };
  }
  if (parsed.body === undefined) {
    return {
      ok: false,
      problems: ['the command has no body: a chat request sends JSON with -d or --data-raw'],
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(parsed.body);
  } catch {
    const hint = /\$\(|`/.test(parsed.body)
      ? ' (it runs a shell command, which a paste cannot do: paste its output)'
      : '';
    return { ok: false, problems: [`the body is not JSON${hint}`] };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, problems: ['the body is JSON but not an object with "model" and "messages"'] };
  }
  const reading: BodyReading =
    endpoint.format === 'openai-chat'
      ? openAiBodyToRequest(body as Record<string, unknown>)
      : anthropicBodyToRequest(body as Record<string, unknown>);
  if (!reading.ok) return { ok: false, problems: reading.problems };
  const notes = [...endpoint.notes, ...reading.notes];
  const contentType = parsed.headers['content-type'];
  if (contentType !== undefined && !/^application\/json\b/i.test(contentType)) {
    notes.push(`the command sends content-type ${contentType}; Promptwire sends application/json`);
  }
  return {
    ok: true,
    value: { ...endpoint, request: reading.request, extraParameters: reading.extraParameters, notes },
  };
}

/** Which API the command calls, from its path (and, for /v1/models, its headers). */
export function recognizeEndpoint(parsed: ParsedCurl): CurlOutcome<CurlEndpoint> {
  const url = new URL(parsed.url);
  const path = url.pathname.replace(/\/+$/, '');
  const anthropicHeaders = 'x-api-key' in parsed.headers || 'anthropic-version' in parsed.headers;
  const base = (cut: string) => `${url.origin}${path.slice(0, path.length - cut.length)}${url.search}`;

  if (path.endsWith('/chat/completions')) {
    return withCredentials(parsed, 'openai-chat', 'chat', base('/chat/completions'));
  }
  if (path.endsWith('/v1/messages')) {
    return withCredentials(parsed, 'anthropic-messages', 'chat', base('/v1/messages'));
  }
  if (path.endsWith('/v1/models') && anthropicHeaders) {
    return withCredentials(parsed, 'anthropic-messages', 'models', base('/v1/models'));
  }
  if (path.endsWith('/models')) return withCredentials(parsed, 'openai-chat', 'models', base('/models'));
  if (path.endsWith('/responses')) {
    return {
      ok: false,
      problems: [
        'this is OpenAI’s Responses API (/responses). Promptwire recognizes it but cannot import it yet: ' +
          `send the request to ${base('/responses')}/chat/completions, with "messages" instead of "input", and paste that`,
      ],
    };
  }
  if (path.endsWith('/messages') && anthropicHeaders) {
    return {
      ok: false,
      problems: [
        `the path ${path} ends in /messages without /v1: Promptwire's Anthropic format always calls <base URL>/v1/messages`,
      ],
    };
  }
  return {
    ok: false,
    problems: [
      `cannot tell which API ${url.origin}${path} is: Promptwire imports chat requests to …/chat/completions ` +
        '(OpenAI and compatible servers) and …/v1/messages (Anthropic)',
    ],
  };
}

function withCredentials(
  parsed: ParsedCurl,
  format: DraftFormat,
  kind: CurlEndpoint['kind'],
  baseUrl: string,
): CurlOutcome<CurlEndpoint> {
  const notes = [...parsed.notes];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.headers)) {
    if (!standardHeaders.has(name)) headers[name] = value;
  }
  const endpoint: CurlEndpoint = { format, kind, baseUrl, headers, notes };

  // Each format sends the key one way (OpenAI: Authorization: Bearer, Anthropic: x-api-key). A
  // credential sent any other way stays a header, so the request keeps working, and is said.
  const authorization = parsed.headers.authorization;
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  const key = format === 'openai-chat' ? bearer : parsed.headers['x-api-key'];
  const keptName = format === 'openai-chat' ? 'x-api-key' : 'authorization';
  const kept = parsed.headers[keptName];
  if (kept !== undefined) {
    headers[keptName] = kept;
    const way = format === 'openai-chat' ? 'Authorization: Bearer' : 'x-api-key';
    notes.push(`${keptName} is kept as an extra header: this format sends the key as ${way}`);
  }
  if (format === 'openai-chat' && authorization !== undefined && bearer === undefined) {
    headers.authorization = authorization;
    notes.push('authorization is not a Bearer key; it is kept as an extra header');
  }
  if (key !== undefined) takeKey(key.trim(), endpoint);

  const version = parsed.headers['anthropic-version'];
  if (format === 'anthropic-messages' && version !== undefined && version !== '2023-06-01') {
    notes.push(`the command asks for anthropic-version ${version}; Promptwire sends 2023-06-01`);
  }
  if (parsed.headers['user-agent'] !== undefined) {
    notes.push('the user-agent is left out: Promptwire sends its own');
  }
  const extra = Object.keys(headers);
  if (extra.length > 0) notes.push(`extra headers (kept): ${extra.join(', ')}`);
  return { ok: true, value: endpoint };
}

/** A key, or a stand-in for one: $NAME, ${NAME}, $env:NAME, %NAME%, sk-…3a9c, <token>, YOUR_API_KEY, sk-proj-... */
function takeKey(key: string, endpoint: CurlEndpoint): void {
  const variable = /^(?:\$(\w+)|\$\{(\w+)\}|\$env:(\w+)|%(\w+)%)$/i.exec(key);
  if (variable) {
    const name = variable.slice(1).find((group) => group !== undefined) as string;
    endpoint.apiKeyVariable = name;
    endpoint.notes.push(
      `the key is the environment variable ${name} ("${key}" in the command is not a key): ` +
        `add the key to the profile, or use one that reads ${name}`,
    );
  } else if (/[…•]/.test(key)) {
    // Promptwire's own inspector and exports show keys as sk-…3a9c or ••••.
    endpoint.notes.push(`the key "${key}" is masked, not the key itself: add the real key to the profile`);
  } else if (/^<[^<>]*>$|^(your|my)[-_ ]|\.\.\.$/i.test(key)) {
    endpoint.notes.push(`the key "${key}" is a placeholder, not a key: add your key to the profile`);
  } else {
    endpoint.apiKey = key;
  }
}
