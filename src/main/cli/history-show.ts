import type { HistoryEntry } from '../../shared/history-schemas.ts';
import { describeFailure, styleFor } from './terminal-output.ts';

/** One call for a person: what was asked, what came back, and how it went. */
export function historyShowText(entry: HistoryEntry): string {
  const style = styleFor(process.stdout);
  const lines: string[] = [];
  const facts = [
    `${entry.status}${entry.httpStatus !== undefined ? ` (${entry.httpStatus})` : ''}`,
    new Date(entry.startedAt).toLocaleString(),
    `${entry.profileName} · ${entry.model}`,
    entry.source,
  ];
  if (entry.durationMs !== undefined) facts.push(`${Math.round(entry.durationMs)} ms`);
  const { inputTokens, outputTokens } = entry.usage;
  if (inputTokens !== undefined || outputTokens !== undefined) {
    facts.push(`tokens: ${inputTokens ?? '?'} in / ${outputTokens ?? '?'} out`);
  }
  if (entry.costUsd !== undefined) facts.push(`≈ $${entry.costUsd.toFixed(6)}`);
  lines.push(style.dim(`${entry.id} · ${facts.join(' · ')}`), style.dim(entry.baseUrl), '');

  if (entry.request.system) lines.push(style.dim('── system'), entry.request.system, '');
  for (const message of entry.request.messages) {
    lines.push(style.dim(`── ${message.role}`), message.content, '');
  }
  if (entry.reasoning) lines.push(style.dim('── reasoning'), entry.reasoning, '');
  lines.push(style.dim('── answer'), entry.text || style.dim('(no text)'));
  for (const call of entry.toolCalls)
    lines.push(style.dim(`── tool call ${call.name ?? ''}`), call.arguments);
  const text = `${lines.join('\n')}\n`;
  return entry.error ? `${text}\n${describeFailure(entry.error, style)}` : text;
}
