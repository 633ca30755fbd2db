import { rmSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type MockServer, startMockServer } from '../src/main/mock/mock-server.ts';
import { maskKey } from '../src/shared/mask-key.ts';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';
import { addKeyInWindow, sendChat, useCompatibleProfile } from './compatible-profile.ts';
import { leaksIn } from './leak-search.ts';
import { type RecordingProxy, startRecordingProxy } from './recording-proxy.ts';

// A key nobody issued, distinctive enough that finding it anywhere can only mean a leak.
const canary = 'sk-live-PROMPTWIRE-LEAK-CANARY-7f3a9c';
// The only calls that may carry a key, and only from the window to the host: the user typed it there.
const keyEntryMethods = new Set(['keys.add', 'keys.set', 'keys.check']);

let mock: MockServer;
let upstream: RecordingProxy;
let host: BrowserHost;

test.beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  upstream = await startRecordingProxy(mock.url);
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
  await upstream?.close();
  await mock?.close();
  if (host) rmSync(host.dataDirectory, { recursive: true, force: true });
});

interface Frame {
  direction: 'sent' | 'received';
  text: string;
}

/** True for a frame that is a key-entry call whose `key` is the only place the canary appears. */
function isKeyEntryCall(text: string): boolean {
  let frame: { kind?: unknown; method?: unknown; input?: { key?: unknown } };
  try {
    frame = JSON.parse(text);
  } catch {
    return false;
  }
  if (frame.kind !== 'call' || !keyEntryMethods.has(String(frame.method))) return false;
  if (frame.input?.key !== canary) return false;
  const rest = JSON.stringify({ ...frame, input: { ...frame.input, key: '' } });
  return leaksIn(rest, canary).length === 0;
}

test('a key typed into the window reaches the upstream and nothing the window can read', async ({
  page,
  context,
}) => {
  const frames: Frame[] = [];
  const bodies: Promise<{ url: string; text: string }>[] = [];
  page.on('websocket', (socket) => {
    const text = (payload: string | Buffer) =>
      typeof payload === 'string' ? payload : payload.toString('latin1');
    socket.on('framesent', ({ payload }) => frames.push({ direction: 'sent', text: text(payload) }));
    socket.on('framereceived', ({ payload }) => frames.push({ direction: 'received', text: text(payload) }));
  });
  // The strict CSP must not break the window: the only refusal allowed is zod's probe for eval,
  // which it makes once and falls back from.
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !/unsafe-eval/.test(text)) violations.push(text);
  });
  page.on('response', (response) => {
    // A WebSocket upgrade or a redirect has no body to read; an empty one leaks nothing.
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), text: body.toString('latin1') }))
        .catch(() => ({ url: response.url(), text: '' })),
    );
  });

  await page.goto(host.url);
  await useCompatibleProfile(page, `${upstream.url}/v1`);
  await addKeyInWindow(page, canary);
  await sendChat(page, 'Say hello to the leak test.');
  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw).toContainText(`Bearer ${maskKey(canary)}`);
  await expect(raw).toContainText(/\/v1\/chat\/completions/);

  // The key was really used: the upstream saw it, in full, on the chat request.
  const chatRequests = upstream.requests.filter((request) => request.path === '/v1/chat/completions');
  expect(chatRequests.length).toBeGreaterThan(0);
  expect(chatRequests.map((request) => request.headers.authorization)).toContain(`Bearer ${canary}`);

  // WebSocket: the key went up once, inside the call that hands it to the host, and never came back.
  expect(frames.length).toBeGreaterThan(0);
  const carrying = frames.filter((frame) => leaksIn(frame.text, canary).length > 0);
  expect(carrying.filter((frame) => frame.direction === 'received')).toEqual([]);
  expect(carrying.filter((frame) => !isKeyEntryCall(frame.text))).toEqual([]);
  expect(carrying.filter((frame) => JSON.parse(frame.text).method === 'keys.add')).toHaveLength(1);

  // HTTP: no response the page loaded holds it (page, scripts, styles).
  const loaded = await Promise.all(bodies);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((body) => leaksIn(body.text, canary).length > 0).map((body) => body.url)).toEqual([]);

  // Storage of every kind the page could write to: web storage, Cache Storage, IndexedDB, cookies
  // (HttpOnly ones too).
  const pageStorage = await page.evaluate(readPageStorage);
  expect(leaksIn(pageStorage, canary)).toEqual([]);
  expect(leaksIn(JSON.stringify(await context.cookies()), canary)).toEqual([]);
  expect(leaksIn(JSON.stringify(await context.storageState({ indexedDB: true })), canary)).toEqual([]);

  // The page itself: no text, attribute or field value holds it.
  const dom = await page.evaluate(readPageText);
  expect(dom).toContain(maskKey(canary));
  expect(leaksIn(dom, canary)).toEqual([]);

  // Nor does the page's memory keep it once the call is done: after a full garbage collection no
  // string in the JavaScript heap (stores, caches, closures, the add field's leftovers) holds it.
  const heap = await heapSnapshot(page);
  // The snapshot does hold what the page keeps (the profile's base URL, from the host).
  expect(heap.includes(`${upstream.url}/v1`), 'the heap snapshot holds the page state').toBe(true);
  expect(leaksIn(heap, canary)).toEqual([]);

  expect(violations).toEqual([]);

  // Nor does the host print it.
  expect(leaksIn(host.output(), canary)).toEqual([]);
});

async function heapSnapshot(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  return chunks.join('');
}

// The few browser globals the page-side checks use; this project's Node typings have no DOM.
interface PageStorage {
  length: number;
  key(index: number): string | null;
  getItem(name: string): string | null;
}
interface PageGlobals {
  document: {
    cookie: string;
    documentElement: { outerHTML: string };
    querySelectorAll(selectors: string): Iterable<{ value: string }>;
  };
  localStorage: PageStorage;
  sessionStorage: PageStorage;
  caches?: {
    keys(): Promise<string[]>;
    open(name: string): Promise<{
      keys(): Promise<{ url: string }[]>;
      match(request: { url: string }): Promise<{ text(): Promise<string> } | undefined>;
    }>;
  };
}

/** Runs in the page: its text, attributes and every field's value, as one text. */
function readPageText(): string {
  const page = globalThis as unknown as PageGlobals;
  const values = [...page.document.querySelectorAll('input, textarea, select')].map((field) => field.value);
  return [page.document.documentElement.outerHTML, ...values].join('\n');
}

/**
 * Runs in the page: cookies it can read, both web storages and Cache Storage, as one text.
 * IndexedDB and HttpOnly cookies are read from outside, through Playwright's storage state.
 */
async function readPageStorage(): Promise<string> {
  const page = globalThis as unknown as PageGlobals;
  const found: string[] = [page.document.cookie];
  for (const storage of [page.localStorage, page.sessionStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const name = storage.key(index) ?? '';
      found.push(name, storage.getItem(name) ?? '');
    }
  }
  for (const name of (await page.caches?.keys()) ?? []) {
    const cache = await page.caches?.open(name);
    for (const request of (await cache?.keys()) ?? []) {
      found.push(request.url, (await (await cache?.match(request))?.text()) ?? '');
    }
  }
  return found.join('\n');
}
