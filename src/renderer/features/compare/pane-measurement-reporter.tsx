import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ModelPrice } from '../../../shared/profile-schemas.ts';
import { useProfiles } from '../profiles/use-profiles.ts';
import { estimateCost } from '../response/cost-estimate.ts';
import { displayedTokensPerSecond } from '../response/displayed-tokens-per-second.ts';
import { useRun } from '../run/run-context.tsx';
import { isRunning, type RunState } from '../run/run-store.ts';
import { type PaneReport, usePaneMeasurements } from './pane-measurements.ts';

/**
 * Tells the summary what this pane's run measured. The selector picks only numbers that change a
 * few times per run, so a streaming pane reports at its start and its end, not on every frame.
 */
export function PaneMeasurementReporter(props: { paneId: string }) {
  const { paneId } = props;
  const profileId = useRun((state) => state.profileId);
  const model = useRun((state) => state.model);
  const profile = useProfiles().data?.find((candidate) => candidate.id === profileId);
  const price = model === undefined ? undefined : profile?.prices[model];
  const measurement = useRun(useShallow((state: RunState) => measure(paneId, state, price)));
  const report = usePaneMeasurements((state) => state.report);
  const forget = usePaneMeasurements((state) => state.forget);
  useEffect(() => report(measurement), [report, measurement]);
  useEffect(() => () => forget(paneId), [forget, paneId]);
  return null;
}

function measure(paneId: string, state: RunState, price: ModelPrice | undefined): PaneReport {
  const { transcript } = state;
  return {
    paneId,
    running: isRunning(transcript),
    finished: transcript?.status === 'done',
    failed: transcript?.status === 'failed',
    firstTokenMs: transcript?.firstTokenMs,
    totalMs: transcript?.totalMs,
    tokensPerSecond: transcript ? displayedTokensPerSecond(transcript, state.streamed) : undefined,
    cost: transcript ? estimateCost(transcript.usage, price) : undefined,
    outputTokens: transcript?.usage.outputTokens,
  };
}
