import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Comparison } from '../../../shared/comparison-schemas.ts';
import type { PromptwireBridge } from '../../../shared/contract.ts';
import { type AppError, ok, type Result } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { entryTranscript } from '../history/entry-transcript.ts';
import { unwrap } from '../profiles/use-profiles.ts';
import { checkedComparison } from './compare-actions.ts';
import { useCompareStore } from './compare-store.ts';
import { usePaneMeasurements } from './pane-measurements.ts';
import type { PaneRuns } from './pane-runs.ts';
import { usePaneRuns } from './pane-runs-context.tsx';

export const comparisonsQueryKey = ['comparisons'] as const;

export function useSavedComparisons() {
  const bridge = useBridge();
  return useQuery({
    queryKey: comparisonsQueryKey,
    queryFn: async () => unwrap(await bridge['comparisons.list']({})),
  });
}

export type SaveOutcome = { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; error: AppError };

/** Save, Open and Delete, each a single contract call; the list refreshes after a change. */
export function useComparisonFiles() {
  const bridge = useBridge();
  const runs = usePaneRuns();
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: comparisonsQueryKey }),
    [queryClient],
  );

  const save = useCallback(async (): Promise<SaveOutcome> => {
    const state = useCompareStore.getState();
    const comparison = checkedComparison();
    if (!state.name.trim()) {
      state.setShowIssues(true);
      requestAnimationFrame(() => document.getElementById('compare-name')?.focus());
      return { kind: 'invalid' };
    }
    if (!comparison) return { kind: 'invalid' };
    const { conversation, panes } = comparison;
    const result = await bridge['comparisons.save']({
      id: state.comparisonId,
      name: state.name.trim(),
      ...conversation,
      followUps: state.followUps,
      panes,
    });
    if (!result.ok) return { kind: 'failed', error: result.error };
    useCompareStore.getState().markSaved(result.value.savedAt);
    void refresh();
    return { kind: 'saved' };
  }, [bridge, refresh]);

  const open = useCallback(
    async (id: string): Promise<Result<Comparison>> => {
      const result = await bridge['comparisons.get']({ id });
      if (!result.ok) return result;
      const comparison = result.value;
      runs.clear();
      usePaneMeasurements.getState().forgetAll();
      useCompareStore.getState().load(comparison);
      void restoreLatestCalls(bridge, runs, comparison);
      return ok(comparison);
    },
    [bridge, runs],
  );

  const remove = useCallback(
    async (id: string): Promise<Result<{ deleted: boolean }>> => {
      const result = await bridge['comparisons.delete']({ id });
      if (result.ok && useCompareStore.getState().comparisonId === id) {
        useCompareStore.getState().markSaved(undefined);
      }
      void refresh();
      return result;
    },
    [bridge, refresh],
  );

  return { save, open, remove };
}

/**
 * The saved answers show as text; where the latest round's call is still in the history, it is
 * shown as the history shows it instead, with its timings, cost and Raw tab, so the summary can
 * rank a reopened comparison too.
 */
async function restoreLatestCalls(
  bridge: PromptwireBridge,
  runs: PaneRuns,
  comparison: Comparison,
): Promise<void> {
  const round = comparison.followUps.length;
  await Promise.all(
    comparison.panes.map(async (pane) => {
      const historyId = pane.historyIds[round];
      if (!historyId) return;
      const entry = await bridge['history.get']({ id: historyId });
      const current = useCompareStore.getState();
      if (!entry.ok || current.comparisonId !== comparison.id) return;
      if (!current.panes.some((candidate) => candidate.id === pane.id)) return;
      const run = runs.get(pane.id).getState();
      if (run.transcript) return;
      const { transcript, requests } = entryTranscript(entry.value);
      run.show(entry.value, transcript, requests);
    }),
  );
}
