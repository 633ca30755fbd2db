import { useCallback, useState } from 'react';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { useRun } from '../run/run-context.tsx';
import { entryTranscript } from './entry-transcript.ts';

/** Loads a whole entry (the list holds only summaries) and shows it in the response area. */
export function useOpenEntry() {
  const bridge = useBridge();
  const show = useRun((state) => state.show);
  const [error, setError] = useState<AppError>();
  // Stable, so the memoized rows that receive it do not all redraw on every change of the list.
  const open = useCallback(
    async (id: string): Promise<void> => {
      const result = await bridge['history.get']({ id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(undefined);
      const { transcript, requests } = entryTranscript(result.value);
      show(result.value, transcript, requests);
    },
    [bridge, show],
  );
  return { open, error };
}
