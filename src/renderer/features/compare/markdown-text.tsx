import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';

// Answers come from a model: links open outside the window (which refuses to navigate away), and
// images are not fetched, since a remote image in an answer is a way to track whoever reads it.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
  img: ({ alt, src }) => <span className="markdown-image">{alt || src}</span>,
};

/**
 * An answer rendered as Markdown. HTML in it stays text: react-markdown shows raw HTML escaped
 * unless a plugin is added to parse it, and none is. Memoized on the text, so a finished answer is
 * parsed once, not on every redraw of its pane.
 */
export const MarkdownText = memo(function MarkdownText(props: { text: string }) {
  return (
    <div className="markdown-text">
      <Markdown components={components}>{props.text}</Markdown>
    </div>
  );
});
