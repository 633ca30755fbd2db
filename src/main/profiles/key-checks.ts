import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { KeyWarning } from '../../shared/profile-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { translate } from '../errors/translate.ts';

// Characters a copied key picks up by accident: whitespace, control characters, and invisible
// format characters such as the zero-width space web pages put in long tokens.
const unsendableCharacter = /[\s\p{Cc}\p{Cf}]/u;
// Schemes, `www.`, and host names with a port or path (api.example.com/v1, 127.0.0.1:11434).
const urlPattern = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?\//i;
const hostWithPortPattern = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+):\d+$/i;

function warning(code: KeyWarning['code'], fixable = false): KeyWarning {
  return { code, message: translate(`hints.key-warning-${code}`), fixable };
}

/**
 * What looks wrong with a pasted key, most serious first. Pure, and never echoes the key: the
 * window offers the fixes (the trimmed key) itself. Vendor prefixes are checked only against the
 * official formats, since OpenAI-compatible relays accept keys of any shape.
 */
export function checkKey(key: string, format: ProviderFormat): KeyWarning[] {
  const trimmed = key.trim();
  if (trimmed === '') return [warning('empty')];
  const warnings: KeyWarning[] = [];
  if (trimmed !== key) warnings.push(warning('surrounding-whitespace', true));
  if (unsendableCharacter.test(trimmed)) warnings.push(warning('inner-whitespace'));
  if (format === 'openai-chat' && trimmed.startsWith('sk-ant-'))
    warnings.push(warning('anthropic-key-on-openai'));
  if (format === 'anthropic-messages' && trimmed.startsWith('sk-') && !trimmed.startsWith('sk-ant-')) {
    warnings.push(warning('openai-key-on-anthropic'));
  }
  if (urlPattern.test(trimmed) || hostWithPortPattern.test(trimmed)) warnings.push(warning('looks-like-url'));
  return warnings;
}

/**
 * Why a key cannot be saved as typed, or undefined to save it exactly as typed. Keys are never
 * altered here: the window shows checkKey's warnings and sends the fixed key if the user wants it.
 * Refused are only keys that cannot work: empty ones, and ones with a character an HTTP header
 * cannot carry inside them or around them (a line break). Spaces or tabs around a key travel
 * (HTTP ignores them around a header value), so a user who keeps them after the warning gets them.
 * The error names the problem, never the key.
 */
export function refusePastedKey(key: string, format: ProviderFormat): AppError | undefined {
  const warnings = checkKey(key, format);
  const refused = warnings.find(
    (candidate) =>
      candidate.code === 'empty' ||
      candidate.code === 'inner-whitespace' ||
      (candidate.code === 'surrounding-whitespace' && /[^ \t]/.test(surroundingOf(key))),
  );
  if (!refused) return undefined;
  return makeError('invalid-payload', {
    hintKey: `key-warning-${refused.code}`,
    params: {
      detail:
        refused.code === 'empty'
          ? 'key: the key is empty'
          : 'key: it contains a character that cannot be sent in a request header',
    },
  });
}

function surroundingOf(key: string): string {
  const start = key.length - key.trimStart().length;
  const end = key.trimEnd().length;
  return key.slice(0, start) + key.slice(end);
}
