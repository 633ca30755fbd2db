// Error titles and hints, interpolated with AppError.params by i18next ({{name}}).
// Keys of `errors` are ErrorCode values; keys of `hints` are AppError.hintKey values.
export const errors = {
  'invalid-payload': 'The request was not valid: {{detail}}',
  'unknown-method': 'Unknown method "{{method}}".',
  'unknown-profile': 'There is no provider profile "{{profileId}}".',
  'unknown-request': 'No running request has the id "{{requestId}}".',
  'duplicate-request': 'A request with the id "{{requestId}}" is already running.',
  'missing-key': 'No API key is set for {{profile}}.',
  'invalid-base-url': 'The base URL "{{baseUrl}}" is not a valid http(s) URL.',
  'http-error': '{{host}} answered {{status}}{{vendorSuffix}}',
  'network-error': 'Could not reach {{host}}: {{detail}}',
  'stream-error': 'The stream from {{host}} failed: {{detail}}',
  timeout: '{{host}} did not answer in time ({{limit}}).',
  cancelled: 'Stopped.',
  'transport-closed': 'The connection to the Promptwire host was lost.',
  internal: 'Something went wrong inside Promptwire: {{detail}}',
} as const;

export const hints = {
  'fix-payload': 'Check the highlighted fields and send again.',
  'set-key': 'Paste a key into the API key field of the window, or set {{envVariable}} in the environment of Promptwire (the app, `promptwire web` or the command line).',
  'fix-base-url': 'Use a full URL such as {{example}}.',
  'status-400': 'The vendor rejected a parameter{{paramSuffix}}. Change it and send again.',
  'status-401':
    'The API key was rejected. Check that it is complete, has no spaces, and belongs to this provider.',
  'status-402':
    'The account has a billing problem or no credit left. Add credit or use another key; waiting will not help.',
  'status-403': 'The key is valid but not allowed to do this (region, organization or model access).',
  'status-404':
    'Check the model name and the base URL (OpenAI-style URLs end in /v1, Anthropic-style do not).',
  'status-413': 'The request is too large. Shorten the conversation or the system prompt.',
  'status-429-rate': 'Rate limited. Wait {{wait}} and send again.',
  'status-429-quota':
    'The account has run out of quota. Add credit or use another key; waiting will not help.',
  'status-5xx': 'The vendor had a server error. Try again in a moment.',
  'status-529': 'The vendor is overloaded. Try again in a moment or use another model.',
  'status-other': 'Read the vendor message above and adjust the request.',
  'stream-vendor-error': 'The vendor ended the stream with an error. The text received so far is kept.',
  'connection-refused':
    'Nothing is listening at {{host}}. Check the base URL and that the server is running.',
  'dns-failure': 'The host name {{host}} could not be resolved. Check the base URL or your network/proxy.',
  'connection-reset': 'The connection was closed unexpectedly. Check your network or proxy and try again.',
  'network-other': 'Check the base URL, your network and any proxy, then try again.',
  'connect-timeout':
    'The server at {{host}} did not accept the connection in time. Check the base URL, your network and any proxy.',
  'response-timeout': 'The server at {{host}} stopped answering. Try again in a moment.',
  'tls-failure':
    'The secure connection could not be verified. A corporate proxy or antivirus may be intercepting HTTPS; check its certificate settings.',
  'proxy-failure': 'The proxy could not be used. Check the proxy address and its credentials.',
  'stream-closed-early':
    'The connection closed before the answer was complete. The text received so far is kept; check your network or proxy and send again.',
  'unexpected-content':
    'The server did not answer like an LLM API. Check the base URL (OpenAI-style URLs end in /v1, Anthropic-style do not).',
  'retry-later': 'Try again in a moment.',
  'report-bug': 'This is a bug in Promptwire; please report it with the Raw tab contents.',
  'choose-profile': 'Choose one of: {{profiles}}.',
  'clean-key': 'Paste the key again without spaces or line breaks inside it.',
} as const;
