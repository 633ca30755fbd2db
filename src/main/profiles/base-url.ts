import { maskKey } from '../../shared/mask-key.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';

/**
 * Accepts an http(s) URL as a user pastes it for an SDK and returns it without trailing slashes,
 * since adapters append `/chat/completions` or `/v1/messages` to it.
 */
export function normalizeBaseUrl(text: string): string | undefined {
  const trimmed = text.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.search || parsed.hash) return undefined;
  return trimmed.replace(/\/+$/, '');
}

// Prefixes vendors give their keys: OpenAI, Anthropic, DeepSeek, Moonshot, DashScope and OpenRouter
// (sk-), Google (AIza), Groq (gsk_), xAI, Replicate, Hugging Face.
const keyPrefixPattern = /^(sk-|sk_|AIza|gsk_|xai-|r8_|hf_)/;
const tokenPattern = /^[A-Za-z0-9._~+=-]{20,}$/;
const hostNamePattern = /^([a-z0-9-]+\.)+[a-z]{2,24}(:\d+)?$/i;

/**
 * Whether text pasted where a URL or a plain header belongs is most likely a key: the fields sit
 * side by side, and a key saved as a base URL would be shown, stored and sent in the clear.
 */
export function looksLikeApiKey(text: string): boolean {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) return false;
  if (/^bearer\s+\S{8,}$/i.test(trimmed)) return true;
  if (keyPrefixPattern.test(trimmed) && !/\s/.test(trimmed)) return true;
  if (!tokenPattern.test(trimmed) || hostNamePattern.test(trimmed)) return false;
  return /[0-9]/.test(trimmed) && /[A-Za-z]/.test(trimmed);
}

/** The base URL as it will be stored, or the error that says why not; a key is never echoed. */
export function checkBaseUrl(
  text: string,
  example: string,
): { ok: true; baseUrl: string } | { ok: false; error: AppError } {
  if (looksLikeApiKey(text)) {
    return {
      ok: false,
      error: makeError('invalid-base-url', {
        hintKey: 'base-url-looks-like-key',
        params: { baseUrl: maskKey(text.trim()), example },
      }),
    };
  }
  const baseUrl = normalizeBaseUrl(text);
  if (baseUrl) return { ok: true, baseUrl };
  return {
    ok: false,
    error: makeError('invalid-base-url', { hintKey: 'fix-base-url', params: { baseUrl: text, example } }),
  };
}
