import { createParser } from 'eventsource-parser';
import { createChatStreamDecoder } from '../src/main/providers/chat-stream-decoder.ts';
import { type BenchRow, percentile } from './statistics.ts';

// A long OpenAI stream of short deltas, cut into network-sized chunks, as a real answer arrives.
function buildStream(deltas: number): string[] {
  const events: string[] = [];
  for (let index = 0; index < deltas; index++) {
    events.push(
      `data: {"id":"chatcmpl-b","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"tok${index % 10} "},"logprobs":null,"finish_reason":null}]}\n\n`,
    );
  }
  events.push(
    'data: {"id":"chatcmpl-b","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
  );
  const text = events.join('');
  const chunks: string[] = [];
  for (let offset = 0; offset < text.length; offset += 4096) chunks.push(text.slice(offset, offset + 4096));
  return chunks;
}

function baseline(chunks: readonly string[]): number {
  let deltas = 0;
  const parser = createParser({
    onEvent: (message) => {
      if (message.data === '[DONE]') return;
      const parsed = JSON.parse(message.data) as { choices: { delta: { content?: string } }[] };
      if (parsed.choices[0]?.delta.content) deltas++;
    },
  });
  for (const chunk of chunks) parser.feed(chunk);
  return deltas;
}

function promptwire(chunks: readonly string[]): number {
  let deltas = 0;
  const decoder = createChatStreamDecoder('openai-chat', {
    host: 'bench',
    now: () => performance.now(),
    emit: (event) => {
      if (event.type === 'text-delta') deltas++;
    },
  });
  for (const chunk of chunks) decoder.pushText(chunk);
  decoder.end();
  return deltas;
}

function deltasPerSecond(
  run: (chunks: readonly string[]) => number,
  chunks: readonly string[],
  count: number,
) {
  const started = performance.now();
  const seen = run(chunks);
  if (seen !== count) throw new Error(`expected ${count} deltas, decoded ${seen}`);
  return count / ((performance.now() - started) / 1000);
}

export function benchStreamThroughput(deltas = 200_000, rounds = 7): BenchRow[] {
  const chunks = buildStream(deltas);
  const baseRates: number[] = [];
  const ourRates: number[] = [];
  deltasPerSecond(baseline, chunks, deltas);
  deltasPerSecond(promptwire, chunks, deltas);
  for (let round = 0; round < rounds; round++) {
    baseRates.push(deltasPerSecond(baseline, chunks, deltas));
    ourRates.push(deltasPerSecond(promptwire, chunks, deltas));
  }
  const base = percentile(baseRates, 0.5);
  const ours = percentile(ourRates, 0.5);
  return [
    {
      measure: `SSE to normalized events (${deltas.toLocaleString('en')} deltas, median)`,
      baseline: `eventsource-parser+JSON.parse ${Math.round(base).toLocaleString('en')}/s`,
      promptwire: `${Math.round(ours).toLocaleString('en')}/s`,
      ratio: (ours / base).toFixed(2),
      target: '>= 0.5',
      verdict: ours / base >= 0.5 ? 'met' : 'missed',
    },
  ];
}
