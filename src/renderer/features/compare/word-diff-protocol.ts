/** What the page asks the diff worker (diff-worker.ts), and what it answers. */
export interface WordDiffRequest {
  id: number;
  left: string;
  right: string;
  /** The interface language, for word boundaries in languages without spaces. */
  language: string;
}

export interface WordChange {
  value: string;
  count: number;
  added: boolean;
  removed: boolean;
}

export interface WordDiffResponse {
  id: number;
  /** Null when the answers were too different to compare in the time allowed. */
  changes: WordChange[] | null;
}
