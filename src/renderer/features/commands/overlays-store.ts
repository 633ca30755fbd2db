import { create } from 'zustand';

/** Which of the window-wide overlays is open: the command palette or the shortcuts list. */
export const useOverlays = create<{
  open: 'palette' | 'shortcuts' | undefined;
  show(overlay: 'palette' | 'shortcuts' | undefined): void;
}>((set) => ({
  open: undefined,
  show: (open) => set({ open }),
}));
