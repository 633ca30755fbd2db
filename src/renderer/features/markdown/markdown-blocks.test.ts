import { describe, expect, it } from 'vitest';
import { markdownBlockEnds, markdownBlocks } from './markdown-blocks.ts';

const paragraph = (index: number) => `Paragraph ${index}: ${'words that a model writes '.repeat(30)}`;

describe('markdownBlocks', () => {
  it('cuts long text at paragraph breaks, never moves a cut as the text grows, and loses nothing', () => {
    const text = Array.from({ length: 40 }, (_, index) => paragraph(index)).join('\n\n');
    const ends = markdownBlockEnds(text);
    expect(ends.length).toBeGreaterThan(10);
    for (const end of ends) expect(text.slice(end - 2, end)).toBe('\n\n');
    expect(markdownBlocks(text).join('')).toBe(text);
    for (let length = 0; length < text.length; length += 37) {
      const earlier = markdownBlockEnds(text.slice(0, length));
      expect(ends.slice(0, earlier.length)).toEqual(earlier);
    }
  });

  it('never cuts inside a fenced code block, even one with blank lines', () => {
    const code = ['```python', 'def a():', '', 'x = 1', '', 'y = 2', '```'].join('\n');
    const text = [paragraph(1), code, paragraph(2), '~~~\na\n\nb\n~~~', paragraph(3)].join('\n\n');
    const blocks = markdownBlocks(text);
    expect(blocks.some((block) => block.includes(code))).toBe(true);
    expect(blocks.some((block) => block.includes('~~~\na\n\nb\n~~~'))).toBe(true);
    for (const block of blocks) expect((block.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('keeps an unclosed fence open to the end, and a longer closing fence closes it', () => {
    const text = `${paragraph(1)}\n\n\`\`\`\`\n${'line\n\n'.repeat(200)}\`\`\`\nstill code\n\n${paragraph(2)}`;
    const fenceStart = paragraph(1).length + 2;
    expect(markdownBlockEnds(text)).toEqual([fenceStart]);
    expect(markdownBlockEnds(`${text}\n\`\`\`\`\n\n${paragraph(3)}`)).toHaveLength(2);
  });

  it('does not cut before an indented line, which may continue a list item', () => {
    const list = `1. ${paragraph(1)}\n\n    ${paragraph(2)}\n\n    ${paragraph(3)}`;
    expect(markdownBlocks(list)).toEqual([list]);
  });

  it('reads a backtick run with a backtick after it as inline code, not a fence', () => {
    const text = `\`\`\`inline\` code\n\n${paragraph(1)}\n\n${paragraph(2)}`;
    expect(markdownBlocks(text)).toHaveLength(2);
  });

  it('decides a cut before a line from its first character, so it stays when the line opens a fence', () => {
    const start = `${paragraph(1)}\n\n${paragraph(2)}\n\n`;
    expect(markdownBlockEnds(`${start}\`\``)).toEqual(markdownBlockEnds(`${start}\`\`\`js\ncode\n\nmore`));
  });
});
