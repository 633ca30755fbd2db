import { z } from 'zod';

// The open tabs as the editors hold them: numbers stay the text that was typed, so a draft comes
// back after a restart exactly as it was left, invalid values included.

const text = z.string().max(1_000_000);

const draftMessageSchema = z.object({
  id: z.string().min(1).max(100),
  role: z.enum(['user', 'assistant']),
  content: text,
});

export const requestDraftSchema = z.object({
  profileId: z.string().max(200),
  model: z.string().max(500),
  system: text,
  messages: z.array(draftMessageSchema).min(1).max(500),
  temperature: z.string().max(100),
  maxTokens: z.string().max(100),
  topP: z.string().max(100),
  stop: z.string().max(10_000),
  stream: z.boolean(),
  extra: z.string().max(100_000),
  /** The collection file this draft was opened from or saved to: Save writes there again. */
  source: z.object({ collectionId: z.string().max(100), path: z.string().max(500) }).optional(),
});
export type RequestDraft = z.infer<typeof requestDraftSchema>;

const paneDraftSchema = z.object({
  id: z.string().min(1).max(100),
  profileId: z.string().max(200),
  model: z.string().max(500),
  temperature: z.string().max(100),
  maxTokens: z.string().max(100),
  topP: z.string().max(100),
  stop: z.string().max(10_000),
  stream: z.boolean(),
  view: z.enum(['markdown', 'plain']),
  answers: z.array(text).max(200),
  historyIds: z.array(z.string().max(100)).max(200),
});

export const comparisonDraftSchema = z.object({
  comparisonId: z.string().min(1).max(100),
  name: z.string().max(500),
  savedAt: z.number().optional(),
  system: text,
  messages: z.array(draftMessageSchema).min(1).max(500),
  followUps: z.array(text).max(200),
  followUpDraft: text,
  panes: z.array(paneDraftSchema).max(6),
  syncScroll: z.boolean(),
});
export type ComparisonDraft = z.infer<typeof comparisonDraftSchema>;

export const workspaceTabSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string().min(1).max(100), kind: z.literal('request'), draft: requestDraftSchema }),
  z.object({
    id: z.string().min(1).max(100),
    kind: z.literal('comparison'),
    comparison: comparisonDraftSchema,
  }),
]);
export type WorkspaceTab = z.infer<typeof workspaceTabSchema>;

export const maximumTabs = 30;

export const workspaceSchema = z
  .object({
    tabs: z.array(workspaceTabSchema).min(1).max(maximumTabs),
    activeTabId: z.string(),
  })
  .refine((workspace) => workspace.tabs.some((tab) => tab.id === workspace.activeTabId), {
    message: 'activeTabId names no open tab',
    path: ['activeTabId'],
  });
export type Workspace = z.infer<typeof workspaceSchema>;
