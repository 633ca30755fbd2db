import { z } from 'zod';
import { appErrorSchema } from './result.ts';

export const providerFormatSchema = z.enum(['openai-chat', 'anthropic-messages', 'openai-compatible']);
export type ProviderFormat = z.infer<typeof providerFormatSchema>;

export const chatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** The normalized request the composer builds; adapters translate it to each vendor's body. */
export const chatRequestSchema = z.object({
  model: z.string().trim().min(1, 'Choose a model'),
  system: z.string().optional(),
  messages: z.array(chatMessageSchema).min(1, 'Add at least one message'),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().optional(),
  topP: z.number().min(0).max(1).optional(),
  stop: z.array(z.string().min(1)).max(4).optional(),
  stream: z.boolean(),
  /**
   * Body fields Promptwire has no control for (response_format, seed, tools…), sent as they are
   * after its own; kept from an imported curl rather than dropped. A field Promptwire sets wins.
   */
  extra: z.record(z.string(), z.unknown()).optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const usageSchema = z.object({
  inputTokens: z.number().int().nonnegative().optional(),
  outputTokens: z.number().int().nonnegative().optional(),
  reasoningTokens: z.number().int().nonnegative().optional(),
});
export type Usage = z.infer<typeof usageSchema>;

const headersSchema = z.record(z.string(), z.string());

// Every event carries atMs, milliseconds since the request was started, so the renderer, the
// CLI and (later) history compute the same timings from the same data.
const at = { atMs: z.number().nonnegative() };

/** Normalized stream events, noun-then-verb, as ARCHITECTURE.md lists them. */
export const streamEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('request-sent'),
    ...at,
    method: z.string(),
    url: z.string(),
    /** Request headers with every credential masked. */
    headers: headersSchema,
    body: z.string(),
    /** 1 for the first try; a retry sends again with the next number. */
    attempt: z.number().int().positive().optional(),
    /** 'direct', or the proxy used with its credentials masked. */
    via: z.string().optional(),
  }),
  /** An attempt failed before any answer arrived and another follows after retryInMs. */
  z.object({
    type: z.literal('attempt-failed'),
    ...at,
    attempt: z.number().int().positive(),
    error: appErrorSchema,
    retryInMs: z.number().nonnegative(),
    /** Set when the next attempt uses another of the profile's keys. */
    nextKeyLastFour: z.string().max(4).optional(),
  }),
  z.object({ type: z.literal('response-start'), ...at, status: z.number().int(), headers: headersSchema }),
  z.object({ type: z.literal('text-delta'), ...at, text: z.string() }),
  z.object({ type: z.literal('reasoning-delta'), ...at, text: z.string() }),
  z.object({
    type: z.literal('tool-call-delta'),
    ...at,
    index: z.number().int().nonnegative(),
    id: z.string().optional(),
    name: z.string().optional(),
    argumentsDelta: z.string(),
  }),
  z.object({ type: z.literal('usage-update'), ...at, usage: usageSchema }),
  /** The bytes on the wire, decoded as UTF-8 across chunk boundaries, for the Raw tab. */
  z.object({ type: z.literal('raw-chunk'), ...at, text: z.string() }),
  z.object({ type: z.literal('stream-end'), ...at, finishReason: z.string().nullable() }),
  z.object({ type: z.literal('stream-error'), ...at, error: appErrorSchema }),
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;
export type StreamEventType = StreamEvent['type'];

/** A stream event before the runner stamps its time. */
export type UntimedStreamEvent = StreamEvent extends infer E
  ? E extends StreamEvent
    ? Omit<E, 'atMs'>
    : never
  : never;
