import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import { estimateCost } from '../../shared/cost.ts';
import type { NetworkSettings } from '../../shared/network-schemas.ts';
import type { ProfileSummary } from '../../shared/profile-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../shared/transcript.ts';
import { startRecording } from '../api/chat-recording.ts';
import type { HistoryPort } from '../api/history-port.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { runChat } from '../chat/run-chat.ts';
import type { PreparedRoute } from '../net/proxy/network-routes.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { UsageError } from './command-arguments.ts';
import type { ComparisonTarget } from './compare-targets.ts';
import { type NetworkFlags, prepareCliRoute } from './network-flags.ts';

/** A target ready to send, or the reason it cannot be sent (a missing key): it fails alone. */
export type PreparedTarget = { target: ComparisonTarget; request: ChatRequest } & (
  | { failure: AppError }
  | { profile: ProfileSummary; destination: ProviderTarget; keys: KeyPool; route: PreparedRoute }
);

/** What one target answered, with the figures the table compares. */
export interface TargetOutcome {
  target: ComparisonTarget;
  /** The profile that answered: a preset's one-off profile has the preset's id. */
  profileId: string;
  transcript: Transcript;
  /** Whether the answer was asked for as a stream, which decides how its speed is measured. */
  streamed: boolean;
  costUsd: number | undefined;
  historyId: string | undefined;
}

export interface PreparedTargets {
  targets: PreparedTarget[];
  /** Closes every route's dispatcher. */
  close(): Promise<void>;
}

/**
 * Resolves every target and its route before any request goes out, so an unknown profile or a bad
 * --proxy stops the command before it has spent anything, instead of halfway through the others.
 */
export async function prepareTargets(
  requests: readonly { target: ComparisonTarget; request: ChatRequest }[],
  context: { profiles: ProfileService; networkFlags: NetworkFlags; dataDirectory: string },
): Promise<PreparedTargets> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.all(closers.splice(0).map((closeRoutes) => closeRoutes()));
  };
  try {
    const targets: PreparedTarget[] = [];
    for (const { target, request } of requests) {
      const resolved = await context.profiles.resolveTarget(target.profileId, { allowPreset: true });
      if (!resolved.ok) {
        if (resolved.error.code === 'unknown-profile') {
          const { message, hint } = resolved.error;
          throw new UsageError(`--target ${target.label}: ${`${message} ${hint ?? ''}`.trim()}`);
        }
        targets.push({ target, request, failure: resolved.error });
        continue;
      }
      const { profile, target: destination, keys } = resolved.value;
      const route = await prepareCliRoute(
        context.networkFlags,
        context.dataDirectory,
        profile,
        destination.baseUrl,
      );
      closers.push(() => route.routes.close());
      if (route.prepared.ok) {
        targets.push({ target, request, profile, destination, keys, route: route.prepared.value });
      } else {
        targets.push({ target, request, failure: route.prepared.error });
      }
    }
    return { targets, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface RunContext {
  comparisonId: string;
  history: HistoryPort | undefined;
  network: Pick<NetworkSettings, 'timeouts' | 'retry'>;
  signal: AbortSignal;
  /** Each event of the target as it arrives, for the lines a person sees while waiting. */
  onEvent?: (target: ComparisonTarget, event: StreamEvent) => void;
}

/** Sends one target's request and keeps it in the history as one pane of the comparison. */
export async function runTarget(prepared: PreparedTarget, context: RunContext): Promise<TargetOutcome> {
  const { target, request } = prepared;
  const transcript = emptyTranscript();
  if ('failure' in prepared) {
    transcript.status = 'failed';
    transcript.error = prepared.failure;
    return {
      target,
      profileId: target.profileId,
      transcript,
      streamed: request.stream,
      costUsd: undefined,
      historyId: undefined,
    };
  }
  const { profile, destination, keys, route } = prepared;
  const price = profile.prices[request.model];
  const recording = startRecording(context.history, {
    start: {
      source: 'comparison',
      comparisonId: context.comparisonId,
      profileId: profile.id,
      profileName: profile.name,
      format: destination.format,
      baseUrl: destination.baseUrl,
      request,
    },
    price,
  });
  await runChat({
    target: destination,
    request,
    dispatcher: route.dispatcher,
    via: route.via,
    timeouts: context.network.timeouts,
    retry: context.network.retry,
    keys,
    signal: context.signal,
    emit: (event) => {
      applyStreamEvent(transcript, event);
      recording.observe(event);
      context.onEvent?.(target, event);
    },
  });
  // The end (done, failed or stopped) is on disk before the table says so.
  await recording.finished;
  return {
    target,
    profileId: profile.id,
    transcript,
    streamed: request.stream,
    costUsd: estimateCost(transcript.usage, price),
    historyId: recording.historyId,
  };
}
