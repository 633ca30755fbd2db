import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The first chunk goes out with the headers, so time to first token measures only the client
// side: Promptwire's core against raw undici reading the same bytes.
const firstChunk =
  'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench",' +
  '"choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}\n\n';
const lastChunks =
  'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench",' +
  '"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n';

export async function startFirstTokenServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(firstChunk);
      setTimeout(() => response.end(lastChunks), 2);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
