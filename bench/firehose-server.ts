import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// An OpenAI-style stream at a fixed rate: `deltasPerSecond` text deltas for `seconds`, sent in
// bursts every 20 ms (a steady trickle, as a fast model's tokens arrive), each delta one word,
// with a paragraph break every 60 words, as a model writes (an answer is not one 10,000-word line).
// The last delta carries a marker so the page can tell when the whole answer is painted, and the
// server notes when it wrote its last byte (epoch milliseconds, same clock as the page's).

export const answerEndMarker = 'END-OF-ANSWER';

export interface FirehoseServer {
  url: string;
  server: Server;
  /** performance.timeOrigin + performance.now() at each stream's last byte, in order of ending. */
  lastBytes: number[];
}

const chunk = (text: string) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-firehose',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'firehose',
    choices: [{ index: 0, delta: { content: text }, finish_reason: null }],
  })}\n\n`;
const ending =
  'data: {"id":"chatcmpl-firehose","object":"chat.completion.chunk","created":1,"model":"firehose",' +
  '"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n';

function word(index: number, total: number): string {
  const space = index % 60 === 0 ? '' : ' ';
  if (index === total - 1) return `${space}${answerEndMarker}`;
  return index % 60 === 59 ? ` w${index % 1000}.\n\n` : `${space}w${index % 1000}`;
}

export async function startFirehoseServer(deltasPerSecond: number, seconds: number): Promise<FirehoseServer> {
  const lastBytes: number[] = [];
  const burstMs = 20;
  const perBurst = Math.round((deltasPerSecond * burstMs) / 1000);
  const total = deltasPerSecond * seconds;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      let sent = 0;
      const started = performance.now();
      const timer = setInterval(() => {
        // Catch up by the clock, so a late timer does not lower the rate.
        const due = Math.min(
          total,
          Math.round(((performance.now() - started) / 1000) * deltasPerSecond) + perBurst,
        );
        let burst = '';
        for (; sent < due; sent++) burst += chunk(word(sent, total));
        if (burst) response.write(burst);
        if (sent >= total) {
          clearInterval(timer);
          response.end(ending, () => lastBytes.push(performance.timeOrigin + performance.now()));
        }
      }, burstMs);
      response.on('close', () => clearInterval(timer));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, lastBytes };
}
