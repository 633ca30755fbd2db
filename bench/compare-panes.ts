import type { Page } from '@playwright/test';
import { startBrowserHost } from '../e2e/browser-host.ts';
import { heapMegabytes, launchBenchBrowser } from './bench-browser.ts';
import { answerEndMarker, startFirehoseServer } from './firehose-server.ts';
import { type BenchRow, milliseconds } from './statistics.ts';

// Six comparison panes streaming at once in Chromium, driven as a user does (open a saved
// comparison, press Send to all). Measured in the page: long tasks (over 50 ms the window feels
// stuck), the time from the server's last byte to the last character painted, and the heap after
// the run. The baseline is the same run with two panes, the fewest a comparison has.

const deltasPerSecond = 500;
const seconds = Number(process.env.COMPARE_BENCH_SECONDS ?? 20);

interface PageResult {
  longTasks: number[];
  /** performance.timeOrigin + performance.now() when every pane showed its last word, painted. */
  paintedAt: number;
}

// Runs in the page. `document` and friends are the page's; this file is type-checked as Node code.
async function watchInPage(options: { panes: number; marker: string }): Promise<PageResult> {
  interface Element {
    textContent: string | null;
    lastElementChild: Element | null;
    querySelector(selector: string): Element | null;
  }
  const page = globalThis as unknown as {
    document: { querySelectorAll(selector: string): ArrayLike<Element> };
    requestAnimationFrame(callback: () => void): void;
    PerformanceObserver: typeof PerformanceObserver;
  };
  const longTasks: number[] = [];
  const observer = new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  // 'longtask' is Chromium's entry type; Node's types only know their own.
  observer.observe({ type: 'longtask' as 'mark', buffered: false });
  // The marker ends the answer, so only each answer's last block (Markdown) or piece (plain) is
  // read on every frame: reading all six answers' text each frame cost the page itself a few
  // milliseconds a frame, and so weighed on what this measures.
  const lastText = (pane: Element) => {
    const answer = pane.querySelector('.markdown-text, .answer-text');
    return (answer?.lastElementChild ?? answer)?.textContent ?? '';
  };
  const everyPaneDone = () => {
    const panes = Array.from(page.document.querySelectorAll('[data-testid="compare-pane"]'));
    return panes.length === options.panes && panes.every((pane) => lastText(pane).includes(options.marker));
  };
  const frame = () => new Promise<void>((done) => page.requestAnimationFrame(() => done()));
  while (!everyPaneDone()) await frame();
  // The frame after the one whose DOM had the text: by then that DOM has been painted.
  await frame();
  const paintedAt = performance.timeOrigin + performance.now();
  observer.disconnect();
  return { longTasks, paintedAt };
}

async function call(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const { location } = globalThis as unknown as { location: { search: string; host: string } };
      const token = new URLSearchParams(location.search).get('token') ?? '';
      const socket = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}`);
      await new Promise((done, failed) => {
        socket.onopen = done;
        socket.onerror = failed;
      });
      const result = await new Promise<unknown>((done) => {
        socket.onmessage = (message) => {
          const frame = JSON.parse(message.data as string);
          if (frame.kind === 'result' && frame.id === 1) done(frame.result);
        };
        socket.send(JSON.stringify({ kind: 'call', id: 1, method, input }));
      });
      socket.close();
      return result;
    },
    { method, input },
  );
}

async function runPanes(
  paneCount: number,
): Promise<{ longTasks: number[]; lastByteToPaintMs: number; heapBefore: number; heapAfter: number }> {
  const firehose = await startFirehoseServer(deltasPerSecond, seconds);
  const host = await startBrowserHost();
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(host.url);
    await call(page, 'profiles.update', { profileId: 'compatible', baseUrl: `${firehose.url}/v1` });
    const name = `bench ${paneCount}`;
    await call(page, 'comparisons.save', {
      id: `bench-${paneCount}`,
      name,
      messages: [{ role: 'user', content: 'Stream as fast as you can.' }],
      followUps: [],
      panes: Array.from({ length: paneCount }, (_, index) => ({
        id: `pane-${index}`,
        profileId: 'compatible',
        model: `firehose-${index}`,
        stream: true,
        view: process.env.COMPARE_BENCH_VIEW === 'plain' ? 'plain' : 'markdown',
        answers: [],
        historyIds: [],
      })),
    });
    await page.reload();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: `Open ${name}` }).click();
    await page.getByTestId('compare-pane').first().waitFor();
    const heapBefore = await heapMegabytes(page);
    const watching = page.evaluate(watchInPage, { panes: paneCount, marker: answerEndMarker });
    await page.getByRole('button', { name: 'Send to all' }).click();
    const result = await watching;
    const lastByte = Math.max(...firehose.lastBytes);
    const heapAfter = await heapMegabytes(page);
    return {
      longTasks: result.longTasks,
      lastByteToPaintMs: result.paintedAt - lastByte,
      heapBefore,
      heapAfter,
    };
  } finally {
    await browser.close();
    await host.stop();
    firehose.server.close();
  }
}

export async function benchComparePanes(): Promise<BenchRow[]> {
  const two = await runPanes(2);
  const six = await runPanes(6);
  const over = (tasks: number[]) => tasks.filter((duration) => duration > 50);
  const describe = (tasks: number[]) =>
    `${over(tasks).length}${over(tasks).length > 0 ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`;
  const rate = `${deltasPerSecond}/s for ${seconds} s`;
  return [
    {
      measure: `6 panes streaming (${rate} each): long tasks > 50 ms`,
      baseline: `2 panes: ${describe(two.longTasks)}`,
      promptwire: describe(six.longTasks),
      ratio: '-',
      target: 'none',
      verdict: over(six.longTasks).length === 0 ? 'met' : 'missed',
    },
    {
      measure: '6 panes: last byte to last character painted',
      baseline: `2 panes: ${milliseconds(two.lastByteToPaintMs)}`,
      promptwire: milliseconds(six.lastByteToPaintMs),
      ratio: `${(six.lastByteToPaintMs / two.lastByteToPaintMs).toFixed(2)}x`,
      target: '< 100 ms',
      verdict: six.lastByteToPaintMs < 100 ? 'met' : 'missed',
    },
    {
      measure: '6 panes: renderer heap after the run (after GC)',
      baseline: `before: ${six.heapBefore.toFixed(1)} MB; 2 panes after: ${two.heapAfter.toFixed(1)} MB`,
      promptwire: `${six.heapAfter.toFixed(1)} MB`,
      ratio: `${(six.heapAfter / six.heapBefore).toFixed(2)}x before`,
      target: 'reported',
      verdict: 'info',
    },
  ];
}

if (import.meta.main) {
  const { printTable } = await import('./statistics.ts');
  printTable(await benchComparePanes());
}
