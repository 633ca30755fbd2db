import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../shared/transcript.ts';
import { useRun } from '../run/run-context.tsx';

type Phase = 'idle' | 'waiting' | 'streaming' | 'stopping' | 'done' | 'stopped' | 'failed';

export function phaseOf(transcript: Transcript | undefined, stopping: boolean): Phase {
  if (!transcript) return 'idle';
  if (transcript.status === 'failed') return transcript.error?.code === 'cancelled' ? 'stopped' : 'failed';
  if (transcript.status === 'done') return 'done';
  return stopping ? 'stopping' : transcript.status;
}

/** A short word for where the run is, announced politely as it changes. */
export function RunStatus(props: { transcript: Transcript | undefined }) {
  const { t } = useTranslation();
  const stopping = useRun((state) => state.stopping);
  const phase = phaseOf(props.transcript, stopping);
  return (
    <span className={`run-status run-status-${phase}`} aria-live="polite">
      {phase === 'idle' ? '' : t(`ui.response.phases.${phase}`)}
    </span>
  );
}
