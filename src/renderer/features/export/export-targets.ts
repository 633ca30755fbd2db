import { create } from 'zustand';
import type { ProviderFormat } from '../../../shared/chat-schemas.ts';
import { type ExportTarget, exportTargetSchema } from '../../../shared/export-schemas.ts';
import type { TranslationTarget } from '../../../shared/format-translation.ts';

/** In the contract's order: curl for the three shells first, as most people want one of those. */
export const exportTargets: readonly ExportTarget[] = exportTargetSchema.options;

export const translationTargets: readonly TranslationTarget[] = ['openai-chat', 'anthropic-messages'];

/**
 * The format a profile does not speak, which "View as" shows first: the profile's own is what the
 * Code tab already writes. OpenAI-compatible endpoints take the OpenAI Chat body.
 */
export function otherFormat(format: ProviderFormat | undefined): TranslationTarget {
  return format === 'anthropic-messages' ? 'openai-chat' : 'anthropic-messages';
}

interface LastTargetState {
  target: ExportTarget;
  choose(target: ExportTarget): void;
}

/** Whoever exports Python once usually wants Python the next time too, until the window closes. */
export const useLastTarget = create<LastTargetState>()((set) => ({
  target: 'curl-bash',
  choose(target) {
    set({ target });
  },
}));
