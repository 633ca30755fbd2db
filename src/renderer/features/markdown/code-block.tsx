import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../response/copy-button.tsx';

/** The fence's language, from the `language-…` class the Markdown parser puts on its <code>. */
function languageOf(pre: Element | undefined): string | undefined {
  const code = pre?.children.find((child): child is Element => child.type === 'element');
  const classes = code?.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return undefined;
}

/** A fenced code block of an answer: its language, a Copy button for exactly its code, the code. */
export function CodeBlock(props: { node?: Element | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const code = props.node ? textOf(props.node) : '';
  const language = languageOf(props.node);
  return (
    <div className="markdown-code">
      <div className="markdown-code-bar">
        <span className="markdown-code-language">{language ?? ''}</span>
        <CopyButton text={code.replace(/\n$/, '')} label={t('ui.answer.copyCode')} />
      </div>
      <pre>{props.children}</pre>
    </div>
  );
}
