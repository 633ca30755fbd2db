import type { CDPSession, Page } from '@playwright/test';
import { startBrowserHost } from '../e2e/browser-host.ts';
import { heapMegabytes, launchBenchBrowser } from './bench-browser.ts';
import { answerEndMarker, startFirehoseServer } from './firehose-server.ts';
import { type BenchRow, milliseconds } from './statistics.ts';

// One very long answer in the single view, driven as a user does: choose the OpenAI-compatible
// profile pointed at a local server, send, watch 100,000 tokens stream in, then scroll through
// the answer with the mouse wheel (Chromium's own synthetic scroll gesture). Measured in the page:
// long tasks while it streams and while it scrolls, the frame rate of the scroll, the time from
// the last byte to the last word painted, and the heap after. The baseline is the same run with
// an answer a tenth as long, so what grows with the answer's length shows as a ratio.

const seconds = Number(process.env.LONG_ANSWER_BENCH_SECONDS ?? 20);
const scrollPixels = 30_000;
const scrollPixelsPerSecond = 3_000;

interface LongAnswerResult {
  tokens: number;
  streamingLongTasks: number[];
  lastByteToPaintMs: number;
  scrollLongTasks: number[];
  framesPerSecond: number;
  slowFrames: number;
  heapMegabytes: number;
}

const lastPiece = '.response-panel :is(.markdown-block, .answer-piece):last-child';

/** Runs in the page: resolves when the answer's last block shows the marker, a frame later. */
const watchStreaming = `(async () => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  while (!document.querySelector(${JSON.stringify(lastPiece)})?.textContent?.includes(${JSON.stringify(answerEndMarker)})) await frame();
  await frame();
  observer.disconnect();
  return { longTasks, paintedAt: performance.timeOrigin + performance.now() };
})()`;

/** Runs in the page: frame times and long tasks until told to stop through window.stopWatching. */
const watchScrolling = `(async () => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frames = [];
  let stop = false;
  window.stopWatching = () => { stop = true; };
  let last = await new Promise((done) => requestAnimationFrame(done));
  while (!stop) {
    const now = await new Promise((done) => requestAnimationFrame(done));
    frames.push(now - last);
    last = now;
  }
  observer.disconnect();
  return { longTasks, frames };
})()`;

async function scrollThrough(page: Page, session: CDPSession) {
  const panel = page.locator('.response-panel');
  await panel.evaluate((element) => {
    element.scrollTop = 0;
  });
  const box = await panel.boundingBox();
  if (!box) throw new Error('The response panel is not on the screen.');
  const watching = page.evaluate(watchScrolling);
  await session.send('Input.synthesizeScrollGesture', {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
    yDistance: -scrollPixels,
    speed: scrollPixelsPerSecond,
    gestureSourceType: 'mouse',
  });
  await page.evaluate('window.stopWatching()');
  const { longTasks, frames } = (await watching) as { longTasks: number[]; frames: number[] };
  const total = frames.reduce((sum, frame) => sum + frame, 0);
  return {
    longTasks,
    framesPerSecond: (frames.length / total) * 1000,
    slowFrames: frames.filter((frame) => frame > 34).length,
  };
}

async function runLongAnswer(tokens: number): Promise<LongAnswerResult> {
  const firehose = await startFirehoseServer(Math.round(tokens / seconds), seconds);
  const host = await startBrowserHost();
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(host.url);
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('compatible');
    const baseUrl = page.getByLabel('Base URL', { exact: true });
    await baseUrl.fill(`${firehose.url}/v1`);
    await baseUrl.press('Enter');
    await page.getByLabel('Model', { exact: true }).fill('firehose');
    await page.getByLabel('Message', { exact: true }).fill('Write as much as you can.');
    const session = await page.context().newCDPSession(page);
    const streaming = page.evaluate(watchStreaming);
    await page.getByRole('button', { name: 'Send' }).click();
    const streamed = (await streaming) as { longTasks: number[]; paintedAt: number };
    const lastByte = Math.max(...firehose.lastBytes);
    const scrolled = await scrollThrough(page, session);
    return {
      tokens,
      streamingLongTasks: streamed.longTasks,
      lastByteToPaintMs: streamed.paintedAt - lastByte,
      scrollLongTasks: scrolled.longTasks,
      framesPerSecond: scrolled.framesPerSecond,
      slowFrames: scrolled.slowFrames,
      heapMegabytes: await heapMegabytes(page),
    };
  } finally {
    await browser.close();
    await host.stop();
    firehose.server.close();
  }
}

const over = (tasks: number[]) => tasks.filter((duration) => duration > 50);
const describe = (tasks: number[]) =>
  `${over(tasks).length}${over(tasks).length > 0 ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`;

export async function benchLongAnswer(): Promise<BenchRow[]> {
  const short = await runLongAnswer(10_000);
  const long = await runLongAnswer(100_000);
  const baseline = (text: string) => `10,000 tokens: ${text}`;
  return [
    {
      measure: `100,000-token answer streaming (${seconds} s): long tasks > 50 ms`,
      baseline: baseline(describe(short.streamingLongTasks)),
      promptwire: describe(long.streamingLongTasks),
      ratio: '-',
      target: 'none',
      verdict: over(long.streamingLongTasks).length === 0 ? 'met' : 'missed',
    },
    {
      measure: '100,000-token answer: last byte to last word painted',
      baseline: baseline(milliseconds(short.lastByteToPaintMs)),
      promptwire: milliseconds(long.lastByteToPaintMs),
      ratio: `${(long.lastByteToPaintMs / short.lastByteToPaintMs).toFixed(2)}x`,
      target: 'reported',
      verdict: 'info',
    },
    {
      measure: `100,000-token answer: scrolling ${scrollPixels.toLocaleString('en')} px, frame rate`,
      baseline: baseline(`${short.framesPerSecond.toFixed(1)} fps`),
      promptwire: `${long.framesPerSecond.toFixed(1)} fps (${long.slowFrames} frames > 34 ms)`,
      ratio: `${(long.framesPerSecond / short.framesPerSecond).toFixed(2)}x`,
      target: '>= 50 fps',
      verdict: long.framesPerSecond >= 50 ? 'met' : 'missed',
    },
    {
      measure: '100,000-token answer: long tasks > 50 ms while scrolling',
      baseline: baseline(describe(short.scrollLongTasks)),
      promptwire: describe(long.scrollLongTasks),
      ratio: '-',
      target: 'none',
      verdict: over(long.scrollLongTasks).length === 0 ? 'met' : 'missed',
    },
    {
      measure: '100,000-token answer: renderer heap after (after GC)',
      baseline: baseline(`${short.heapMegabytes.toFixed(1)} MB`),
      promptwire: `${long.heapMegabytes.toFixed(1)} MB`,
      ratio: `${(long.heapMegabytes / short.heapMegabytes).toFixed(2)}x`,
      target: 'reported',
      verdict: 'info',
    },
  ];
}

if (import.meta.main) {
  const { printTable } = await import('./statistics.ts');
  printTable(await benchLongAnswer());
}
