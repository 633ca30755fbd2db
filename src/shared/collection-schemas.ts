import { z } from 'zod';
import { chatMessageSchema } from './chat-schemas.ts';

// A collection is a folder of plain JSON files a team keeps in git, as Bruno users do: one file for
// the collection, one per environment, one per saved request. Secret variables are only named in
// the files; their values stay in each person's key store.

const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z_][\w.-]*$/, 'A variable name is letters, digits, _, - and .');
const variablesSchema = z.record(variableNameSchema, z.string());

export const collectionFileName = 'promptwire-collection.json';

export const collectionFileSchema = z.object({
  promptwire: z.literal('collection'),
  version: z.literal(1),
  /** Stable across clones of the repository: secret values are stored per collection id. */
  id: z.string().uuid(),
  name: z.string().trim().min(1).max(200),
  variables: variablesSchema.default({}),
  /** Names whose values each person keeps in their own key store. */
  secretVariables: z.array(variableNameSchema).default([]),
});
export type CollectionFile = z.infer<typeof collectionFileSchema>;

export const environmentFileSchema = z.object({
  promptwire: z.literal('environment'),
  version: z.literal(1),
  variables: variablesSchema.default({}),
  secretVariables: z.array(variableNameSchema).default([]),
});
export type EnvironmentFile = z.infer<typeof environmentFileSchema>;

export const savedRequestFileSchema = z.object({
  promptwire: z.literal('request'),
  version: z.literal(1),
  profileId: z.string().min(1),
  model: z.string(),
  system: z.string().optional(),
  messages: z.array(chatMessageSchema).min(1),
  temperature: z.number().optional(),
  maxTokens: z.number().int().optional(),
  topP: z.number().optional(),
  stop: z.array(z.string()).optional(),
  stream: z.boolean(),
  extra: z.record(z.string(), z.unknown()).optional(),
});
export type SavedRequestFile = z.infer<typeof savedRequestFileSchema>;

/** A saved request's place in its collection: folders, then the file name without `.request.json`. */
export const itemPathSchema = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (path) =>
      path
        .split('/')
        .every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:*?"<>|]/.test(part)),
    'A saved request path is folder/name: no empty parts, no "..", none of \\ : * ? " < > |',
  );

export interface CollectionItem {
  path: string;
  folder: string;
  name: string;
}
