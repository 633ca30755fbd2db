import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../playwright.config.ts';

/** Debian's Chromium as the window benchmarks drive it: no GPU, nothing running in the background. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** The page's JavaScript heap in MB, after a full garbage collection. */
export async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}
