import type { ChatMessage, ChatRequest } from '../../shared/chat-schemas.ts';

// Reads a chat body (OpenAI Chat Completions or Anthropic Messages) into the composer's request.
// The composer holds text messages and a few parameters; every other field of the body is kept in
// extraParameters, and anything the composer cannot hold (an image, a tool message) is named in a note.

export type BodyReading =
  | { ok: true; request: ChatRequest; extraParameters: Record<string, unknown>; notes: string[] }
  | { ok: false; problems: string[] };

interface Reader {
  body: Record<string, unknown>;
  /** Fields read so far; the rest become extra parameters. */
  used: Set<string>;
  notes: string[];
  problems: string[];
}

export function openAiBodyToRequest(body: Record<string, unknown>): BodyReading {
  const reader: Reader = { body, used: new Set(['model', 'messages']), notes: [], problems: [] };
  const systems: string[] = [];
  const messages: ChatMessage[] = [];
  forEachMessage(reader, (role, content, where) => {
    if (role === 'system' || role === 'developer') {
      systems.push(textOf(content, where, reader));
      if (role === 'developer') reader.notes.push(`${where} (developer) is sent as the system prompt`);
    } else if (role === 'user' || role === 'assistant') {
      messages.push({ role, content: textOf(content, where, reader) });
    } else {
      reader.notes.push(
        `${where} has the role ${String(role)}, which the composer cannot hold; it is left out`,
      );
    }
  });
  if (systems.length > 1) {
    reader.notes.push(`${systems.length} system messages are joined into one system prompt`);
  }

  const request = baseRequest(reader, messages, systems.join('\n\n'));
  takeNumber(reader, 'temperature', 0, 2, (value) => (request.temperature = value));
  const maxTokensField = 'max_tokens' in body ? 'max_tokens' : 'max_completion_tokens';
  takeInteger(reader, maxTokensField, (value) => (request.maxTokens = value));
  if (maxTokensField === 'max_completion_tokens' && request.maxTokens !== undefined) {
    reader.notes.push(
      'max_completion_tokens becomes Max tokens, which Promptwire sends as max_tokens; reasoning models refuse ' +
        'that (400): then clear Max tokens and add max_completion_tokens as an extra parameter',
    );
  }
  takeNumber(reader, 'top_p', 0, 1, (value) => (request.topP = value));
  takeStop(reader, 'stop', request);
  // Promptwire asks for usage in every stream itself, so this one is not extra.
  const options = body.stream_options;
  if (request.stream && JSON.stringify(options) === '{"include_usage":true}') {
    reader.used.add('stream_options');
  }
  return finish(reader, request);
}

export function anthropicBodyToRequest(body: Record<string, unknown>): BodyReading {
  const reader: Reader = { body, used: new Set(['model', 'messages', 'system']), notes: [], problems: [] };
  const messages: ChatMessage[] = [];
  forEachMessage(reader, (role, content, where) => {
    if (role === 'user' || role === 'assistant') {
      messages.push({ role, content: textOf(content, where, reader) });
    } else {
      reader.notes.push(
        `${where} has the role ${String(role)}, which the Messages API does not have; it is left out`,
      );
    }
  });
  const system = body.system === undefined ? '' : textOf(body.system, 'system', reader);
  const request = baseRequest(reader, messages, system);
  takeInteger(reader, 'max_tokens', (value) => (request.maxTokens = value));
  takeNumber(reader, 'temperature', 0, 2, (value) => (request.temperature = value));
  takeNumber(reader, 'top_p', 0, 1, (value) => (request.topP = value));
  takeStop(reader, 'stop_sequences', request);
  return finish(reader, request);
}

function forEachMessage(
  reader: Reader,
  visit: (role: unknown, content: unknown, where: string) => void,
): void {
  const messages = reader.body.messages;
  if (!Array.isArray(messages)) {
    reader.problems.push('the body has no "messages" list');
    return;
  }
  messages.forEach((message: unknown, index) => {
    const where = `message ${index + 1}`;
    if (typeof message !== 'object' || message === null) {
      reader.problems.push(`${where} is not an object`);
      return;
    }
    const { role, content, ...rest } = message as Record<string, unknown>;
    const left = Object.keys(rest);
    if (left.length > 0) {
      reader.notes.push(`${where}: left out ${left.join(', ')} (the composer holds role and text)`);
    }
    visit(role, content, where);
  });
}

/** A string, or content blocks whose text parts are joined; other blocks are named in a note. */
function textOf(content: unknown, where: string, reader: Reader): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) {
    reader.notes.push(`${where} has no text content; it is kept as an empty message`);
    return '';
  }
  if (!Array.isArray(content)) {
    reader.problems.push(`${where}: content is neither text nor a list of content blocks`);
    return '';
  }
  const texts: string[] = [];
  const others: string[] = [];
  for (const block of content as unknown[]) {
    const type = typeof block === 'object' && block !== null ? (block as { type?: unknown }).type : undefined;
    const { text, type: _type, ...rest } = type === 'text' ? (block as Record<string, unknown>) : {};
    if (typeof text !== 'string') {
      others.push(typeof type === 'string' ? type : typeof block);
      continue;
    }
    texts.push(text);
    // cache_control, citations: the composer has no place for them.
    for (const key of Object.keys(rest)) others.push(`${key} of a text block`);
  }
  if (texts.length > 1) reader.notes.push(`${where}: ${texts.length} text blocks are joined into one text`);
  if (others.length > 0) {
    reader.notes.push(`${where}: left out ${[...new Set(others)].join(', ')} (the composer sends text only)`);
  }
  return texts.join('\n');
}

function baseRequest(reader: Reader, messages: ChatMessage[], system: string): ChatRequest {
  const model = reader.body.model;
  if (typeof model !== 'string' || model.trim() === '') reader.problems.push('the body has no "model"');
  if (messages.length === 0 && Array.isArray(reader.body.messages)) {
    reader.problems.push('the body has no user or assistant message');
  }
  const stream = reader.body.stream;
  reader.used.add('stream');
  if (stream !== undefined && typeof stream !== 'boolean') {
    reader.notes.push('"stream" is not true or false; read as false');
  }
  const request: ChatRequest = {
    model: typeof model === 'string' ? model : '',
    messages,
    stream: stream === true,
  };
  if (system !== '') request.system = system;
  return request;
}

function takeNumber(
  reader: Reader,
  field: string,
  min: number,
  max: number,
  set: (value: number) => void,
): void {
  const value = reader.body[field];
  if (value === undefined) return;
  if (typeof value === 'number' && value >= min && value <= max) {
    set(value);
    reader.used.add(field);
  } else {
    reader.notes.push(
      `${field} ${JSON.stringify(value)} is not a number from ${min} to ${max}; it is kept as an extra parameter`,
    );
  }
}

function takeInteger(reader: Reader, field: string, set: (value: number) => void): void {
  const value = reader.body[field];
  if (value === undefined) return;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    set(value);
    reader.used.add(field);
  } else {
    reader.notes.push(
      `${field} ${JSON.stringify(value)} is not a positive whole number; it is kept as an extra parameter`,
    );
  }
}

/** The composer holds up to four non-empty stop strings, as both vendors accept. */
function takeStop(reader: Reader, field: string, request: ChatRequest): void {
  const value = reader.body[field];
  if (value === undefined) return;
  const list = typeof value === 'string' ? [value] : value;
  const valid =
    Array.isArray(list) && list.length <= 4 && list.every((item) => typeof item === 'string' && item !== '');
  if (!valid) {
    reader.notes.push(`${field} is not a list of up to four strings; it is kept as an extra parameter`);
    return;
  }
  if (list.length > 0) request.stop = list as string[];
  reader.used.add(field);
}

function finish(reader: Reader, request: ChatRequest): BodyReading {
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  const extraParameters: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(reader.body)) {
    if (!reader.used.has(field)) extraParameters[field] = value;
  }
  const extra = Object.keys(extraParameters);
  if (extra.length > 0) reader.notes.push(`extra parameters (kept): ${extra.join(', ')}`);
  return { ok: true, request, extraParameters, notes: reader.notes };
}
