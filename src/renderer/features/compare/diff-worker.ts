// The word diff of two answers, away from the window's thread: two long answers that differ a lot
// take a diff algorithm a long while, and the window must stay responsive meanwhile.
import { diffWords } from 'diff';
import type { WordDiffRequest, WordDiffResponse } from './word-diff-protocol.ts';

// Off the window's thread a slow diff costs nobody a frame, so it may run longer than it could there.
const diffTimeoutMs = 3000;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WordDiffRequest>) => void) | null;
  postMessage(message: WordDiffResponse): void;
};

scope.onmessage = (event) => {
  const { id, left, right, language } = event.data;
  // A segmenter finds word boundaries in Chinese and Japanese, which have no spaces between words.
  const intlSegmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const changes = diffWords(left, right, { timeout: diffTimeoutMs, intlSegmenter });
  scope.postMessage({
    id,
    changes:
      changes?.map((change) => ({
        value: change.value,
        count: change.count,
        added: change.added,
        removed: change.removed,
      })) ?? null,
  });
};
