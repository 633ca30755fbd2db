import { useTranslation } from 'react-i18next';
import { useRun } from '../run/run-context.tsx';
import { useDraftStore } from './draft-store.ts';

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * One button that is Send while idle and Stop while running: it stays the same element, so focus
 * (and a second press of Space) lands on Stop without hunting for it.
 */
export function SendBar(props: { running: boolean; onStop(): void; onExport(): void; onSave(): void }) {
  const { t } = useTranslation();
  const stopping = useRun((state) => state.stopping);
  const stream = useDraftStore((state) => state.stream);
  const setStream = useDraftStore((state) => state.setStream);
  const { running } = props;
  return (
    <div className="send-bar">
      {/* Beside Send because it is the option most often flipped between two sends. */}
      <label className="checkbox">
        <input type="checkbox" checked={stream} onChange={(event) => setStream(event.target.checked)} />
        {t('ui.parameters.stream')}
      </label>
      <span className="shortcut-hint" aria-hidden="true">
        {t(isApple ? 'ui.send.shortcutApple' : 'ui.send.shortcut')}
      </span>
      <button type="button" title={t('ui.saveRequest.buttonTitle')} onClick={props.onSave}>
        {t('ui.saveRequest.button')}
      </button>
      <button
        type="button"
        title={t('ui.export.buttonTitle')}
        aria-haspopup="dialog"
        onClick={props.onExport}
      >
        {t('ui.export.button')}
      </button>
      <button
        type={running ? 'button' : 'submit'}
        className={running ? 'stop-button' : 'send-button'}
        onClick={running ? props.onStop : undefined}
        disabled={running && stopping}
        aria-keyshortcuts={running ? undefined : isApple ? 'Meta+Enter' : 'Control+Enter'}
      >
        {running ? t('ui.send.stop') : t('ui.send.send')}
      </button>
    </div>
  );
}
