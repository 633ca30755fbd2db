import { isMethodName, methods } from '../../shared/contract.ts';
import { fail, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { CallContext } from './call-context.ts';
import { describeError } from './describe-error.ts';
import type { Handlers } from './handlers.ts';
import { summarizeIssues } from './summarize-issues.ts';

type AnyHandler = (input: unknown, context: CallContext) => Promise<Result<unknown>>;

/**
 * The single door from a transport into the handlers: it checks the method name, validates the
 * payload with the contract's schema and never throws, so a transport only ever forwards data.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  payload: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  try {
    if (!isMethodName(method)) {
      return fail(makeError('unknown-method', { params: { method: describeMethod(method) } }));
    }
    // Methods without parameters are commonly called with nothing at all.
    const parsed = methods[method].input.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) {
      return fail(
        makeError('invalid-payload', {
          hintKey: 'fix-payload',
          params: { detail: summarizeIssues(parsed.error.issues) },
        }),
      );
    }
    const handler = handlers[method] as AnyHandler;
    return await handler(parsed.data, context);
  } catch (error) {
    return fail(makeError('internal', { hintKey: 'report-bug', params: { detail: describeError(error) } }));
  }
}

function describeMethod(method: unknown): string {
  const text = typeof method === 'string' ? method : String(JSON.stringify(method) ?? typeof method);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
