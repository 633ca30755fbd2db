import type { ProviderFormat } from '../../shared/chat-schemas.ts';

/** Where and how one request goes; injected per call, so adapters hold no state. */
export interface ProviderTarget {
  format: ProviderFormat;
  /** As the official SDKs take it: OpenAI-style with /v1, Anthropic-style without. */
  baseUrl: string;
  apiKey?: string;
  /** Extra headers from the profile (relay services often want their own). */
  headers?: Record<string, string>;
}
