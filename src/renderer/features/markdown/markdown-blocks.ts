// A streaming answer in Markdown is cut into top-level blocks so that each block is parsed and
// laid out once, when it is complete, and only the open last block is parsed again as text
// arrives. Re-parsing the whole answer on every frame grows with its length and froze the window
// on long answers.
//
// A cut goes only where Markdown itself starts a new block whatever came before: after a blank
// line, before a line that starts at the margin, and never inside a fenced code block. An indented
// line after a blank line may continue a list item or be indented code, so no cut goes before it.
// Cuts are made only in text already there and are never moved as the answer grows.

/** Blocks are joined until they reach this many characters, so a list of short lines stays one. */
const minimumBlockLength = 600;

const fencePattern = /^ {0,3}(`{3,}|~{3,})/;

interface Fence {
  marker: string;
  length: number;
}

function fenceOpening(line: string): Fence | undefined {
  const match = fencePattern.exec(line);
  if (!match?.[1]) return undefined;
  const run = match[1];
  // A backtick fence's info string may not contain a backtick; such a line is inline code.
  if (run[0] === '`' && line.slice(match[0].length).includes('`')) return undefined;
  return { marker: run[0] as string, length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = fencePattern.exec(line);
  return (
    match?.[1] !== undefined &&
    match[1][0] === fence.marker &&
    match[1].length >= fence.length &&
    line.slice(match[0].length).trim() === ''
  );
}

/** Where the blocks end: the index just after each cut. The last block runs to the end. */
export function markdownBlockEnds(text: string): number[] {
  const ends: number[] = [];
  let blockStart = 0;
  let fence: Fence | undefined;
  let previousBlank = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineBreak = text.indexOf('\n', lineStart);
    // The last line may still be growing: it is only read to decide a cut before it.
    const complete = lineBreak !== -1;
    const line = text.slice(lineStart, complete ? lineBreak : text.length);
    const blank = line.trim() === '';
    if (fence) {
      if (complete && closesFence(line, fence)) fence = undefined;
    } else {
      const atMargin = !blank && line[0] !== ' ' && line[0] !== '\t';
      if (previousBlank && atMargin && lineStart - blockStart >= minimumBlockLength) {
        ends.push(lineStart);
        blockStart = lineStart;
      }
      // A line still being written could yet turn out to open a fence; it is read again next time.
      if (complete) fence = fenceOpening(line);
    }
    if (!complete) break;
    previousBlank = blank && !fence;
    lineStart = lineBreak + 1;
  }
  return ends;
}

/** The text cut at `markdownBlockEnds`: joined again, the blocks are the text. */
export function markdownBlocks(text: string): string[] {
  const ends = markdownBlockEnds(text);
  return [0, ...ends].map((start, index) => text.slice(start, ends[index] ?? text.length));
}
