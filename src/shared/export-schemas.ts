import { z } from 'zod';
import { chatRequestSchema } from './chat-schemas.ts';

/** What a request can be exported as: curl for three shells, two SDK languages and plain fetch. */
export const exportTargetSchema = z.enum([
  'curl-bash',
  'curl-cmd',
  'curl-powershell',
  'python',
  'typescript',
  'fetch',
]);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

export const exportRequestInputSchema = z.object({
  profileId: z.string().min(1),
  request: chatRequestSchema,
  target: exportTargetSchema,
  /**
   * Write the profile's real key into the code. Off by default: the code reads the key from the
   * profile's environment variable instead. The window asks before turning it on.
   */
  includeKey: z.boolean().optional(),
});

export const exportedCodeSchema = z.object({
  code: z.string(),
  /** For highlighting and the file name: bash, bat, powershell, python, typescript, javascript. */
  language: z.enum(['bash', 'bat', 'powershell', 'python', 'typescript', 'javascript']),
  /** True when the real key is in `code`: the window shows a warning next to it. */
  containsKey: z.boolean(),
  /** The environment variable the code reads the key from, when it reads one. */
  keyVariable: z.string().optional(),
  /** What the export could not carry over or chose for the user (a masked proxy password…). */
  notes: z.array(z.string()),
});
export type ExportedCode = z.infer<typeof exportedCodeSchema>;

export const importCurlInputSchema = z.object({
  command: z.string().min(1, 'Paste a curl command'),
});

/** A pasted curl as a ready draft: the key went to the key store, never into the request. */
export const importedCurlSchema = z.object({
  profileId: z.string(),
  profileName: z.string(),
  /** Set when no profile had this base URL and format, so one was made. */
  createdProfile: z.boolean(),
  request: chatRequestSchema,
  /** True when a key from the command was saved to the profile's key store. */
  keySaved: z.boolean(),
  /** Everything not carried over as it was, and every flag that was ignored. */
  notes: z.array(z.string()),
});
export type ImportedCurl = z.infer<typeof importedCurlSchema>;
