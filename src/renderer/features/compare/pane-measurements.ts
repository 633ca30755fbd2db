import { create } from 'zustand';
import { type PaneMeasurement, type PaneRanking, rankPanes } from './rank-panes.ts';

export interface PaneReport extends PaneMeasurement {
  running: boolean;
  /** Failed or stopped: shown in the summary, not ranked. */
  failed: boolean;
}

interface MeasurementsState {
  byPane: Record<string, PaneReport>;
  report(measurement: PaneReport): void;
  forget(paneId: string): void;
  forgetAll(): void;
}

/**
 * What each pane's run measured, reported by the pane itself when a value changes (a handful of
 * times per run, never per delta), so the summary re-renders only when there is news to rank.
 */
export const usePaneMeasurements = create<MeasurementsState>()((set, get) => ({
  byPane: {},
  report(measurement) {
    set({ byPane: { ...get().byPane, [measurement.paneId]: measurement } });
  },
  forget(paneId) {
    if (!(paneId in get().byPane)) return;
    const { [paneId]: _gone, ...rest } = get().byPane;
    set({ byPane: rest });
  },
  forgetAll() {
    set({ byPane: {} });
  },
}));

const rankings = new WeakMap<Record<string, PaneReport>, PaneRanking>();

/** One ranking per set of reports, shared by the summary and every pane's badges. */
export function rankingOf(byPane: Record<string, PaneReport>): PaneRanking {
  let ranking = rankings.get(byPane);
  if (!ranking) {
    ranking = rankPanes(Object.values(byPane));
    rankings.set(byPane, ranking);
  }
  return ranking;
}

export function useAnyPaneRunning(): boolean {
  return usePaneMeasurements((state) => Object.values(state.byPane).some((report) => report.running));
}
