import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProviderFormat, StreamEvent } from '../../shared/chat-schemas.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../shared/transcript.ts';
import { createChatStreamDecoder } from './chat-stream-decoder.ts';

// Test support: the project's copies of real vendor transcripts, and a way to replay them.
const fixturesDirectory = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** A fixture's bytes after its leading `#` comment lines (which are not part of the wire data). */
export function readFixture(relativePath: string): string {
  const text = readFileSync(`${fixturesDirectory}${relativePath}`, 'utf8');
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]?.startsWith('#')) first++;
  return lines.slice(first).join('\n');
}

/** `.payloads.jsonl` holds one data payload per line; frames each as the vendor sends it. */
export function payloadsToSse(payloads: string): string {
  return payloads
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `event: ${(JSON.parse(line) as { type: string }).type}\ndata: ${line}\n\n`)
    .join('');
}

export interface DecodedStream {
  events: StreamEvent[];
  transcript: Transcript;
  /** Every event but raw-chunk, which depends on how the bytes were split. */
  semanticEvents: Array<Omit<StreamEvent, 'atMs'>>;
}

/** Feeds chunks through the real decoder, then closes the stream. */
export function decodeChunks(format: ProviderFormat, chunks: Array<Uint8Array | string>): DecodedStream {
  const events: StreamEvent[] = [];
  const decoder = createChatStreamDecoder(format, {
    host: 'api.example.test',
    emit: (event) => events.push(event),
    now: () => 0,
  });
  for (const chunk of chunks) {
    if (typeof chunk === 'string') decoder.pushText(chunk);
    else decoder.push(chunk);
  }
  decoder.end();
  const transcript = emptyTranscript();
  for (const event of events) applyStreamEvent(transcript, event);
  const semanticEvents = events
    .filter((event) => event.type !== 'raw-chunk')
    .map(({ atMs: _atMs, ...rest }) => rest as Omit<StreamEvent, 'atMs'>);
  return { events, transcript, semanticEvents };
}

export function terminalEvents(events: StreamEvent[]): StreamEvent[] {
  return events.filter((event) => event.type === 'stream-end' || event.type === 'stream-error');
}
