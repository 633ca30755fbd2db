// curl's option names, as far as an import needs them: which short letter stands for which long
// option, and which options take a value. An option Promptwire ignores must still consume its
// value, or `--max-time 600` would make 600 look like the URL.

/** Single-letter options by the long option each stands for (curl 8's list). */
export const shortOptionNames: Readonly<Record<string, string>> = {
  '#': 'progress-bar',
  '0': 'http1.0',
  '1': 'tlsv1',
  '2': 'sslv2',
  '3': 'sslv3',
  '4': 'ipv4',
  '6': 'ipv6',
  a: 'append',
  A: 'user-agent',
  b: 'cookie',
  B: 'use-ascii',
  c: 'cookie-jar',
  C: 'continue-at',
  d: 'data',
  D: 'dump-header',
  e: 'referer',
  E: 'cert',
  f: 'fail',
  F: 'form',
  g: 'globoff',
  G: 'get',
  h: 'help',
  H: 'header',
  i: 'include',
  I: 'head',
  j: 'junk-session-cookies',
  J: 'remote-header-name',
  k: 'insecure',
  K: 'config',
  l: 'list-only',
  L: 'location',
  m: 'max-time',
  M: 'manual',
  n: 'netrc',
  N: 'no-buffer',
  o: 'output',
  O: 'remote-name',
  p: 'proxytunnel',
  P: 'ftp-port',
  q: 'disable',
  Q: 'quote',
  r: 'range',
  R: 'remote-time',
  s: 'silent',
  S: 'show-error',
  t: 'telnet-option',
  T: 'upload-file',
  u: 'user',
  U: 'proxy-user',
  v: 'verbose',
  V: 'version',
  w: 'write-out',
  x: 'proxy',
  X: 'request',
  y: 'speed-time',
  Y: 'speed-limit',
  z: 'time-cond',
  Z: 'parallel',
};

/** Long options that take a value. */
export const optionsWithValue: ReadonlySet<string> = new Set(
  (
    'abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout ' +
    'connect-to continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary ' +
    'data-raw data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url ' +
    'dump-header ech egd-file engine etag-compare etag-save expect100-timeout form form-string ' +
    'ftp-account ftp-alternative-to-user ftp-method ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms ' +
    'haproxy-clientip header hostpubmd5 hostpubsha256 hsts interface ip-tos ipfs-gateway json ' +
    'keepalive-cnt keepalive-time key key-type krb libcurl limit-rate local-port login-options mail-auth ' +
    'mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output ' +
    'output-dir pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert ' +
    'proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key ' +
    'proxy-key-type proxy-pass proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers ' +
    'proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-user proxy1.0 pubkey quote random-file ' +
    'range rate referer request request-target resolve retry retry-delay retry-max-time sasl-authzid ' +
    'service-name socks4 socks4a socks5 socks5-gssapi-service socks5-hostname speed-limit speed-time ' +
    'stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers tlsauthtype tlspassword tlsuser ' +
    'trace trace-ascii trace-config unix-socket upload-file url url-query user user-agent variable write-out'
  ).split(' '),
);

/**
 * Options that change only what curl prints, how it retries or which HTTP version it speaks:
 * the request itself is the same, so they are dropped without a note.
 */
export const outputOnlyOptions: ReadonlySet<string> = new Set(
  (
    'silent show-error include verbose location fail fail-with-body fail-early no-progress-meter ' +
    'progress-bar compressed http1.1 http2 http2-prior-knowledge http3 no-keepalive tcp-nodelay ' +
    'retry-connrefused retry-all-errors styled-output no-styled-output trace-time remote-name ' +
    'remote-header-name remote-time create-dirs location-trusted globoff'
  ).split(' '),
);
