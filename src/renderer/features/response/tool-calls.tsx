import { useTranslation } from 'react-i18next';
import type { ToolCallState } from '../../../shared/transcript.ts';

/** Tool calls with their arguments pretty-printed once they parse; raw while still arriving. */
export function ToolCalls(props: { calls: ToolCallState[]; complete: boolean }) {
  const { t } = useTranslation();
  if (props.calls.length === 0) return null;
  return (
    <div className="tool-calls">
      <h3>{t('ui.answer.toolCalls')}</h3>
      {props.calls.map((call) => {
        const parsed = parseArguments(call.arguments);
        return (
          <div className="tool-call" key={call.index}>
            <div className="tool-call-header">
              <code className="tool-name">{call.name ?? t('ui.answer.unnamedTool')}</code>
              {call.id && <code className="tool-id">{call.id}</code>}
            </div>
            <pre className="code-block">{parsed ?? call.arguments}</pre>
            {parsed === undefined && props.complete && call.arguments && (
              <p className="field-issue">{t('ui.answer.incompleteArguments')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function parseArguments(text: string): string | undefined {
  if (!text.trim()) return '{}';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}
