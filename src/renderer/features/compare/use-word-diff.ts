import { useEffect, useState } from 'react';
import type { WordChange, WordDiffRequest, WordDiffResponse } from './word-diff-protocol.ts';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (changes: WordChange[] | null) => void>();

function diffWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./diff-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WordDiffResponse>) => {
      waiting.get(event.data.id)?.(event.data.changes);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

export type WordDiff =
  | { state: 'none' }
  | { state: 'computing' }
  | { state: 'ready'; changes: WordChange[] }
  | { state: 'too-different' };

/**
 * The word-level diff of two texts, computed in a worker. `none` until both texts are there;
 * `computing` while the worker works, so a long diff never holds the window up.
 */
export function useWordDiff(left: string | undefined, right: string | undefined, language: string): WordDiff {
  const [result, setResult] = useState<{ left: string; right: string; language: string; diff: WordDiff }>();

  useEffect(() => {
    if (!left || !right) return;
    let current = true;
    const id = nextId++;
    const settled = (changes: WordChange[] | null) => {
      if (!current) return;
      const diff: WordDiff = changes ? { state: 'ready', changes } : { state: 'too-different' };
      setResult({ left, right, language, diff });
    };
    waiting.set(id, settled);
    const request: WordDiffRequest = { id, left, right, language };
    diffWorker().postMessage(request);
    return () => {
      current = false;
      waiting.delete(id);
    };
  }, [left, right, language]);

  if (!left || !right) return { state: 'none' };
  const current = result?.left === left && result.right === right && result.language === language;
  return current ? result.diff : { state: 'computing' };
}
