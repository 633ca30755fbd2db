import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useOverlays } from './overlays-store.ts';
import { commandIds, describeChord, shortcuts } from './shortcuts.ts';
import { isApple } from './use-shortcuts.ts';

/** The help overlay: every shortcut, as shortcuts.ts defines them. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const open = useOverlays((state) => state.open === 'shortcuts');
  const show = useOverlays((state) => state.show);
  return (
    <ModalDialog
      open={open}
      onClose={() => show(undefined)}
      titleId="shortcuts-title"
      title={t('ui.commands.shortcutsTitle')}
      className="shortcuts-dialog"
    >
      <table className="shortcuts-table">
        <tbody>
          {commandIds.map((id) => (
            <tr key={id}>
              <th scope="row">{t(`ui.commands.names.${id}`)}</th>
              <td>
                {shortcuts[id].map((chord) => (
                  <span key={describeChord(chord, isApple)} className="shortcut-chord">
                    <kbd>{describeChord(chord, isApple)}</kbd>
                    {chord.desktopOnly && <span className="field-help"> {t('ui.commands.desktopOnly')}</span>}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
