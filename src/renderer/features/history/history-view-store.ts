import { create } from 'zustand';
import type { HistoryFilter, HistoryStatus } from '../../../shared/history-schemas.ts';

/** What the sidebar's fields hold, as typed; `historyFilterOf` turns it into the host's filter. */
export interface HistoryFields {
  search: string;
  profileId: string;
  model: string;
  status: HistoryStatus | '';
  /** yyyy-mm-dd from <input type="date">, in the local time zone. */
  from: string;
  to: string;
}

interface HistoryViewState {
  open: boolean;
  fields: HistoryFields;
  setOpen(open: boolean): void;
  setField<K extends keyof HistoryFields>(field: K, value: HistoryFields[K]): void;
  resetFilters(): void;
}

const emptyFields: HistoryFields = { search: '', profileId: '', model: '', status: '', from: '', to: '' };

const openKey = 'promptwire.history.open';

function initiallyOpen(): boolean {
  try {
    return localStorage.getItem(openKey) !== 'false';
  } catch {
    return true;
  }
}

export const useHistoryView = create<HistoryViewState>()((set, get) => ({
  open: initiallyOpen(),
  fields: emptyFields,
  setOpen(open) {
    // Remembered across reloads: someone who hides the sidebar wants the room back every time.
    try {
      localStorage.setItem(openKey, String(open));
    } catch {
      // Storage may be unavailable (a locked-down profile); the choice then lasts for the session.
    }
    set({ open });
  },
  setField(field, value) {
    set({ fields: { ...get().fields, [field]: value } });
  },
  resetFilters() {
    set({ fields: { ...emptyFields, search: get().fields.search } });
  },
}));

/** The filter the host understands; dates cover whole local days, `to` included. */
export function historyFilterOf(fields: HistoryFields, search: string): HistoryFilter {
  const filter: HistoryFilter = {};
  const trimmed = search.trim();
  if (trimmed) filter.search = trimmed.slice(0, 500);
  if (fields.profileId) filter.profileId = fields.profileId;
  if (fields.model.trim()) filter.model = fields.model.trim();
  if (fields.status) filter.status = fields.status;
  const from = localDayStart(fields.from);
  if (from !== undefined) filter.from = from;
  const to = localDayStart(fields.to);
  if (to !== undefined) filter.to = to + 24 * 60 * 60 * 1000 - 1;
  return filter;
}

function localDayStart(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

export function hasFilters(filter: HistoryFilter): boolean {
  return Object.keys(filter).length > 0;
}
