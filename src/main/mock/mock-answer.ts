import { containsCjk, splitGraphemes } from './answer-tokens.ts';

const ENGLISH_QUOTE_LENGTH = 60;
const CHINESE_QUOTE_LENGTH = 24;

/**
 * The text of a message's content in either vendor's format: a string, or an array of parts of
 * which only `{ type: 'text', text }` carry text.
 */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content) {
    if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join('\n');
}

export function lastUserText(messages: unknown[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (isRecord(message) && message.role === 'user') return contentText(message.content);
  }
  return '';
}

/**
 * The mock's reply to a prompt: it depends on nothing but the text, so the same request always
 * gets the same answer, and it is long enough (about 80 to 115 tokens) to watch it stream.
 */
export function composeAnswer(userText: string, options: { markdown?: boolean } = {}): string {
  if (options.markdown) return markdownAnswer(userText);
  return containsCjk(userText) ? chineseAnswer(userText) : englishAnswer(userText);
}

function markdownAnswer(userText: string): string {
  const quote = shorten(userText, ENGLISH_QUOTE_LENGTH) || '(no text)';
  return [
    '## Mock answer in Markdown',
    '',
    `You wrote: *${quote}*. This is the **Promptwire mock server**, showing how an answer with`,
    'Markdown looks:',
    '',
    '1. a numbered list,',
    '2. `inline code`, and',
    '3. a fenced block with its language:',
    '',
    '```typescript',
    'function greet(name: string): string {',
    '  // Comments, strings and numbers are coloured.',
    '  const answer = 42;',
    "  return 'Hello, ' + name + '! The answer is ' + answer + '.';",
    '}',
    '```',
    '',
    '| Model | Tokens/s |',
    '| --- | --- |',
    '| mock-fast | as fast as it can |',
    '| mock-slow | 5 |',
    '',
    '> Switch to Plain text to see this answer exactly as it arrived.',
  ].join('\n');
}

function englishAnswer(userText: string): string {
  const quote = shorten(userText, ENGLISH_QUOTE_LENGTH) || '(no text)';
  return (
    `Hi! This is the Promptwire mock server answering, not a real model. You wrote: "${quote}". ` +
    'I stream this reply one word at a time so you can watch tokens arrive, measure the time to ' +
    'the first token and try cancelling halfway through. Ask the same thing again and you get ' +
    'exactly the same words back, with usage estimated from your prompt. To see how failures ' +
    'look, pick a model such as mock-error-429, mock-stream-error or mock-stall. 🙂'
  );
}

function chineseAnswer(userText: string): string {
  const quote = shorten(userText, CHINESE_QUOTE_LENGTH) || '（没有文字）';
  return (
    `你好！这里是 Promptwire 的模拟服务器 🤖，不是真正的大模型。你刚才说的是：“${quote}”。` +
    '这段回答会一两个字地逐步流式输出 ✨，方便你观察首字延迟、中途取消请求，' +
    '并检查中文和表情符号这类多字节字符是否被正确拼接 🧩。同样的请求总会得到相同的回答，' +
    '用量也是根据你的提示词估算的。想看看出错时的样子？试试 mock-error-429、mock-stream-error ' +
    '或 mock-stall 这几个模型吧 🚀'
  );
}

/** Collapses whitespace and cuts at a word boundary when there is one, ending in an ellipsis. */
function shorten(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const parts = splitGraphemes(flat);
  if (parts.length <= limit) return flat;
  const head = parts.slice(0, limit).join('');
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > limit / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
