import { fail, ok } from '../../shared/result.ts';
import type { ComparisonStore } from '../comparisons/comparison-store.ts';
import { makeError } from '../errors/make-error.ts';
import type { Handlers } from './handlers.ts';

type ComparisonMethods = 'comparisons.list' | 'comparisons.get' | 'comparisons.save' | 'comparisons.delete';

export function createComparisonHandlers(
  store: ComparisonStore,
  now: () => number = Date.now,
): Pick<Handlers, ComparisonMethods> {
  const failed = (detail: string) =>
    fail(makeError('internal', { hintKey: 'comparison-files', params: { detail } }));
  return {
    'comparisons.list': async () => {
      try {
        return ok(store.list());
      } catch (error) {
        return failed(`the saved comparisons could not be listed: ${(error as Error).message}`);
      }
    },
    'comparisons.get': async ({ id }) => {
      const { comparison, problem } = store.get(id);
      if (comparison) return ok(comparison);
      if (problem) return failed(problem);
      return fail(
        makeError('invalid-payload', {
          hintKey: 'comparison-gone',
          params: { detail: `there is no saved comparison "${id}"` },
        }),
      );
    },
    'comparisons.save': async (comparison) => {
      try {
        return ok(store.save({ ...comparison, savedAt: now() }));
      } catch (error) {
        return failed(`the comparison could not be saved: ${(error as Error).message}`);
      }
    },
    'comparisons.delete': async ({ id }) => {
      try {
        return ok({ deleted: store.delete(id) });
      } catch (error) {
        return failed(`the comparison could not be deleted: ${(error as Error).message}`);
      }
    },
  };
}
