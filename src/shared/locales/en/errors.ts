// Error titles and hints, interpolated with AppError.params by i18next ({{name}}).
// Keys of `errors` are ErrorCode values; keys of `hints` are AppError.hintKey values.
export const errors = {
  'invalid-payload': 'The request was not valid: {{detail}}',
  'unreadable-curl': 'This curl command cannot be opened: {{detail}}',
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
  'set-key':
    'Paste a key into the API key field of the window, or set {{envVariable}} in the environment of Promptwire (the app, `promptwire web` or the command line).',
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
  'status-401-key-whitespace':
    'The key has a space or line break inside it, so it was sent broken. Paste it again in one piece.',
  'status-401-anthropic-key':
    'This is an Anthropic key (it starts with sk-ant-), but this profile speaks the OpenAI format. Use it with an Anthropic-format profile, or paste a key from this provider.',
  'status-401-openai-key':
    'Anthropic keys start with sk-ant-, and this one starts with sk- like an OpenAI key. Paste an Anthropic key, or use this key with an OpenAI-format profile.',
  'status-404-missing-v1':
    'OpenAI-style base URLs end in /v1, and this one has no path, so the request went to {{path}}. Use {{suggestedBaseUrl}} as the base URL.',
  'status-404-doubled-v1':
    'The request went to {{path}}, with /v1 twice: Promptwire adds the endpoint after the base URL. Use {{suggestedBaseUrl}} as the base URL.',
  'status-404-anthropic-v1':
    'Anthropic-style base URLs do not end in /v1 (the endpoint /v1/messages is added to them), so the request went to {{path}}. Use {{suggestedBaseUrl}} as the base URL.',
  'status-404-full-endpoint':
    'The base URL already contains the endpoint, so the request went to {{path}}. Use {{suggestedBaseUrl}} as the base URL.',
  'status-413-size':
    'The request body was {{size}}, more than {{host}} accepts. Shorten the conversation or the system prompt; a proxy or relay in between may allow less than the vendor.',
  'status-429-rate-detail': 'Rate limited: {{rateLimit}}. Wait {{wait}} and send again.',
  'timeout-response-headers':
    'No answer began within {{limitText}}. A non-streamed answer from a reasoning model can take minutes: turn streaming on, or raise the response timeout in Settings.',
  'timeout-idle':
    'The stream went silent for {{limitText}}. The text received so far is kept; send again, or raise the idle timeout in Settings.',
  'timeout-total':
    'The request ran longer than the total limit of {{limitText}}. The text received so far is kept; raise the total timeout in Settings for long answers.',
  'remove-environment-key':
    'This key comes from {{envVariable}}. Remove it from the environment of Promptwire to stop using it.',
  'choose-key': "The profile's keys changed meanwhile. Choose one from the current list.",
  'proxy-failure-refused':
    "Nothing is listening at the proxy {{proxy}}, so {{host}} was never tried. Start the proxy app, correct the proxy address (the profile's proxy settings or Network settings), or choose another proxy mode.",
  'proxy-failure-dns':
    "The proxy's host name in {{proxy}} could not be resolved. Check the proxy address; {{host}} itself is looked up by the proxy.",
  'proxy-failure-auth':
    'The proxy {{proxy}} did not accept the user name and password (407) while connecting to {{host}}. Check them in the proxy URL, and percent-encode special characters in them: @ as %40, : as %3A, / as %2F, # as %23, % as %25.',
  'proxy-failure-tunnel':
    "The proxy {{proxy}} would not open a connection to {{host}} (it answered {{status}}). It may block this host or be unable to reach it: check the proxy's rules, or try another proxy.",
  'proxy-failure-reset':
    'The proxy {{proxy}} closed the connection to {{host}}. Check that it is the right kind of proxy (an HTTP port is not a SOCKS port) and that it allows {{host}}, then try again.',
  'proxy-failure-timeout':
    'No connection to {{host}} through the proxy {{proxy}} within the connect timeout. Check that the proxy is running and reachable, or raise the connect timeout in Network settings.',
  'proxy-failure-socks-auth':
    'The SOCKS5 proxy {{proxy}} rejected the user name or password. Check them in the proxy URL, and percent-encode special characters in them: @ as %40, : as %3A, / as %2F.',
  'proxy-failure-socks-login':
    'The SOCKS5 proxy {{proxy}} wants a user name and password before it connects to {{host}}. Add them to the URL: socks5h://user:password@host:port.',
  'proxy-failure-socks-connect':
    "The SOCKS5 proxy {{proxy}} could not reach {{host}} ({{reason}}). The proxy looks the host up and connects itself: check the base URL and the proxy's rules.",
  'proxy-failure-not-socks5':
    '{{proxy}} did not answer as a SOCKS5 proxy. Check the port: Clash, v2ray and similar apps have separate HTTP and SOCKS ports; write http:// for an HTTP port.',
  'tls-failure-untrusted':
    "The certificate of {{host}} is not trusted ({{reason}}). If a corporate proxy or antivirus inspects HTTPS, add its CA certificate (a PEM file) in the profile's TLS settings; or, knowing that anyone on the path could then read the traffic, skip verification for this profile.",
  'tls-failure-expired':
    "The certificate of {{host}} has expired or is not valid yet ({{reason}}). Check this computer's date and time. If a corporate proxy presents it, tell its administrators, or add the right CA in the profile's TLS settings.",
  'tls-failure-hostname':
    'The certificate presented is not for {{host}} ({{reason}}). Check the host name in the base URL; a proxy or firewall that intercepts HTTPS can cause this too.',
  'fix-ca-file':
    "Choose a PEM file (text starting with -----BEGIN CERTIFICATE-----) as the CA file in the profile's TLS settings, or clear it. Convert a binary .cer file with: openssl x509 -inform der -in ca.cer -out ca.pem",
  'use-socks5':
    'SOCKS4 is not supported. Write socks5:// or socks5h:// instead: Clash, v2ray, shadowsocks and ssh -D speak SOCKS5 on the same port.',
  'key-warning-empty': 'The key is empty. Paste the whole key from the vendor’s dashboard.',
  'key-warning-surrounding-whitespace':
    'The key starts or ends with spaces or line breaks, usually picked up when copying. Use the key without them.',
  'key-warning-inner-whitespace':
    'The key has a space, line break or invisible character inside it, so it cannot be sent in a request header. Copy it again in one piece.',
  'key-warning-anthropic-key-on-openai':
    'This looks like an Anthropic key (it starts with sk-ant-), but this profile speaks the OpenAI format. Add it to an Anthropic-format profile instead.',
  'key-warning-openai-key-on-anthropic':
    'This looks like an OpenAI key: Anthropic keys start with sk-ant-. Check that the key belongs to this provider.',
  'key-warning-looks-like-url':
    'This looks like a web address, not a key. The address belongs in the profile’s base URL; paste the key itself here.',
  'secret-key-open-to-others':
    'Other users of this computer can read the file that encrypts your saved keys, so Promptwire will not use it. Run: chmod 600 "{{path}}" and try again. If others may have read it, replace your API keys at the vendor too.',
  'secret-key-missing':
    'The file that encrypted your saved keys ({{path}}) is gone, so they cannot be decrypted. Remove those keys and paste them again.',
  'secret-key-damaged':
    'The file that encrypts your saved keys ({{path}}) is damaged. Move it away and paste your keys again; a new one is made when a key is saved.',
  'secrets-file-moved':
    'It was moved aside to {{movedTo}} (nothing was deleted) and a new one was started. Paste your keys again.',
  'secrets-file-unreadable':
    'Check that {{path}} belongs to you and that you may read it. Until then keys are kept for this session only.',
  'secrets-file-unwritable':
    'Check the free space and the permissions of {{path}}. The key is kept for this session only.',
  'secrets-file-newer':
    'Use the newer Promptwire, or set keys in the environment. This version does not change the file.',
  'stored-keys-unreadable':
    'They are marked as needing attention in the key list: remove them and paste them again.',
  'stored-keys-other-scheme':
    'They were saved by the Promptwire desktop app in the system keychain, which only the app can open. Use them there, or set the key in the environment here.',
  'keychain-failed':
    'The system keychain did not answer. Unlock it (or allow Promptwire to use it) and restart Promptwire; keys added meanwhile are kept for this session only.',
  'choose-stored-key': 'This key of the profile could not be decrypted. Remove it and paste it again.',
  'fix-proxy-url':
    'Use a proxy URL that starts with http://, https://, socks5:// or socks5h://, such as http://127.0.0.1:7890 or socks5h://user:password@127.0.0.1:1080.',
  'base-url-looks-like-key':
    'This looks like an API key; paste it in the key field. The base URL is an address such as {{example}}; nothing was saved.',
  'set-base-url':
    'This profile has no base URL yet. Enter the one your provider documents, such as {{example}}.',
  'fix-header':
    'Header names are single words such as X-Title or HTTP-Referer; values stay on one line. Fix the header and save again.',
  'choose-profile-or-preset': 'Choose one of: {{profiles}}; or a preset: {{presets}}.',
  'choose-preset': 'Choose one of: {{presets}}.',
  'keep-built-in-profile':
    'The Local mock profiles are built in and cannot be deleted; they cost nothing while unused.',
  'curl-import':
    'Paste the whole command as it was copied (from the API reference, DevTools "Copy as cURL" or a Promptwire export), including the URL and the body.',
  'comparison-files':
    'Check the free space and the permissions of the comparisons folder in the data directory.',
  'workspace-file':
    'Check the free space and the permissions of the data directory; the tabs stay open in this window meanwhile.',
  'comparison-gone': 'It may have been deleted in another window. Refresh the list of saved comparisons.',
  'collection-folder-full-path':
    'Give the folder’s full path, such as /home/you/prompts on Linux, /Users/you/prompts on macOS or C:\\Users\\you\\prompts on Windows.',
  'collection-choose-folder': 'Choose a folder, or the full path of a new folder to make, not a file.',
  'collection-not-open':
    'It may have been closed in another window. Open its folder again from the collections list.',
  'collection-open-elsewhere':
    'Use the copy already open ({{openFolder}}), or close it first to open this one. A copy meant as a separate collection needs its own "id" in its promptwire-collection.json.',
  'collection-request-exists': 'Choose another name, or save over the existing request.',
  'collection-request-gone':
    'It may have been renamed or deleted in the folder (in another window or through git). Refresh the collection.',
  'collection-environment-unknown':
    'Choose one of its environments ({{environments}}), or save variables under that name to make it.',
  'collection-variable-both':
    'A name is either a plain or a secret variable in one place: remove {{names}} from one of the two lists and save again.',
  'collection-header-value':
    'A value used in a header must stay on one line. Change the variable in the header {{header}} so that its value has no line break, and send again.',
  'collection-file-damaged':
    'Fix {{file}} by hand or restore it from version control (git); Promptwire has not changed it.',
  'collection-files':
    'Check that the folder {{folder}} is still there, that you may write to it, and that the disk has free space.',
  'collection-folder-unreadable':
    'Check that {{folder}} is still there and that you may read it. If it was moved, open it from its new place.',
  'collections-file':
    'Check the free space and the permissions of the data directory ({{path}}), then try again.',
  'history-entry-gone':
    'It may have been deleted, or removed by the history retention. Refresh the history list.',
  'history-unavailable':
    'The history could not be read or written. Check the free space and the permissions of the data directory, then restart Promptwire; requests still work meanwhile.',
  'models-list-unreadable':
    'The server answered, but not with a model list. Check the base URL (OpenAI-style URLs end in /v1, Anthropic-style do not), or type the model name yourself.',
} as const;
