import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { common, createLowlight } from 'lowlight';
import { visit } from 'unist-util-visit';

// highlight.js through lowlight, with its grammars registered once, when the first fenced block
// with a language appears. (rehype-highlight registers them for every Markdown render, and a
// streaming answer renders its last block every frame.)
const lowlight = createLowlight();
let registered = false;

/** The fence's language, from the `language-…` class the Markdown parser puts on its <code>. */
export function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return undefined;
}

/**
 * A rehype plugin: colours a fenced block whose fence names a language highlight.js knows.
 * Guessing the language of every unnamed block would cost more than the rest of the rendering;
 * those stay uncoloured.
 */
export function highlightCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const language = languageOf(node);
      if (!language) return;
      if (!registered) {
        lowlight.register(common);
        registered = true;
      }
      if (!lowlight.registered(language)) return;
      const result = lowlight.highlight(language, toText(node, { whitespace: 'pre' }));
      node.children = result.children as Element['children'];
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'hljs'];
    });
  };
}
