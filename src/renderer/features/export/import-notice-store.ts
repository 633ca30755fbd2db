import { create } from 'zustand';
import type { ImportedCurl } from '../../../shared/export-schemas.ts';

export type ImportNotice = Pick<ImportedCurl, 'profileName' | 'createdProfile' | 'keySaved' | 'notes'>;

interface ImportNoticeState {
  notice: ImportNotice | undefined;
  show(notice: ImportNotice): void;
  dismiss(): void;
}

/**
 * What the last import changed or could not carry over. It outlives the dialog, which closes on
 * success, and stays until dismissed: an ignored flag matters most when the request is sent.
 */
export const useImportNotice = create<ImportNoticeState>()((set) => ({
  notice: undefined,
  show(notice) {
    set({ notice });
  },
  dismiss() {
    set({ notice: undefined });
  },
}));
