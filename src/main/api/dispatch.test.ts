import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/result.ts';
import type { CallContext } from './call-context.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './handlers.ts';

const context: CallContext = { connectionId: 'test', emit: () => {} };

// A handler table of the test's own: each handler records what it was given or fails on purpose.
function handlersWith(overrides: Partial<Handlers>): Handlers {
  const unused = async () => {
    throw new Error('not called in this test');
  };
  return {
    'app.info': unused,
    'profiles.list': unused,
    'profiles.update': unused,
    'keys.set': unused,
    'keys.clear': unused,
    'keys.add': unused,
    'keys.remove': unused,
    'settings.get': unused,
    'settings.update': unused,
    'connection.test': unused,
    'presets.list': unused,
    'profiles.create': unused,
    'profiles.delete': unused,
    'models.fetch': unused,
    'keys.check': unused,
    'keys.storage': unused,
    'history.list': unused,
    'history.get': unused,
    'history.delete': unused,
    'history.deleteMatching': unused,
    'history.clear': unused,
    'history.export': unused,
    'request.export': unused,
    'comparisons.list': unused,
    'comparisons.get': unused,
    'comparisons.save': unused,
    'comparisons.delete': unused,
    'workspace.get': unused,
    'workspace.save': unused,
    'collections.list': unused,
    'collections.open': unused,
    'collections.close': unused,
    'collections.getRequest': unused,
    'collections.saveRequest': unused,
    'collections.deleteRequest': unused,
    'collections.setEnvironment': unused,
    'collections.saveVariables': unused,
    'request.importCurl': unused,
    'chat.start': unused,
    'chat.cancel': unused,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('turns a throwing handler into an internal error result', async () => {
    const handlers = handlersWith({
      'profiles.list': async () => {
        throw new TypeError('boom');
      },
    });
    const result = await dispatch(handlers, 'profiles.list', {}, context);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Promptwire: boom',
        hintKey: 'report-bug',
      },
    });
  });

  it('turns a thrown non-Error into an internal error result', async () => {
    const handlers = handlersWith({
      'chat.cancel': () => Promise.reject('plain string'),
    });
    const result = await dispatch(handlers, 'chat.cancel', { requestId: 'a' }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.ok === false && result.error.message).toContain('plain string');
  });

  it('gives the handler the parsed input, trimmed as the schema says', async () => {
    let received: unknown;
    const handlers = handlersWith({
      'chat.cancel': async (input) => {
        received = input;
        return ok({ cancelled: false });
      },
    });
    const result = await dispatch(handlers, 'chat.cancel', { requestId: '  r-1  ', extra: true }, context);
    expect(result).toEqual({ ok: true, value: { cancelled: false } });
    expect(received).toEqual({ requestId: 'r-1' });
  });

  it('treats a missing payload as an empty object for methods without parameters', async () => {
    const handlers = handlersWith({ 'profiles.list': async () => ok([]) });
    expect(await dispatch(handlers, 'profiles.list', undefined, context)).toEqual({ ok: true, value: [] });
  });

  it('refuses a method name that is not a string, with a readable name', async () => {
    const result = await dispatch(handlersWith({}), { evil: true }, {}, context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-method', message: 'Unknown method "{"evil":true}".' },
    });
  });

  it('refuses names inherited from Object.prototype', async () => {
    for (const name of ['toString', '__proto__', 'hasOwnProperty']) {
      const result = await dispatch(handlersWith({}), name, {}, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('refuses a payload of the wrong type without calling the handler', async () => {
    let called = false;
    const handlers = handlersWith({
      'keys.clear': async () => {
        called = true;
        return ok({ configured: false, source: 'none' });
      },
    });
    const result = await dispatch(handlers, 'keys.clear', 'openai', context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hint: 'Check the highlighted fields and send again.' },
    });
    expect(called).toBe(false);
  });
});
