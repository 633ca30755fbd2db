import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../response/copy-button.tsx';
import { languageOf } from './highlight-code.ts';

/** A fenced code block of an answer: its language, a Copy button for exactly its code, the code. */
export function CodeBlock(props: { node?: Element | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const text = props.node ? textOf(props.node) : '';
  const code = props.node?.children.find((child): child is Element => child.type === 'element');
  const language = code && languageOf(code);
  return (
    <div className="markdown-code">
      <div className="markdown-code-bar">
        <span className="markdown-code-language">{language ?? ''}</span>
        <CopyButton text={text.replace(/\n$/, '')} label={t('ui.answer.copyCode')} />
      </div>
      <pre>{props.children}</pre>
    </div>
  );
}
