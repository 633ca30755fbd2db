import { z } from 'zod';
import { appErrorSchema } from './result.ts';

/** Frames of browser mode's WebSocket: the same contract as Electron IPC, as JSON messages. */
export const clientFrameSchema = z.object({
  kind: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string(),
  input: z.unknown(),
});
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const serverFrameSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('result'),
    id: z.number().int().nonnegative().nullable(),
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: appErrorSchema }),
    ]),
  }),
  z.object({ kind: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

export const browserSocketPath = '/ws';
export const browserTokenParameter = 'token';
export const browserTokenCookie = 'promptwire_token';
