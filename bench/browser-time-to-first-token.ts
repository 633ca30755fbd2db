import { chromium } from '@playwright/test';
import { startBrowserHost } from '../e2e/browser-host.ts';
import { chromiumExecutable } from '../playwright.config.ts';
import { startFirstTokenServer } from './first-token-server.ts';
import { type BenchRow, milliseconds, percentile } from './statistics.ts';

// Runs inside the page: the contract over browser mode's WebSocket, timed from the call that
// starts the chat to the first text-delta event arriving in the page.
async function measureInPage(options: {
  baseUrl: string;
  rounds: number;
  warmup: number;
}): Promise<number[]> {
  // This file is type-checked as Node code; in the page, `location` is the window's.
  const { location } = globalThis as unknown as { location: { search: string; host: string } };
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const socket = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}`);
  await new Promise((done, failed) => {
    socket.onopen = done;
    socket.onerror = failed;
  });
  let nextId = 1;
  const call = (method: string, input: unknown) =>
    new Promise<unknown>((done) => {
      const id = nextId++;
      const listener = (message: MessageEvent) => {
        const frame = JSON.parse(message.data as string);
        if (frame.kind === 'result' && frame.id === id) {
          socket.removeEventListener('message', listener);
          done(frame.result);
        }
      };
      socket.addEventListener('message', listener);
      socket.send(JSON.stringify({ kind: 'call', id, method, input }));
    });
  await call('profiles.update', { profileId: 'compatible', baseUrl: options.baseUrl });
  const samples: number[] = [];
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const requestId = `bench-${round}`;
    const sample = await new Promise<number>((done) => {
      let first = Number.NaN;
      const listener = (message: MessageEvent) => {
        const frame = JSON.parse(message.data as string);
        if (frame.kind !== 'event' || frame.payload.requestId !== requestId) return;
        const type = frame.payload.event.type;
        if (type === 'text-delta' && Number.isNaN(first)) first = performance.now() - started;
        if (type === 'stream-end' || type === 'stream-error') {
          socket.removeEventListener('message', listener);
          done(first);
        }
      };
      socket.addEventListener('message', listener);
      const started = performance.now();
      void call('chat.start', {
        requestId,
        profileId: 'compatible',
        request: { model: 'bench', messages: [{ role: 'user', content: 'Hi' }], stream: true },
      });
    });
    if (round >= options.warmup) samples.push(sample);
  }
  socket.close();
  return samples;
}

export async function benchBrowserTimeToFirstToken(rawMedian: number, rounds = 200): Promise<BenchRow[]> {
  const { url, server } = await startFirstTokenServer();
  const host = await startBrowserHost();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    const samples = await page.evaluate(measureInPage, { baseUrl: `${url}/v1`, rounds, warmup: 30 });
    if (samples.some((sample) => Number.isNaN(sample)))
      throw new Error('a browser-mode run saw no text-delta');
    const median = percentile(samples, 0.5);
    return [
      {
        measure: 'time to first token, browser mode to the page (median)',
        baseline: `raw undici ${milliseconds(rawMedian)}`,
        promptwire: milliseconds(median),
        ratio: `${(median / rawMedian).toFixed(2)}x (+${milliseconds(median - rawMedian)})`,
        target: 'reported',
        verdict: 'info',
      },
      {
        measure: 'time to first token, browser mode to the page (p95)',
        baseline: '—',
        promptwire: milliseconds(percentile(samples, 0.95)),
        ratio: '—',
        target: 'reported',
        verdict: 'info',
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
    server.close();
  }
}
