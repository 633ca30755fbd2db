import { Agent, request } from 'undici';
import { runChat } from '../src/main/chat/run-chat.ts';
import { startFirstTokenServer } from './first-token-server.ts';
import { type BenchRow, milliseconds, percentile } from './statistics.ts';

const body = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: 'Hi' }], stream: true });

/** Raw undici: send the same request and wait for the first body chunk. */
async function rawFirstChunk(url: string, dispatcher: Agent): Promise<number> {
  const started = performance.now();
  const response = await request(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body,
    dispatcher,
  });
  let first = Number.NaN;
  for await (const _chunk of response.body) {
    if (Number.isNaN(first)) first = performance.now() - started;
  }
  return first;
}

/** Promptwire's core: the same request through runChat, until the first text-delta event. */
async function promptwireFirstToken(url: string, dispatcher: Agent): Promise<number> {
  const started = performance.now();
  let first = Number.NaN;
  await runChat({
    target: { format: 'openai-chat', baseUrl: `${url}/v1`, apiKey: 'sk-bench' },
    request: { model: 'bench', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    dispatcher,
    signal: new AbortController().signal,
    emit: (event) => {
      if (event.type === 'text-delta' && Number.isNaN(first)) first = performance.now() - started;
    },
  });
  return first;
}

export async function benchTimeToFirstToken(rounds = 400): Promise<{ rows: BenchRow[]; rawMedian: number }> {
  const { url, server } = await startFirstTokenServer();
  const dispatcher = new Agent({ connections: 4 });
  const raw: number[] = [];
  const core: number[] = [];
  try {
    for (let warm = 0; warm < 50; warm++) {
      await rawFirstChunk(url, dispatcher);
      await promptwireFirstToken(url, dispatcher);
    }
    // Interleaved so drift on a busy machine hits both sides alike.
    for (let round = 0; round < rounds; round++) {
      raw.push(await rawFirstChunk(url, dispatcher));
      core.push(await promptwireFirstToken(url, dispatcher));
    }
  } finally {
    await dispatcher.close();
    server.close();
  }
  const rawMedian = percentile(raw, 0.5);
  const coreMedian = percentile(core, 0.5);
  const extra = coreMedian - rawMedian;
  return {
    rawMedian,
    rows: [
      {
        measure: 'time to first token, core (median)',
        baseline: `raw undici ${milliseconds(rawMedian)}`,
        promptwire: milliseconds(coreMedian),
        ratio: `${(coreMedian / rawMedian).toFixed(2)}x (+${milliseconds(extra)})`,
        target: 'extra < 1 ms',
        verdict: extra < 1 ? 'met' : 'missed',
      },
      {
        measure: 'time to first token, core (p95)',
        baseline: `raw undici ${milliseconds(percentile(raw, 0.95))}`,
        promptwire: milliseconds(percentile(core, 0.95)),
        ratio: `${(percentile(core, 0.95) / percentile(raw, 0.95)).toFixed(2)}x`,
        target: '—',
        verdict: 'info',
      },
    ],
  };
}
