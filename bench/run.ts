// `npm run bench`: each measure against a baseline taken in the same run, printed as one table.
import { benchBrowserTimeToFirstToken } from './browser-time-to-first-token.ts';
import { benchComparePanes } from './compare-panes.ts';
import { benchHistory } from './history.ts';
import { benchLongAnswer } from './long-answer.ts';
import { benchProxyOverhead } from './proxy-overhead.ts';
import { type BenchRow, printTable } from './statistics.ts';
import { benchStreamThroughput } from './stream-throughput.ts';
import { benchTimeToFirstToken } from './time-to-first-token.ts';

const rows: BenchRow[] = [];
console.error('Measuring time to first token (core vs raw undici)…');
const core = await benchTimeToFirstToken();
rows.push(...core.rows);
console.error('Measuring time to first token through browser mode…');
rows.push(...(await benchBrowserTimeToFirstToken(core.rawMedian)));
console.error('Measuring SSE throughput…');
rows.push(...benchStreamThroughput());
console.error('Measuring the cost of a proxy hop (direct vs HTTP proxy vs SOCKS5)…');
rows.push(...(await benchProxyOverhead()));
console.error('Measuring the history store (100,000 generated calls; HISTORY_BENCH_ENTRIES to change)…');
rows.push(...(await benchHistory()));
console.error('Measuring six comparison panes streaming in Chromium (2 × 20 s)…');
rows.push(...(await benchComparePanes()));
console.error(
  'Measuring a 100,000-token answer in one pane, streaming and scrolling (10,000 and 100,000 tokens)…',
);
rows.push(...(await benchLongAnswer()));
printTable(rows);
