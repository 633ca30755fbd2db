import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import type { ProxyCredentials } from './http-test-proxy.ts';

// Test and benchmark support: a real SOCKS5 server on 127.0.0.1 (RFC 1928 CONNECT, RFC 1929
// user/password). It records the address type each client sent, so a test can prove that a host
// name reached the proxy unresolved (ATYP 3) instead of being looked up on the client's network.

export type SocksAddressType = 'ipv4' | 'domain' | 'ipv6';

export interface SocksConnectRecord {
  addressType: SocksAddressType;
  address: string;
  port: number;
}

export interface Socks5TestProxyOptions {
  /** Where to listen; 127.0.0.1 unless a test needs ::1. */
  host?: string;
  /** When set, only user/password authentication with these values is accepted. */
  credentials?: ProxyCredentials;
}

export interface Socks5TestProxy {
  /** socks5://127.0.0.1:port, without credentials. */
  url: string;
  port: number;
  connects: SocksConnectRecord[];
  /** Every user/password pair offered, and whether it was accepted. */
  logins: { username: string; password: string; accepted: boolean }[];
  close(): Promise<void>;
}

const version = 0x05;
const noAuthentication = 0x00;
const usernamePassword = 0x02;
const noAcceptableMethod = 0xff;

/** RFC 1928 reply codes for the failures the tests provoke. */
const replyFor: Record<string, number> = {
  ECONNREFUSED: 0x05,
  ENOTFOUND: 0x04,
  EAI_AGAIN: 0x04,
  EHOSTUNREACH: 0x04,
  ENETUNREACH: 0x03,
};

export async function startSocks5TestProxy(options: Socks5TestProxyOptions = {}): Promise<Socks5TestProxy> {
  const sockets = new Set<Socket>();
  const record: Pick<Socks5TestProxy, 'connects' | 'logins'> = { connects: [], logins: [] };

  const server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    void serve(client, options, record, sockets).catch(() => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(record, {
    url: `socks5://${urlHost(options.host)}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}

async function serve(
  client: Socket,
  options: Socks5TestProxyOptions,
  record: Pick<Socks5TestProxy, 'connects' | 'logins'>,
  sockets: Set<Socket>,
): Promise<void> {
  const reader = createReader(client);

  const [greetingVersion, methodCount] = await reader.take(2);
  if (greetingVersion !== version) return void client.destroy();
  const methods = [...(await reader.take(methodCount ?? 0))];
  const wanted = options.credentials ? usernamePassword : noAuthentication;
  if (!methods.includes(wanted)) return void client.end(Buffer.from([version, noAcceptableMethod]));
  client.write(Buffer.from([version, wanted]));

  if (options.credentials) {
    const [, usernameLength] = await reader.take(2);
    const username = (await reader.take(usernameLength ?? 0)).toString('utf8');
    const [passwordLength] = await reader.take(1);
    const password = (await reader.take(passwordLength ?? 0)).toString('utf8');
    const accepted = username === options.credentials.username && password === options.credentials.password;
    record.logins.push({ username, password, accepted });
    if (!accepted) return void client.end(Buffer.from([0x01, 0x01]));
    client.write(Buffer.from([0x01, 0x00]));
  }

  const [, command, , addressType] = await reader.take(4);
  let target: SocksConnectRecord;
  if (addressType === 0x01) {
    target = { addressType: 'ipv4', address: [...(await reader.take(4))].join('.'), port: 0 };
  } else if (addressType === 0x03) {
    const [length] = await reader.take(1);
    target = { addressType: 'domain', address: (await reader.take(length ?? 0)).toString('utf8'), port: 0 };
  } else if (addressType === 0x04) {
    const bytes = await reader.take(16);
    const groups = Array.from({ length: 8 }, (_, index) => bytes.readUInt16BE(index * 2).toString(16));
    target = { addressType: 'ipv6', address: groups.join(':'), port: 0 };
  } else {
    return void client.end(reply(0x08));
  }
  target.port = (await reader.take(2)).readUInt16BE(0);
  record.connects.push(target);
  if (command !== 0x01) return void client.end(reply(0x07));

  // Host names are resolved here, at the proxy, as a SOCKS5 server on another network would.
  const upstream = connect({ host: target.address, port: target.port });
  sockets.add(upstream);
  upstream.once('close', () => sockets.delete(upstream));
  let connected = false;
  upstream.once('connect', () => {
    connected = true;
    client.write(reply(0x00));
    const early = reader.rest();
    if (early.length > 0) upstream.write(early);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    if (!connected) client.end(reply(replyFor[error.code ?? ''] ?? 0x01));
    else client.destroy();
  });
  upstream.on('close', () => client.destroy());
  client.on('close', () => upstream.destroy());
}

function reply(code: number): Buffer {
  // The bound address is not used by clients of CONNECT; 127.0.0.1:0 keeps the reply short.
  return Buffer.from([version, code, 0x00, 0x01, 127, 0, 0, 1, 0x00, 0x00]);
}

/** Reads exact byte counts from a socket that delivers data in arbitrary pieces. */
function createReader(socket: Socket) {
  let buffered = Buffer.alloc(0);
  let waiting: (() => void) | undefined;
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    waiting?.();
  };
  socket.on('data', onData);
  socket.once('close', () => waiting?.());
  return {
    async take(count: number): Promise<Buffer> {
      while (buffered.length < count) {
        if (socket.destroyed) throw new Error('client went away');
        await new Promise<void>((resolve) => {
          waiting = resolve;
        });
        waiting = undefined;
      }
      const taken = buffered.subarray(0, count);
      buffered = buffered.subarray(count);
      return taken;
    },
    /** Stops reading and hands over whatever arrived after the handshake. */
    rest(): Buffer {
      socket.off('data', onData);
      return buffered;
    },
  };
}

function urlHost(host = '127.0.0.1'): string {
  return host.includes(':') ? `[${host}]` : host;
}
