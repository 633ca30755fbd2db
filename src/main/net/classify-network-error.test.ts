import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProxyAgent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyNetworkError } from './classify-network-error.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function thrownBy(url: string): Promise<unknown> {
  try {
    await request(url, { method: 'POST', body: '{}' });
  } catch (error) {
    return error;
  }
  throw new Error(`${url} did not fail`);
}

describe('classifyNetworkError with real undici failures', () => {
  it('says nothing is listening when the port is closed', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    servers.length = 0;
    const host = `127.0.0.1:${port}`;
    const error = classifyNetworkError(await thrownBy(`http://${host}/v1/chat/completions`), host);
    expect(error).toMatchObject({ code: 'network-error', hintKey: 'connection-refused' });
    expect(error.message).toBe(`Could not reach ${host}: connect ECONNREFUSED ${host}`);
    expect(error.hint).toBe(
      `Nothing is listening at ${host}. Check the base URL and that the server is running.`,
    );
  });

  it('says the name could not be resolved', async () => {
    const host = 'promptwire-no-such-host.invalid';
    const error = classifyNetworkError(await thrownBy(`http://${host}/v1`), host);
    expect(error).toMatchObject({ code: 'network-error', hintKey: 'dns-failure' });
    expect(error.hint).toMatch(/promptwire-no-such-host\.invalid could not be resolved/);
  });

  it('says the connection was reset when the server drops it mid-request', async () => {
    const port = await listen(createServer((incoming) => incoming.socket.destroy()));
    const host = `127.0.0.1:${port}`;
    const error = classifyNetworkError(await thrownBy(`http://${host}/v1`), host);
    expect(error).toMatchObject({ code: 'network-error', hintKey: 'connection-reset' });
    expect(error.message).toMatch(new RegExp(`^Could not reach ${host}: `));
  });

  it('finds the code inside a cause or an AggregateError', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' });
    expect(classifyNetworkError(new AggregateError([refused], 'all failed'), 'localhost:1').hintKey).toBe(
      'connection-refused',
    );
    const timeout = Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' });
    expect(classifyNetworkError(new Error('fetch failed', { cause: timeout }), 'h').hintKey).toBe(
      'connect-timeout',
    );
  });

  it('reports a server that stops answering as a timeout quoting the limit', () => {
    const timeout = Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' });
    const error = classifyNetworkError(timeout, 'api.example.test', 600_000);
    expect(error).toMatchObject({ code: 'timeout', hintKey: 'response-timeout' });
    expect(error.message).toBe('api.example.test did not answer in time (10 minutes).');
  });

  it('reports an error without a code as a Promptwire bug, not a network problem', () => {
    const error = classifyNetworkError(new TypeError('x is undefined'), 'h');
    expect(error).toMatchObject({ code: 'internal', hintKey: 'report-bug' });
    expect(error.message).toBe('Something went wrong inside Promptwire: x is undefined');
  });
});

describe('classifyNetworkError with a route', () => {
  it('says a failure on a direct route went without a proxy', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    servers.length = 0;
    const host = `127.0.0.1:${port}`;
    const error = classifyNetworkError(await thrownBy(`http://${host}/v1`), host, undefined, {
      kind: 'direct',
      via: 'direct',
    });
    expect(error).toMatchObject({ hintKey: 'connection-refused', params: { via: 'direct' } });
    expect(error.message).toBe(
      `Could not reach ${host}: connect ECONNREFUSED ${host} (sent directly, no proxy)`,
    );
  });

  it('blames the proxy for a refused connection when the route names one, and masks its password', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    servers.length = 0;
    const proxy = `http://user:****@127.0.0.1:${port}`;
    const dispatcher = new ProxyAgent({ uri: `http://127.0.0.1:${port}`, token: 'Basic dXNlcjpzZWNyZXQ=' });
    const thrown = await request('https://api.openai.com/v1/models', { dispatcher }).then(
      () => new Error('the request did not fail'),
      (error: unknown) => error,
    );
    await dispatcher.close();
    const error = classifyNetworkError(thrown, 'api.openai.com', undefined, {
      kind: 'http-proxy',
      via: proxy,
      proxy,
    });
    expect(error).toMatchObject({
      hintKey: 'proxy-failure-refused',
      params: { proxy, host: 'api.openai.com' },
    });
    expect(error.message).toBe(
      `Could not reach api.openai.com: the proxy ${proxy} refused the connection (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  });

  it('reads the SOCKS5 reply codes undici reports', () => {
    const label = {
      kind: 'socks5',
      via: 'socks5h://127.0.0.1:1080',
      proxy: 'socks5h://127.0.0.1:1080',
    } as const;
    const refused = Object.assign(new Error('SOCKS5 connection failed: Connection refused'), {
      code: 'UND_ERR_SOCKS5_REPLY_5',
    });
    expect(classifyNetworkError(refused, 'api.openai.com', undefined, label)).toMatchObject({
      hintKey: 'proxy-failure-socks-connect',
      message:
        'Could not reach api.openai.com: the SOCKS5 proxy socks5h://127.0.0.1:1080 could not connect to api.openai.com: Connection refused',
    });
  });
});
