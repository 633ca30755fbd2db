import { z } from 'zod';
import { appearanceSettingsSchema } from './appearance-schemas.ts';
import { chatRequestSchema, streamEventSchema } from './chat-schemas.ts';
import { collectionIdSchema, collectionMethods } from './collection-contract.ts';
import { comparisonIdSchema, comparisonSchema, comparisonSummarySchema } from './comparison-schemas.ts';
import {
  exportedCodeSchema,
  exportRequestInputSchema,
  importCurlInputSchema,
  importedCurlSchema,
} from './export-schemas.ts';
import {
  historyEntrySchema,
  historyFilterSchema,
  historyPageSchema,
  historySettingsSchema,
  historySummarySchema,
} from './history-schemas.ts';
import {
  appSettingsSchema,
  connectionTestResultSchema,
  profileProxySchema,
  proxySettingsSchema,
  retrySettingsSchema,
  timeoutSettingsSchema,
  tlsSettingsSchema,
} from './network-schemas.ts';
import {
  keySlotSchema,
  keyStatusSchema,
  keyStorageStatusSchema,
  keyWarningSchema,
  modelPriceSchema,
  presetSchema,
  profileSummarySchema,
} from './profile-schemas.ts';
import type { Result } from './result.ts';
import { workspaceSchema } from './workspace-schemas.ts';

const requestIdSchema = z.string().trim().min(1).max(100);

/**
 * The one contract between the renderer and the main process. A capability starts here: the
 * handler table, the preload bridge and the browser-mode client are typed from this object, so
 * the compiler points at every place a new method must be wired.
 */
export const methods = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      transport: z.enum(['electron', 'browser']),
      dataDirectory: z.string(),
      /** Things to tell the user about config.json (set aside as unreadable, values ignored); absent when none. */
      notices: z.array(z.string()).optional(),
    }),
  },
  'profiles.list': {
    input: z.object({}),
    output: z.array(profileSummarySchema),
  },
  'profiles.update': {
    input: z.object({
      profileId: z.string().min(1),
      baseUrl: z.string().trim().min(1).optional(),
      defaultModel: z.string().trim().min(1).optional(),
      proxy: profileProxySchema.optional(),
      tls: tlsSettingsSchema.optional(),
      name: z.string().trim().min(1).max(80).optional(),
      /** Replaces all extra headers; a masked value sent back unchanged keeps the stored one. */
      headers: z.record(z.string().trim().min(1), z.string()).optional(),
      /** Replaces the whole price table. */
      prices: z.record(z.string().trim().min(1), modelPriceSchema).optional(),
    }),
    output: profileSummarySchema,
  },
  'presets.list': {
    input: z.object({}),
    output: z.array(presetSchema),
  },
  'profiles.create': {
    input: z.object({ presetId: z.string().min(1), name: z.string().trim().min(1).max(80).optional() }),
    output: profileSummarySchema,
  },
  'profiles.delete': {
    input: z.object({ profileId: z.string().min(1) }),
    output: z.object({ deleted: z.boolean() }),
  },
  /** Asks the profile's endpoint for its models (GET /models or the vendor's equivalent). */
  'models.fetch': {
    input: z.object({ profileId: z.string().min(1) }),
    output: z.object({ models: z.array(z.string()) }),
  },
  'settings.get': {
    input: z.object({}),
    output: appSettingsSchema,
  },
  'settings.update': {
    input: z.object({
      proxy: proxySettingsSchema.optional(),
      timeouts: timeoutSettingsSchema.partial().optional(),
      retry: retrySettingsSchema.partial().optional(),
      history: historySettingsSchema.optional(),
      appearance: appearanceSettingsSchema.partial().optional(),
    }),
    output: appSettingsSchema,
  },
  /** Newest first; `before` is the cursor of the previous page. */
  'history.list': {
    input: historyFilterSchema.extend({
      limit: z.number().int().positive().max(1000).optional(),
      before: z.string().optional(),
      /** Count every match rather than stopping at 1,000 (slower): for a number the user confirms. */
      exactTotal: z.boolean().optional(),
    }),
    output: historyPageSchema,
  },
  'history.get': {
    input: z.object({ id: z.string().min(1) }),
    output: historyEntrySchema,
  },
  'history.delete': {
    input: z.object({ ids: z.array(z.string().min(1)).min(1).max(10_000) }),
    output: z.object({ deleted: z.number().int().nonnegative() }),
  },
  /** Deletes every entry matching the filter; `confirm` guards against a stray call. */
  'history.deleteMatching': {
    input: historyFilterSchema.extend({ confirm: z.literal(true) }),
    output: z.object({ deleted: z.number().int().nonnegative() }),
  },
  'history.clear': {
    input: z.object({ confirm: z.literal(true) }),
    output: z.object({ deleted: z.number().int().nonnegative() }),
  },
  /** The matching entries as JSON Lines, one entry per line, newest first. */
  /**
   * One part of the JSONL export, newest first: call again with `before: nextCursor` until it is
   * absent. Parts stay a few megabytes, so a history of gigabytes never travels as one message.
   */
  'history.export': {
    input: historyFilterSchema.extend({ before: z.string().optional() }),
    output: z.object({
      fileName: z.string(),
      jsonl: z.string(),
      count: z.number().int().nonnegative(),
      nextCursor: z.string().optional(),
    }),
  },
  /** A cheap authenticated call (the model list) that reports the path taken and the answer. */
  'connection.test': {
    /** keyId: test that key of the profile rather than the one rotation would use next. */
    input: z.object({ profileId: z.string().min(1), keyId: z.string().min(1).optional() }),
    output: connectionTestResultSchema,
  },
  'keys.set': {
    input: z.object({ profileId: z.string().min(1), key: z.string().min(1, 'Paste a key') }),
    output: keyStatusSchema,
  },
  'keys.clear': {
    input: z.object({ profileId: z.string().min(1) }),
    output: keyStatusSchema,
  },
  /** Adds a key to the profile's rotation (keys.set replaces them all with one). */
  'keys.add': {
    input: z.object({
      profileId: z.string().min(1),
      key: z.string().min(1, 'Paste a key'),
      /** stored (the default): encrypted in the data directory; session: memory only. */
      storage: z.enum(['stored', 'session']).optional(),
    }),
    output: z.array(keySlotSchema),
  },
  /** Sanity checks on a pasted key before it is saved; nothing is stored. */
  'keys.check': {
    input: z.object({ profileId: z.string().min(1), key: z.string() }),
    output: z.array(keyWarningSchema),
  },
  'keys.storage': {
    input: z.object({}),
    output: keyStorageStatusSchema,
  },
  'keys.remove': {
    input: z.object({ profileId: z.string().min(1), keyId: z.string().min(1) }),
    output: z.array(keySlotSchema),
  },
  /** Starts a completion; progress arrives as `chat.event` events with the same requestId. */
  'chat.start': {
    input: z.object({
      requestId: requestIdSchema,
      profileId: z.string().min(1),
      request: chatRequestSchema,
      /** Set by a comparison pane: the call is kept as source 'comparison', linked to it. */
      comparisonId: z.string().min(1).max(100).optional(),
      /**
       * A request of this collection: the host fills in its `{{variables}}` (system prompt,
       * messages, the profile's header values) with the collection's current environment and
       * secrets. The window never reads a secret's value; it sees one only where it was sent in
       * a prompt (a header's value is masked in the Raw tab and the history).
       */
      collectionId: collectionIdSchema.optional(),
    }),
    /** historyId: the history entry this call is being written to. */
    output: z.object({ requestId: z.string(), historyId: z.string().optional() }),
  },
  /** The request as curl or code, exactly as Promptwire would send it through this profile. */
  'request.export': {
    input: exportRequestInputSchema,
    output: exportedCodeSchema,
  },
  /**
   * A pasted curl command as a draft for a profile with that base URL and format (made when none
   * has them); a key in the command is saved to that profile's keys, never left in the draft.
   */
  'request.importCurl': {
    input: importCurlInputSchema,
    output: importedCurlSchema,
  },
  /** Saved comparisons, newest first; `problems` names files that could not be read. */
  'comparisons.list': {
    input: z.object({}),
    output: z.object({ comparisons: z.array(comparisonSummarySchema), problems: z.array(z.string()) }),
  },
  'comparisons.get': {
    input: z.object({ id: comparisonIdSchema }),
    output: comparisonSchema,
  },
  /** Saves (or replaces) a comparison; savedAt is set by the host. */
  'comparisons.save': {
    input: comparisonSchema.omit({ savedAt: true }),
    output: comparisonSummarySchema,
  },
  'comparisons.delete': {
    input: z.object({ id: comparisonIdSchema }),
    output: z.object({ deleted: z.boolean() }),
  },
  /** The open tabs and their unsent drafts, as last saved; a `problem` when the file was unreadable. */
  'workspace.get': {
    input: z.object({}),
    output: z.object({ workspace: workspaceSchema.optional(), problem: z.string().optional() }),
  },
  /** Replaces the saved tabs; the window calls it shortly after every change. */
  'workspace.save': {
    input: workspaceSchema,
    output: z.object({}),
  },
  ...collectionMethods,
  /** Cancels a running completion and closes its upstream connection. */
  'chat.cancel': {
    input: z.object({ requestId: requestIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'chat.event': z.object({ requestId: z.string(), event: streamEventSchema }),
  /** An entry was added or changed (its status, when it ends); the list refreshes that row. */
  'history.updated': z.object({ entry: historySummarySchema }),
} as const satisfies Record<string, z.ZodType>;

export type MethodName = keyof typeof methods;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type ParsedMethodInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** What the renderer holds: one function per method, and a typed event subscription. */
export type PromptwireApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export type PromptwireBridge = PromptwireApi & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** The name the preload gives the bridge on `window`. */
export const bridgeGlobalName = 'promptwire';
