import { memo } from 'react';

// A streaming answer grows by a few characters a frame. As one block of text, the browser lays
// all of it out again each frame, which grows with the answer (six long answers side by side
// froze the window). Cut into blocks at line breaks, the closed blocks keep their layout and only
// the open last one is laid out again. A block that ends with its line break looks exactly like
// the same text unbroken (white-space: pre-wrap), so the cuts cannot be seen.
const pieceLength = 1024;

/**
 * Where the pieces end: just after the first line break past every `pieceLength` characters.
 * Found only in text already there, so a boundary never moves as the answer grows. Text without
 * line breaks stays one piece.
 */
export function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start + pieceLength < text.length) {
    const lineBreak = text.indexOf('\n', start + pieceLength);
    if (lineBreak === -1) break;
    start = lineBreak + 1;
    ends.push(start);
  }
  return ends;
}

const Piece = memo(function Piece(props: { text: string }) {
  return <div className="answer-piece">{props.text}</div>;
});

/** The text as it streams: closed pieces are not touched again, only the open last one. */
export function StreamingText(props: { text: string }) {
  const ends = pieceEnds(props.text);
  const starts = [0, ...ends];
  return (
    <>
      {starts.map((start, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a piece's index is its identity; pieces only append.
        <Piece key={index} text={props.text.slice(start, ends[index] ?? props.text.length)} />
      ))}
    </>
  );
}
