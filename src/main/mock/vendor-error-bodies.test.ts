import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VendorErrorKind } from './mock-behaviours.ts';
import { parseEvents } from './mock-test-client.ts';
import {
  ANTHROPIC_STREAM_ERROR,
  anthropicError,
  OPENAI_STREAM_ERROR,
  openAiError,
} from './vendor-error-bodies.ts';

const FIXTURES = new URL('../../../fixtures/wire/', import.meta.url);

/** A fixture file without its leading `#` comment lines. */
function fixture(name: string): string {
  const lines = readFileSync(new URL(name, FIXTURES), 'utf8').split('\n');
  while (lines[0]?.startsWith('#')) lines.shift();
  return lines.join('\n');
}

/** Every key path of a JSON value with the type found there: the structure, values aside. */
function shapeOf(value: unknown, path = ''): Record<string, string> {
  if (value === null) return { [path]: 'null' };
  if (Array.isArray(value)) return { [path]: 'array' };
  if (typeof value !== 'object') return { [path]: typeof value };
  const shape: Record<string, string> = path ? { [path]: 'object' } : {};
  for (const [key, child] of Object.entries(value))
    Object.assign(shape, shapeOf(child, path ? `${path}.${key}` : key));
  return shape;
}

const context = { model: 'gpt-4o', requestId: 'req_0123456789abcdef0123456789abcdef' };
const ALL_KINDS: VendorErrorKind[] = [
  'bad-request',
  'authentication',
  'permission',
  'not-found',
  'rate-limit',
  'quota',
  'server',
  'overloaded',
];

describe('OpenAI error bodies', () => {
  it.each([
    ['bad-request', 'openai_error_400_unsupported_parameter.json'],
    ['authentication', 'openai_error_401_invalid_api_key.json'],
    ['rate-limit', 'openai_error_429_rate_limit_exceeded.json'],
    ['quota', 'openai_error_429_insufficient_quota.json'],
    ['server', 'openai_error_500_server_error.json'],
  ] as const)('%s has the structure and code of %s', (kind, file) => {
    const real = JSON.parse(fixture(file));
    const ours = openAiError(kind, context);
    expect(shapeOf(ours.body)).toEqual(shapeOf(real));
    expect(ours.body.error.code).toBe(real.error.code);
    expect(Number(file.match(/_(\d{3})_/)?.[1])).toBe(ours.status);
  });

  it('every kind keeps the keys and value types the fixtures show', () => {
    const files = [
      '400_unsupported_parameter',
      '401_invalid_api_key',
      '429_insufficient_quota',
      '500_server_error',
    ];
    const allowed = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [path, type] of Object.entries(shapeOf(JSON.parse(fixture(`openai_error_${file}.json`))))) {
        allowed.set(path, (allowed.get(path) ?? new Set()).add(type));
      }
    }
    for (const kind of ALL_KINDS) {
      const shape = shapeOf(openAiError(kind, context).body);
      expect(Object.keys(shape).sort(), kind).toEqual([...allowed.keys()].sort());
      for (const [path, type] of Object.entries(shape))
        expect(allowed.get(path), `${kind} ${path}`).toContain(type);
    }
  });

  it('the in-stream error is the payload of openai_chat_stream_error_chunk.sse', () => {
    const [error, done] = parseEvents(fixture('openai_chat_stream_error_chunk.sse'));
    expect(OPENAI_STREAM_ERROR).toEqual(JSON.parse(error?.data ?? ''));
    expect(done?.data).toBe('[DONE]');
  });
});

describe('Anthropic error bodies', () => {
  it.each([
    ['bad-request', 'anthropic_error_400_invalid_request.json'],
    ['authentication', 'anthropic_error_401_authentication.json'],
    ['rate-limit', 'anthropic_error_429_rate_limit.json'],
    ['server', 'anthropic_error_500_api_error.json'],
    ['overloaded', 'anthropic_error_overloaded.json'],
  ] as const)('%s has the structure and type of %s', (kind, file) => {
    const real = JSON.parse(fixture(file));
    const ours = anthropicError(kind, { ...context, requestId: 'req_011CSLsW7mFqvHHnzrKdKjAE' });
    const expected = shapeOf(real);
    // Older bodies (the 2024 401 fixture) predate request_id; current ones carry it.
    expected.request_id ??= 'string';
    expect(shapeOf(ours.body)).toEqual(expected);
    expect(ours.body.error.type).toBe(real.error.type);
  });

  it('every kind uses the error type Anthropic documents for its status', () => {
    const typeByStatus: Record<number, string> = {
      400: 'invalid_request_error',
      401: 'authentication_error',
      403: 'permission_error',
      404: 'not_found_error',
      429: 'rate_limit_error',
      500: 'api_error',
      529: 'overloaded_error',
    };
    const reference = shapeOf(JSON.parse(fixture('anthropic_error_429_rate_limit.json')));
    for (const kind of ALL_KINDS) {
      const { status, body } = anthropicError(kind, {
        ...context,
        requestId: 'req_011CSLsW7mFqvHHnzrKdKjAE',
      });
      expect(body.error.type, kind).toBe(typeByStatus[status]);
      expect(shapeOf(body), kind).toEqual(reference);
    }
  });

  it('the in-stream error is the payload of anthropic_stream_error_overloaded.sse', () => {
    const [event] = parseEvents(fixture('anthropic_stream_error_overloaded.sse'));
    expect(event?.event).toBe('error');
    expect(ANTHROPIC_STREAM_ERROR).toEqual(JSON.parse(event?.data ?? ''));
  });
});
