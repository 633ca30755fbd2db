import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../shared/transcript.ts';
import { formatDuration, formatNumber } from '../../lib/format.ts';
import { viaText } from '../../lib/via-text.ts';
import { useProfiles } from '../profiles/use-profiles.ts';
import { useRun } from '../run/run-context.tsx';
import { isRunning } from '../run/run-store.ts';
import { estimateCost, formatCost, formatPrice } from './cost-estimate.ts';
import { displayedTokensPerSecond } from './displayed-tokens-per-second.ts';
import { useElapsed } from './use-elapsed.ts';

const unknown = '—';

// The labels are looked up once per language, not on every frame of every streaming pane: i18next
// resolves each key afresh, and with six panes that was a tenth of the window's time.
function metricLabels(t: TFunction) {
  return {
    status: t('ui.metrics.status'),
    firstToken: t('ui.metrics.firstToken'),
    total: t('ui.metrics.total'),
    inputTokens: t('ui.metrics.inputTokens'),
    outputTokens: t('ui.metrics.outputTokens'),
    tokensPerSecond: t('ui.metrics.tokensPerSecond'),
    finishReason: t('ui.metrics.finishReason'),
    cost: t('ui.metrics.cost'),
    via: t('ui.metrics.via'),
    bar: t('ui.metrics.label'),
  };
}

interface Metric {
  id: string;
  label: string;
  value: string;
  tone?: 'good' | 'bad' | 'live';
  /** Free text that may be long, such as a proxy URL. */
  wide?: boolean;
  /** How the value came about, for a tooltip. */
  explanation?: string;
}

/** Timings and counts of the current run; "—" for anything not known (yet). */
export function MetricsBar(props: { transcript: Transcript | undefined }) {
  const { t, i18n } = useTranslation();
  const { transcript } = props;
  const startedAt = useRun((state) => state.startedAt);
  const streamed = useRun((state) => state.streamed);
  const runProfileId = useRun((state) => state.profileId);
  const runModel = useRun((state) => state.model);
  const profile = useProfiles().data?.find((candidate) => candidate.id === runProfileId);
  const price = runModel === undefined ? undefined : profile?.prices[runModel];
  const running = isRunning(transcript);
  const elapsed = useElapsed(startedAt, running);
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` changes identity with the language.
  const labels = useMemo(() => metricLabels(t), [t, language]);
  const duration = (milliseconds: number | undefined) =>
    milliseconds === undefined ? unknown : formatDuration(milliseconds, t, language);
  const count = (value: number | undefined) =>
    value === undefined ? unknown : formatNumber(value, language);

  const status = transcript?.response?.status ?? transcript?.error?.status;
  const speed = transcript ? displayedTokensPerSecond(transcript, streamed) : undefined;
  const liveTotal = running && elapsed !== undefined;
  const metrics: Metric[] = [
    {
      id: 'metric-status',
      label: labels.status,
      value: status === undefined ? unknown : String(status),
      tone: status === undefined ? undefined : status < 400 ? 'good' : 'bad',
    },
    {
      id: 'metric-first-token',
      label: labels.firstToken,
      value: duration(transcript?.firstTokenMs),
    },
    {
      id: 'metric-total',
      label: labels.total,
      value: liveTotal ? duration(elapsed) : duration(transcript?.totalMs),
      tone: liveTotal ? 'live' : undefined,
    },
    {
      id: 'metric-input-tokens',
      label: labels.inputTokens,
      value: count(transcript?.usage.inputTokens),
    },
    {
      id: 'metric-output-tokens',
      label: labels.outputTokens,
      value: count(transcript?.usage.outputTokens),
    },
    {
      id: 'metric-tokens-per-second',
      label: labels.tokensPerSecond,
      value: speed === undefined ? unknown : formatNumber(speed, language, 1),
    },
    {
      id: 'metric-finish-reason',
      label: labels.finishReason,
      value: transcript?.finishReason ?? unknown,
    },
  ];
  const usage = transcript?.usage ?? {};
  const cost = estimateCost(usage, price);
  metrics.push({
    id: 'metric-cost',
    label: labels.cost,
    value: cost === undefined ? unknown : formatCost(cost, language),
    explanation:
      price && cost !== undefined
        ? t('ui.metrics.costTitle', {
            model: runModel ?? '',
            inputTokens: count(usage.inputTokens),
            outputTokens: count(usage.outputTokens),
            inputPrice: formatPrice(price.inputPerMillion, language),
            outputPrice: formatPrice(price.outputPerMillion, language),
          })
        : transcript && runModel !== undefined && !price
          ? t('ui.metrics.costUnknown', { model: runModel })
          : undefined,
  });
  // Shown once the host reports it: "direct" or "via socks5h://127.0.0.1:1080".
  const via = transcript?.request?.via;
  if (via !== undefined) {
    metrics.push({ id: 'metric-via', label: labels.via, value: viaText(via, t), wide: true });
  }

  return (
    <dl className="metrics" aria-label={labels.bar}>
      {metrics.map((metric) => (
        <div className={metric.wide ? 'metric metric-wide' : 'metric'} key={metric.id}>
          <dt>{metric.label}</dt>
          <dd
            data-testid={metric.id}
            className={metric.tone ? `tone-${metric.tone}` : undefined}
            title={metric.explanation ?? (metric.wide ? metric.value : undefined)}
          >
            {metric.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
