import type { AppError } from '../../shared/result.ts';
import type { Transcript } from '../../shared/transcript.ts';

const dim = (text: string) => `\x1b[2m${text}\x1b[22m`;
const red = (text: string) => `\x1b[31m${text}\x1b[39m`;

/** Colour only for a person at a terminal; pipes and files get plain text. */
export function styleFor(stream: NodeJS.WriteStream) {
  const colour = stream.isTTY === true && !process.env.NO_COLOR;
  return {
    dim: (text: string) => (colour ? dim(text) : text),
    red: (text: string) => (colour ? red(text) : text),
  };
}

/** What went wrong, what the vendor said, and what to do, in that order. */
export function describeFailure(error: AppError, style = styleFor(process.stderr)): string {
  const lines = [`${style.red('Error:')} ${error.message}`];
  if (error.status !== undefined) lines.push(`Status: ${error.status}`);
  if (error.vendorMessage && !error.message.includes(error.vendorMessage)) {
    lines.push(`Vendor message: ${error.vendorMessage}`);
  }
  if (error.hint) lines.push(`Fix: ${error.hint}`);
  return `${lines.join('\n')}\n`;
}

/** The `--json` output of `send`: one object, stable field names, null where nothing is known. */
export function transcriptJson(transcript: Transcript): Record<string, unknown> {
  const output: Record<string, unknown> = {
    text: transcript.text,
    finishReason: transcript.finishReason,
    usage: {
      inputTokens: transcript.usage.inputTokens ?? null,
      outputTokens: transcript.usage.outputTokens ?? null,
    },
    status: transcript.response?.status ?? transcript.error?.status ?? null,
    timings: {
      firstTokenMs: roundMs(transcript.firstTokenMs),
      totalMs: roundMs(transcript.totalMs),
    },
  };
  if (transcript.reasoning) output.reasoning = transcript.reasoning;
  if (transcript.toolCalls.length > 0) output.toolCalls = transcript.toolCalls;
  if (transcript.error) output.error = transcript.error;
  return output;
}

function roundMs(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value);
}

/** A one-line summary after a streamed answer, for a person reading it at a terminal. */
export function summaryLine(transcript: Transcript): string {
  const parts = [`finish: ${transcript.finishReason ?? 'unknown'}`];
  const { inputTokens, outputTokens } = transcript.usage;
  if (inputTokens !== undefined || outputTokens !== undefined) {
    parts.push(`tokens: ${inputTokens ?? '?'} in / ${outputTokens ?? '?'} out`);
  }
  if (transcript.firstTokenMs !== undefined)
    parts.push(`first token ${Math.round(transcript.firstTokenMs)} ms`);
  if (transcript.totalMs !== undefined) parts.push(`total ${Math.round(transcript.totalMs)} ms`);
  return parts.join(' · ');
}
