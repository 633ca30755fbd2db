import { lazy, Suspense } from 'react';

// Markdown, GitHub tables and code colouring weigh more than the rest of the window together:
// they load on their own, right after the window is up, and an answer shows as plain text for
// the moment it takes.
const loadMarkdownView = () => import('./markdown-view.tsx');

/** Loads the Markdown code now, for a view that shows Markdown at once (the comparison). */
export function preloadMarkdown(): void {
  void loadMarkdownView();
}
const MarkdownView = lazy(async () => ({ default: (await loadMarkdownView()).MarkdownView }));

if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadMarkdownView());
else setTimeout(() => void loadMarkdownView(), 1000);

/** An answer in Markdown, drawn as plain text until the Markdown code has loaded. */
export function LazyMarkdownView(props: { text: string; streaming?: boolean }) {
  return (
    <Suspense fallback={<div className="answer-text">{props.text}</div>}>
      <MarkdownView {...props} />
    </Suspense>
  );
}
