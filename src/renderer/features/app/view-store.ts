import { create } from 'zustand';

export type AppView = 'single' | 'compare';

const viewKey = 'promptwire.view';

function initialView(): AppView {
  try {
    return localStorage.getItem(viewKey) === 'compare' ? 'compare' : 'single';
  } catch {
    return 'single';
  }
}

interface ViewState {
  view: AppView;
  setView(view: AppView): void;
}

/** The single request or the comparison; remembered across reloads, like the history sidebar. */
export const useAppView = create<ViewState>()((set) => ({
  view: initialView(),
  setView(view) {
    try {
      localStorage.setItem(viewKey, view);
    } catch {
      // Storage may be unavailable (a locked-down profile); the choice then lasts for the session.
    }
    set({ view });
  },
}));
