import { describe, expect, it } from 'vitest';
import { hostIssueField } from './host-issue-field.ts';

describe('hostIssueField', () => {
  it('follows the path that the host names', () => {
    expect(
      hostIssueField({
        code: 'invalid-payload',
        message: '',
        params: { detail: 'timeouts.idleMs: Too big' },
      }),
    ).toBe('timeouts.idleMs');
    expect(
      hostIssueField({
        code: 'invalid-payload',
        message: '',
        params: { detail: 'proxy.url: the proxy ftp://x starts with ftp://' },
      }),
    ).toBe('proxy.url');
  });

  it('leaves an error about no field to the form', () => {
    expect(hostIssueField({ code: 'internal', message: 'disk full', params: { detail: 'disk full' } })).toBe(
      undefined,
    );
    expect(hostIssueField({ code: 'invalid-payload', message: '', params: { detail: 'proxy: no' } })).toBe(
      undefined,
    );
  });
});
