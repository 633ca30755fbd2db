import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

// Test and benchmark support: a real HTTP proxy on 127.0.0.1, small enough to read in one sitting,
// that tunnels CONNECT (how clients reach https endpoints) and forwards absolute-URI requests (how
// they reach plain-http ones), optionally behind Basic authentication. It records what clients
// asked for, so a test proves a request really went through it.

export interface ProxyCredentials {
  username: string;
  password: string;
}

export interface HttpTestProxyOptions {
  /** Where to listen; 127.0.0.1 unless a test needs ::1. */
  host?: string;
  /** When set, anything without these Basic credentials gets 407 with Proxy-Authenticate. */
  credentials?: ProxyCredentials;
}

export interface HttpTestProxy {
  /** e.g. http://127.0.0.1:4567 */
  url: string;
  port: number;
  /** CONNECT targets in the order asked, as host:port. */
  tunnels: string[];
  /** Absolute URIs of forwarded plain-http requests. */
  forwarded: string[];
  /** Every Proxy-Authorization received, decoded to user:password. */
  authorizations: string[];
  /** How many 407 answers were sent. */
  rejections: number;
  close(): Promise<void>;
}

const challenge = 'Basic realm="promptwire-test-proxy"';

export async function startHttpTestProxy(options: HttpTestProxyOptions = {}): Promise<HttpTestProxy> {
  const sockets = new Set<Socket>();
  const proxy: Omit<HttpTestProxy, 'url' | 'port' | 'close'> = {
    tunnels: [],
    forwarded: [],
    authorizations: [],
    rejections: 0,
  };

  const authorized = (incoming: IncomingMessage): boolean => {
    const header = incoming.headers['proxy-authorization'];
    const decoded = decodeBasic(header);
    if (decoded !== undefined) proxy.authorizations.push(decoded);
    if (!options.credentials) return true;
    const expected = `${options.credentials.username}:${options.credentials.password}`;
    if (decoded === expected) return true;
    proxy.rejections += 1;
    return false;
  };

  const server = createServer((incoming, response) => {
    if (!authorized(incoming)) {
      response.writeHead(407, { 'proxy-authenticate': challenge, 'content-type': 'text/plain' });
      response.end('Proxy Authentication Required');
      return;
    }
    forwardPlainRequest(incoming, response, proxy.forwarded);
  });

  server.on('connect', (incoming: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('error', () => client.destroy());
    if (!authorized(incoming)) {
      client.end(
        `HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: ${challenge}\r\n` +
          'Content-Length: 0\r\n\r\n',
      );
      return;
    }
    const target = incoming.url ?? '';
    proxy.tunnels.push(target);
    const { hostname, port } = new URL(`http://${target}`);
    const upstream = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) || 443 });
    sockets.add(upstream);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (!connected) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      else client.destroy();
    });
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(proxy, {
    url: `http://${urlHost(options.host)}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}

function forwardPlainRequest(incoming: IncomingMessage, response: ServerResponse, log: string[]): void {
  let target: URL;
  try {
    target = new URL(incoming.url ?? '');
  } catch {
    response.writeHead(400).end('absolute URI expected');
    return;
  }
  log.push(target.href);
  const headers = { ...incoming.headers };
  delete headers['proxy-authorization'];
  delete headers['proxy-connection'];
  const outgoing = forward(
    {
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || 80,
      method: incoming.method,
      path: `${target.pathname}${target.search}`,
      headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => {
    if (!response.headersSent) response.writeHead(502).end('upstream unreachable');
    else response.destroy();
  });
  incoming.pipe(outgoing);
}

function decodeBasic(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Basic\s+(\S+)$/i.exec(header);
  return match?.[1] === undefined ? undefined : Buffer.from(match[1], 'base64').toString('utf8');
}

function urlHost(host = '127.0.0.1'): string {
  return host.includes(':') ? `[${host}]` : host;
}
