import type { HistorySettings } from '../../shared/history-schemas.ts';
import { type AppError, fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { AppSettingsStore } from '../settings/app-settings.ts';
import { describeError } from './describe-error.ts';
import type { Handlers } from './handlers.ts';
import type { HistoryPort } from './history-port.ts';

type HistoryMethods =
  | 'history.list'
  | 'history.get'
  | 'history.delete'
  | 'history.deleteMatching'
  | 'history.clear'
  | 'history.export'
  | 'settings.update';

/** The page size when the caller names none: a screenful and more, cheap to fetch. */
export const defaultHistoryLimit = 100;

/**
 * The history methods, and settings.update, which applies a new retention at once. `history` is
 * undefined when the store could not be opened: every history method then says why.
 */
export function createHistoryHandlers(
  history: HistoryPort | undefined,
  settings: AppSettingsStore,
  now: () => Date = () => new Date(),
): Pick<Handlers, HistoryMethods> {
  const withStore = async <T>(action: (store: HistoryPort) => Promise<T>): Promise<Result<T>> => {
    if (!history) return fail(unavailable('the history database could not be opened'));
    try {
      return ok(await action(history));
    } catch (error) {
      return fail(unavailable(describeError(error)));
    }
  };

  return {
    'history.list': ({ limit, before, exactTotal, ...filter }) =>
      withStore((store) =>
        store.list({
          ...filter,
          limit: limit ?? defaultHistoryLimit,
          ...(before !== undefined && { before }),
          ...(exactTotal !== undefined && { exactTotal }),
        }),
      ),
    'history.get': async ({ id }) => {
      const found = await withStore((store) => store.get(id));
      if (!found.ok) return found;
      return found.value ? ok(found.value) : fail(entryNotFound(id));
    },
    'history.delete': ({ ids }) => withStore(async (store) => ({ deleted: await store.delete(ids) })),
    'history.deleteMatching': ({ confirm: _confirm, ...filter }) =>
      withStore(async (store) => ({ deleted: await store.deleteMatching(filter) })),
    'history.clear': () => withStore(async (store) => ({ deleted: await store.clear() })),
    'history.export': ({ before, ...filter }) =>
      withStore(async (store) => ({
        ...(await store.exportJsonl(filter, before)),
        fileName: exportFileName(now()),
      })),
    'settings.update': async (input) => {
      const updated = settings.update(input);
      if (updated.ok && input.history) await applyRetention(history, updated.value.history);
      return updated;
    },
  };
}

/** Deletes what the retention no longer keeps; a failure leaves the history as it was, and is said. */
export async function applyRetention(
  history: HistoryPort | undefined,
  retention: HistorySettings,
): Promise<void> {
  if (!history) return;
  try {
    await history.applyRetention(retention);
  } catch (error) {
    process.stderr.write(`promptwire: the history retention could not be applied: ${describeError(error)}\n`);
  }
}

/** `promptwire-history-2025-01-31.jsonl`, in local time: the day the user sees on their clock. */
export function exportFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `promptwire-history-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.jsonl`;
}

export function entryNotFound(id: string): AppError {
  // No error code of its own yet (the codes live in shared/result.ts): invalid-payload with a
  // detail that names the id reads clearly, and the hint says what to do.
  return makeError('invalid-payload', {
    hintKey: 'history-entry-gone',
    params: { detail: `there is no history entry "${id}"` },
  });
}

function unavailable(detail: string): AppError {
  return makeError('internal', { hintKey: 'history-unavailable', params: { detail: `history: ${detail}` } });
}
