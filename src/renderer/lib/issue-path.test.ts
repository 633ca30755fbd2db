import { describe, expect, it } from 'vitest';
import { issuePath } from './issue-path.ts';

describe('issuePath', () => {
  it('splits the field the host names from its reason', () => {
    expect(
      issuePath({
        code: 'invalid-payload',
        message: '',
        params: { detail: 'proxy.url: the proxy ftp://x starts with ftp://; use http://' },
      }),
    ).toEqual({ path: 'proxy.url', reason: 'the proxy ftp://x starts with ftp://; use http://' });
  });

  it('finds nothing in other errors', () => {
    expect(issuePath({ code: 'internal', message: '', params: { detail: 'proxy.url: x' } })).toBeUndefined();
    expect(
      issuePath({ code: 'invalid-payload', message: '', params: { detail: 'no field here' } }),
    ).toBeUndefined();
  });
});
