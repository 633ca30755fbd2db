// Test support: finds a key in text that should not hold it, whole or in part, as typed or inside
// base64 or hex at any alignment, so a leak test fails on a partial or encoded copy too.

// Long enough that a masked key (sk-…abcd) or a last-four never matches, short enough that any
// real copy of a key does.
const pieceLength = 10;

function piecesOf(key: string): string[] {
  if (key.length <= pieceLength) return [key];
  const pieces: string[] = [];
  for (let start = 0; start + pieceLength <= key.length; start++)
    pieces.push(key.slice(start, start + pieceLength));
  return pieces;
}

/** What every base64, base64url and hex run in the text decodes to, from each possible offset. */
function decodedRuns(text: string): string[] {
  const decoded: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) {
    for (let shift = 0; shift < 4; shift++) {
      decoded.push(Buffer.from(run.slice(shift), 'base64').toString('latin1'));
      decoded.push(Buffer.from(run.slice(shift), 'base64url').toString('latin1'));
    }
  }
  for (const run of text.match(/[0-9a-fA-F]{20,}/g) ?? []) {
    for (let shift = 0; shift < 2; shift++)
      decoded.push(Buffer.from(run.slice(shift), 'hex').toString('latin1'));
  }
  return decoded;
}

/** The first piece of `key` found in `text`, or undefined when there is no trace of it. */
export function findKeyTrace(text: string, key: string): string | undefined {
  const haystacks = [text, ...decodedRuns(text)];
  for (const piece of piecesOf(key)) {
    if (haystacks.some((haystack) => haystack.includes(piece))) return piece;
  }
  return undefined;
}
