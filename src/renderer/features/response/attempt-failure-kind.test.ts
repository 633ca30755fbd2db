import { describe, expect, it } from 'vitest';
import { attemptFailureKind } from './attempt-failure-kind.ts';

describe('attemptFailureKind', () => {
  it('reads the hint key, variants included', () => {
    expect(
      attemptFailureKind({ code: 'http-error', message: '', status: 429, hintKey: 'status-429-rate' }),
    ).toBe('rate-limited');
    expect(attemptFailureKind({ code: 'http-error', message: '', hintKey: 'status-429-quota' })).toBe(
      'quota-exhausted',
    );
    expect(attemptFailureKind({ code: 'http-error', message: '', hintKey: 'status-401-openai-key' })).toBe(
      'key-rejected',
    );
    expect(attemptFailureKind({ code: 'network-error', message: '', hintKey: 'connection-refused' })).toBe(
      'connection-refused',
    );
  });

  it('falls back to the status, then to the code', () => {
    expect(attemptFailureKind({ code: 'http-error', message: '', status: 503 })).toBe('server-error');
    expect(attemptFailureKind({ code: 'timeout', message: '' })).toBe('timeout');
    expect(attemptFailureKind({ code: 'http-error', message: '', status: 418 })).toBe('other');
  });
});
