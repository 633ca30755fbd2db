/** The metrics the summary ranks, in the order it shows them. */
export const rankedMetrics = ['firstTokenMs', 'totalMs', 'tokensPerSecond', 'cost', 'outputTokens'] as const;
export type RankedMetric = (typeof rankedMetrics)[number];

/** What one pane's latest run measured; a value is absent while unknown. */
export interface PaneMeasurement {
  paneId: string;
  /**
   * Whether the answer arrived whole. Only those are ranked: a failed or stopped run is quick and
   * cheap because it failed, which says nothing about the model.
   */
  finished: boolean;
  firstTokenMs?: number;
  totalMs?: number;
  tokensPerSecond?: number;
  cost?: number;
  outputTokens?: number;
}

export interface PaneRanking {
  /** Per metric and pane id: 1 for the best; equal values share a rank (1, 1, 3). Absent: not ranked. */
  ranks: Record<RankedMetric, Record<string, number>>;
  /** The panes with the shortest total time, once at least two finished panes can be compared. */
  fastest: string[];
  /** The panes with the lowest estimated cost, once at least two of them have one. */
  cheapest: string[];
}

// Speed is the one metric where more is better. Fewer output tokens rank first: a shorter answer
// costs less and is read sooner, and the reader judges whether it says enough.
const higherIsBetter: Record<RankedMetric, boolean> = {
  firstTokenMs: false,
  totalMs: false,
  tokensPerSecond: true,
  cost: false,
  outputTokens: false,
};

/** Ranks the finished panes on each metric and names the fastest and the cheapest. */
export function rankPanes(measurements: readonly PaneMeasurement[]): PaneRanking {
  const finished = measurements.filter((measurement) => measurement.finished);
  const ranks = Object.fromEntries(
    rankedMetrics.map((metric) => [metric, rankOn(finished, metric)]),
  ) as PaneRanking['ranks'];
  return {
    ranks,
    fastest: bestOf(ranks.totalMs),
    cheapest: bestOf(ranks.cost),
  };
}

function rankOn(measurements: readonly PaneMeasurement[], metric: RankedMetric): Record<string, number> {
  const valued = measurements.flatMap((measurement) => {
    const value = measurement[metric];
    return value === undefined || !Number.isFinite(value) ? [] : [{ paneId: measurement.paneId, value }];
  });
  const better = (a: number, b: number) => (higherIsBetter[metric] ? a > b : a < b);
  const result: Record<string, number> = {};
  for (const { paneId, value } of valued) {
    result[paneId] = 1 + valued.filter((other) => better(other.value, value)).length;
  }
  return result;
}

function bestOf(ranks: Record<string, number>): string[] {
  const entries = Object.entries(ranks);
  if (entries.length < 2) return [];
  return entries.filter(([, rank]) => rank === 1).map(([paneId]) => paneId);
}
