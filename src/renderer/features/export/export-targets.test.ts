import { describe, expect, it } from 'vitest';
import { exportTargets, otherFormat } from './export-targets.ts';

describe('otherFormat', () => {
  it('shows an OpenAI-style profile as Anthropic Messages and an Anthropic one as OpenAI Chat', () => {
    expect(otherFormat('openai-chat')).toBe('anthropic-messages');
    expect(otherFormat('openai-compatible')).toBe('anthropic-messages');
    expect(otherFormat('anthropic-messages')).toBe('openai-chat');
    expect(otherFormat(undefined)).toBe('anthropic-messages');
  });
});

describe('exportTargets', () => {
  it('offers every target the contract knows, curl for bash first', () => {
    expect(exportTargets).toEqual([
      'curl-bash',
      'curl-cmd',
      'curl-powershell',
      'python',
      'typescript',
      'fetch',
    ]);
  });
});
