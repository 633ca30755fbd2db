export interface SseEvent {
  /** 1-based, in arrival order. */
  number: number;
  /** The `event:` field; absent means the default "message" event. */
  name?: string;
  data: string;
  id?: string;
  /** `:` lines, which proxies and some vendors use as keep-alives. */
  comments: string[];
  /** The block as it was received, for anything the fields above do not explain. */
  raw: string;
}

/**
 * Splits the concatenated wire text into server-sent events on blank lines. LF, CRLF and CR line
 * ends are all legal; the last block may still be arriving and is shown as it stands.
 */
export function splitSseEvents(text: string): SseEvent[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const events: SseEvent[] = [];
  for (const block of normalized.split(/\n{2,}/)) {
    if (!block.trim()) continue;
    const data: string[] = [];
    const comments: string[] = [];
    const event: SseEvent = { number: events.length + 1, data: '', comments, raw: block };
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        comments.push(line.slice(1).trimStart());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') event.name = value;
      else if (field === 'id') event.id = value;
    }
    event.data = data.join('\n');
    events.push(event);
  }
  return events;
}

export function isEventStream(headers: Record<string, string> | undefined): boolean {
  if (!headers) return false;
  return Object.entries(headers).some(
    ([name, value]) =>
      name.toLowerCase() === 'content-type' && value.toLowerCase().includes('text/event-stream'),
  );
}
