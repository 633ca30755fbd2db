import { memo, useDeferredValue, useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeBlock } from './code-block.tsx';
import { highlightCode } from './highlight-code.ts';
import { markdownBlocks } from './markdown-blocks.ts';

// Answers come from a model: links open outside the window (which refuses to navigate away), and
// images are not fetched, since a remote image in an answer is a way to track whoever reads it.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
  img: ({ alt, src }) => <span className="markdown-image">{alt || src}</span>,
  pre: ({ node, children }) => <CodeBlock node={node}>{children}</CodeBlock>,
};

// Models write GitHub's Markdown (tables, strikethrough, task lists, bare links), and code is
// coloured. Both apply once a block is complete: the open block of a streaming answer is parsed
// again on every frame, and GitHub's extensions and colouring would double what that costs.
const completeBlock = { remark: [remarkGfm], rehype: [highlightCode] };
const openBlock: { remark: typeof completeBlock.remark; rehype: typeof completeBlock.rehype } = {
  remark: [],
  rehype: [],
};

/** Past this, the open block of a streaming answer waits as plain text until it is complete. */
const openBlockMarkdownLimit = 4000;

/**
 * One top-level block, parsed once: memoized on its text, which never changes once a later block
 * has started. HTML in it stays text: react-markdown escapes raw HTML unless a plugin parses it.
 */
const MarkdownBlock = memo(function MarkdownBlock(props: { text: string; open: boolean }) {
  return (
    <div className="markdown-block">
      <Markdown
        components={components}
        remarkPlugins={props.open ? openBlock.remark : completeBlock.remark}
        rehypePlugins={props.open ? openBlock.rehype : completeBlock.rehype}
      >
        {props.text}
      </Markdown>
    </div>
  );
});

/**
 * An answer rendered as Markdown, block by block (see markdown-blocks.ts): as it streams, only
 * the open last block is parsed again. A very long open block (a long code listing) is shown as
 * plain text until it closes, so one frame never parses more than a few thousand characters.
 *
 * While the answer streams, its text is a deferred value: React parses the new text in a render it
 * can interrupt and spread over frames, so six panes streaming at once never hold the window for
 * one long task. The final text, once the run ends, is drawn at once, its last block first as it
 * streamed (as every pane's run ends in the same frame), then with GitHub's extensions and colour.
 */
export function MarkdownView(props: { text: string; streaming?: boolean }) {
  const deferred = useDeferredValue(props.text);
  const settling = useDeferredValue(props.streaming === true);
  const streaming = props.streaming === true || settling;
  const text = props.streaming ? deferred : props.text;
  return useMemo(() => {
    const blocks = markdownBlocks(text);
    const last = blocks.length - 1;
    return (
      <div className={streaming ? 'markdown-text streaming' : 'markdown-text'}>
        {blocks.map((block, index) =>
          streaming && index === last && block.length > openBlockMarkdownLimit ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a block's index is its identity; blocks only append.
            <div key={index} className="markdown-block markdown-pending">
              {block}
            </div>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: a block's index is its identity; blocks only append.
            <MarkdownBlock key={index} text={block} open={streaming && index === last} />
          ),
        )}
      </div>
    );
  }, [text, streaming]);
}
