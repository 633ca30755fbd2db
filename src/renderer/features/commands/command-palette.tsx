import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useOverlays } from './overlays-store.ts';
import { type CommandId, commandIds, describeChord, shortcuts } from './shortcuts.ts';
import { useCommandRunner } from './use-command-runner.ts';
import { isApple } from './use-shortcuts.ts';

/** Ctrl/Cmd+K: every command by name, filtered as one types, run with Enter. */
export function CommandPalette() {
  const { t } = useTranslation();
  const open = useOverlays((state) => state.open === 'palette');
  const show = useOverlays((state) => state.show);
  return (
    <ModalDialog
      open={open}
      onClose={() => show(undefined)}
      titleId="palette-title"
      title={t('ui.commands.paletteTitle')}
      className="palette-dialog"
    >
      <PaletteBody />
    </ModalDialog>
  );
}

function PaletteBody() {
  const { t } = useTranslation();
  const run = useCommandRunner();
  const show = useOverlays((state) => state.show);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const wanted = query.trim().toLowerCase();
  const found = commandIds.filter(
    (id) => id !== 'palette' && t(`ui.commands.names.${id}`).toLowerCase().includes(wanted),
  );
  const current = Math.min(selected, Math.max(found.length - 1, 0));

  const choose = (id: CommandId | undefined) => {
    if (!id) return;
    show(undefined);
    // After the dialog has closed, so focus goes where the command puts it.
    requestAnimationFrame(() => run(id));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected((current + step + found.length) % Math.max(found.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(found[current]);
    }
  };

  return (
    <div className="dialog-body palette">
      <input
        // biome-ignore lint/a11y/noAutofocus: the palette exists to be typed into at once.
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={found[current] ? `palette-${found[current]}` : undefined}
        aria-label={t('ui.commands.paletteLabel')}
        placeholder={t('ui.commands.palettePlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id="palette-list"
        role="listbox"
        aria-label={t('ui.commands.paletteTitle')}
        className="palette-list"
      >
        {found.map((id, index) => {
          const chord = shortcuts[id].find((candidate) => !candidate.desktopOnly) ?? shortcuts[id][0];
          return (
            <div
              key={id}
              id={`palette-${id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === current}
              className={index === current ? 'palette-option selected' : 'palette-option'}
              onClick={() => choose(id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') choose(id);
              }}
            >
              <span>{t(`ui.commands.names.${id}`)}</span>
              {chord && <kbd>{describeChord(chord, isApple)}</kbd>}
            </div>
          );
        })}
      </div>
      {found.length === 0 && <p className="field-help">{t('ui.commands.none')}</p>}
    </div>
  );
}
