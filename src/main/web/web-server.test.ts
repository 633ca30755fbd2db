import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type Api, createApi } from '../api/create-api.ts';
import { startWebServer, type WebServer } from './web-server.ts';

const secret = 'the secret next door';
let folder: string;
let api: Api;
let server: WebServer;
let host: string;
let origin: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-web-'));
  const renderer = join(folder, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Promptwire</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(renderer, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(renderer, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(folder, 'secret.txt'), secret);
  symlinkSync(join(folder, 'secret.txt'), join(renderer, 'assets', 'linked.txt'));
  api = createApi({
    transport: 'browser',
    version: '0.0.0-test',
    dataDirectory: join(folder, 'data'),
    environment: {},
  });
  server = await startWebServer({ rendererDirectory: renderer, api });
  host = `127.0.0.1:${server.port}`;
  origin = `http://${host}`;
});

afterAll(async () => {
  await server?.close();
  await api?.close();
  rmSync(folder, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return request(`${origin}${path}`, { headers: { host, ...headers } });
}

/**
 * Sends the path byte for byte: undici and browsers resolve `..` before sending, and a traversal
 * test must see what a hostile client can send.
 */
function rawGet(path: string, cookie: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** Resolves with the HTTP status of a refused handshake, or 101 when the socket opened. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
    });
    socket.on('error', reject);
  });
}

function openSocket(headers: Record<string, string> = {}): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${host}/ws?token=${server.token}`, { headers: { origin, ...headers } });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function nextFrame(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
}

describe('browser-mode server', () => {
  it('prints a loopback URL that carries its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('serves the page with the token, sets the cookie and sends the security headers', async () => {
    const response = await get(`/?token=${server.token}`);
    expect(response.statusCode).toBe(200);
    expect(await response.body.text()).toContain('<title>Promptwire</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(
      `connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}`,
    );
    expect(policy).toContain("frame-ancestors 'none'");
    expect(String(response.headers['set-cookie'])).toBe(
      `promptwire_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('accepts localhost as the Host name too', async () => {
    const response = await get(`/?token=${server.token}`, { host: `localhost:${server.port}` });
    expect(response.statusCode).toBe(200);
    await response.body.dump();
  });

  it('serves an asset with the cookie alone, with its content type', async () => {
    const script = await get('/assets/app.js', {
      cookie: `other=1; promptwire_token_${server.port}=${server.token}`,
    });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['set-cookie']).toBeUndefined();
    expect(await script.body.text()).toBe('console.log(1);');
    const style = await get('/assets/app.css', { cookie: `promptwire_token_${server.port}=${server.token}` });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    await style.body.dump();
    const image = await get('/assets/logo.svg', {
      cookie: `promptwire_token_${server.port}=${server.token}`,
    });
    expect(image.headers['content-type']).toBe('image/svg+xml');
    await image.body.dump();
  });

  it.each([
    ['no token', '/', {}],
    ['a wrong token', '/?token=wrong', {}],
    ['a wrong cookie', '/assets/app.js', { cookie: 'promptwire_token_PORT=wrong' }],
    ['a rebound DNS name in Host', '/?token=TOKEN', { host: 'evil.example:PORT' }],
    ['the right name on another port', '/?token=TOKEN', { host: '127.0.0.1:1' }],
    ['a foreign Origin', '/?token=TOKEN', { origin: 'http://evil.example' }],
    ['the token of a host on another port', '/assets/app.js', { cookie: 'promptwire_token_1=TOKEN' }],
    ['a look-alike Origin', '/?token=TOKEN', { origin: 'http://127.0.0.1:PORT.evil.example' }],
  ])('refuses HTTP with %s', async (_name, path, headers) => {
    const filled = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        value.replace('PORT', String(server.port)).replace('TOKEN', server.token),
      ]),
    );
    const response = await get(path.replace('TOKEN', server.token), filled);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(await response.body.text()).toMatch(/^Forbidden: /);
  });

  it.each([
    ['no token', '', { origin: 'ORIGIN' }],
    ['a wrong token', '?token=wrong', { origin: 'ORIGIN' }],
    ['no Origin', '?token=TOKEN', {}],
    ['a foreign Origin', '?token=TOKEN', { origin: 'http://evil.example' }],
    ['a rebound DNS name in Host', '?token=TOKEN', { origin: 'ORIGIN', host: 'evil.example:PORT' }],
  ])('refuses the WebSocket upgrade with %s', async (_name, query, headers) => {
    const filled = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        value.replace('ORIGIN', origin).replace('PORT', String(server.port)),
      ]),
    );
    const url = `ws://${host}/ws${query.replace('TOKEN', server.token)}`;
    expect(await upgradeStatus(url, filled)).toBe(403);
  });

  it('accepts the upgrade with the cookie instead of the query token', async () => {
    const status = await upgradeStatus(`ws://${host}/ws`, {
      origin,
      cookie: `promptwire_token_${server.port}=${server.token}`,
    });
    expect(status).toBe(101);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/linked.txt',
    '/.%2e/secret.txt',
  ])('refuses the traversal %s', async (path) => {
    const answer = await rawGet(path, `promptwire_token_${server.port}=${server.token}`);
    expect(answer).toMatch(/^HTTP\/1\.1 40[034] /);
    expect(answer).not.toContain(secret);
  });

  it('serves a file through the same raw request path, so the traversal checks can fail', async () => {
    const answer = await rawGet(
      '/assets/../assets/app.js',
      `promptwire_token_${server.port}=${server.token}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 403 /);
    expect(await rawGet('/assets/app.js', `promptwire_token_${server.port}=${server.token}`)).toContain(
      'console.log(1);',
    );
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    const missing = await get('/assets/none.js', {
      cookie: `promptwire_token_${server.port}=${server.token}`,
    });
    expect(missing.statusCode).toBe(404);
    await missing.body.dump();
    const posted = await request(`${origin}/`, {
      method: 'POST',
      headers: { host, cookie: `promptwire_token_${server.port}=${server.token}` },
      body: 'x',
    });
    expect(posted.statusCode).toBe(405);
    await posted.body.dump();
  });

  it('answers profiles.list over the WebSocket', async () => {
    const socket = await openSocket();
    const answer = nextFrame(socket);
    socket.send(JSON.stringify({ kind: 'call', id: 1, method: 'profiles.list', input: {} }));
    const frame = await answer;
    expect(frame).toMatchObject({ kind: 'result', id: 1, result: { ok: true } });
    const profiles = (frame.result as { value: { id: string }[] }).value;
    expect(profiles.map((profile) => profile.id)).toEqual([
      'openai',
      'anthropic',
      'compatible',
      'mock',
      'mock-anthropic',
    ]);
    socket.close();
  });
});

describe('browser-mode server listening address', () => {
  it('refuses to listen on anything but loopback', async () => {
    await expect(startWebServer({ rendererDirectory: folder, api, host: '0.0.0.0' })).rejects.toThrow(
      /127\.0\.0\.1/,
    );
  });
});
