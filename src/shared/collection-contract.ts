import { z } from 'zod';
import { chatRequestSchema } from './chat-schemas.ts';
import { itemPathSchema } from './collection-schemas.ts';

// The collections part of the contract (contract.ts spreads it into its methods). A collection is
// a folder of readable files (collection-schemas.ts) the user picks; which folders are open and
// which environment each uses are this machine's, kept by the host in the data directory.

export const collectionIdSchema = z.string().uuid();

const environmentNameSchema = z
  .string()
  .trim()
  .regex(/^[\w-][\w.-]{0,99}$/, 'An environment name is letters, digits, _, - and . (up to 100)');

const variableNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][\w.-]*$/, 'A variable name starts with a letter or _, then letters, digits, _, - or .');

/** The variables of the collection itself or of one environment, as the window may see them. */
export const variableScopeSchema = z.object({
  variables: z.record(z.string(), z.string()),
  /** Secret values never leave the host: only whether this machine has one. */
  secrets: z.array(z.object({ name: z.string(), hasValue: z.boolean() })),
});
export type VariableScope = z.infer<typeof variableScopeSchema>;

export const collectionViewSchema = z.object({
  id: collectionIdSchema,
  name: z.string(),
  folder: z.string(),
  /** The environment whose values apply now; absent: the collection's own values only. */
  environment: z.string().optional(),
  variables: variableScopeSchema,
  environments: z.record(z.string(), variableScopeSchema),
  items: z.array(z.object({ path: z.string(), folder: z.string(), name: z.string() })),
  /** Files in the folder that could not be read, each with why. */
  problems: z.array(z.string()),
});
export type CollectionView = z.infer<typeof collectionViewSchema>;

/** A saved request: the request as the composer sends it, and the profile it goes through. */
export const collectionRequestSchema = z.object({
  profileId: z.string().min(1),
  request: chatRequestSchema,
});
export type CollectionRequest = z.infer<typeof collectionRequestSchema>;

const collectionRef = { collectionId: collectionIdSchema };

export const collectionMethods = {
  /** The open collections; `problems` names folders that could not be read (they stay listed there). */
  'collections.list': {
    input: z.object({}),
    output: z.object({
      collections: z.array(collectionViewSchema),
      problems: z.array(
        z.object({
          folder: z.string(),
          problem: z.string(),
          /** Known once the folder was read: the entry can then be closed (collections.close). */
          collectionId: z.string().optional(),
        }),
      ),
    }),
  },
  /** Opens the collection in a folder, making the folder and its collection file when there are none. */
  'collections.open': {
    input: z.object({
      folder: z.string().trim().min(1, 'Enter the folder’s full path'),
      name: z.string().trim().min(1).max(200).optional(),
    }),
    output: collectionViewSchema,
  },
  /** Forgets the collection on this machine; its files stay where they are. */
  'collections.close': {
    input: z.object(collectionRef),
    output: z.object({ closed: z.boolean() }),
  },
  'collections.getRequest': {
    input: z.object({ ...collectionRef, path: itemPathSchema }),
    output: collectionRequestSchema,
  },
  /** Writes `FOLDER/NAME.request.json`; an existing one is replaced only with `replace`. */
  'collections.saveRequest': {
    input: z.object({
      ...collectionRef,
      path: itemPathSchema,
      saved: collectionRequestSchema,
      replace: z.boolean().optional(),
    }),
    output: collectionViewSchema,
  },
  'collections.deleteRequest': {
    input: z.object({ ...collectionRef, path: itemPathSchema }),
    output: collectionViewSchema,
  },
  /** Chooses the environment whose values apply; null for the collection's own values only. */
  'collections.setEnvironment': {
    input: z.object({ ...collectionRef, environment: environmentNameSchema.nullable() }),
    output: collectionViewSchema,
  },
  /**
   * Replaces the variables of the collection (no `environment`) or of one environment, made when
   * new. A secret's `value` is stored in the key store; without one, the stored value is kept.
   * A secret left out of `secrets` loses its stored value.
   */
  'collections.saveVariables': {
    input: z.object({
      ...collectionRef,
      environment: environmentNameSchema.optional(),
      variables: z.record(variableNameSchema, z.string()),
      secrets: z.array(z.object({ name: variableNameSchema, value: z.string().optional() })),
    }),
    output: collectionViewSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
