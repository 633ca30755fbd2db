// Every keyboard shortcut of the window, in one table that both the key handler and the help
// overlay read, so the list shown is the list that works. Keys are matched by `code` (the
// physical key), so they work with any keyboard layout and input method.

export const commandIds = [
  'send',
  'stop',
  'newTab',
  'closeTab',
  'nextTab',
  'previousTab',
  'focusMessage',
  'searchHistory',
  'palette',
  'shortcuts',
] as const;
export type CommandId = (typeof commandIds)[number];

export interface KeyChord {
  code: string;
  /** Ctrl, or ⌘ on a Mac. */
  primary?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** A browser keeps these keys for itself (Ctrl+T, Ctrl+W, Ctrl+Tab): they work in the desktop app only. */
  desktopOnly?: boolean;
}

export const shortcuts: Record<CommandId, KeyChord[]> = {
  send: [{ code: 'Enter', primary: true }],
  stop: [{ code: 'Escape' }],
  newTab: [
    { code: 'KeyT', alt: true },
    { code: 'KeyT', primary: true, desktopOnly: true },
  ],
  closeTab: [
    { code: 'KeyW', alt: true },
    { code: 'KeyW', primary: true, desktopOnly: true },
  ],
  nextTab: [
    { code: 'BracketRight', alt: true },
    { code: 'Tab', primary: true, desktopOnly: true },
  ],
  previousTab: [
    { code: 'BracketLeft', alt: true },
    { code: 'Tab', primary: true, shift: true, desktopOnly: true },
  ],
  focusMessage: [{ code: 'KeyM', alt: true }],
  searchHistory: [{ code: 'KeyF', primary: true, shift: true }],
  palette: [
    { code: 'KeyK', primary: true },
    { code: 'KeyP', primary: true, shift: true },
  ],
  shortcuts: [{ code: 'Slash', shift: true }, { code: 'F1' }],
};

export interface KeyEventLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function matches(event: KeyEventLike, chord: KeyChord, apple: boolean): boolean {
  const primary = apple ? event.metaKey : event.ctrlKey;
  const other = apple ? event.ctrlKey : event.metaKey;
  return (
    event.code === chord.code &&
    primary === Boolean(chord.primary) &&
    !other &&
    event.altKey === Boolean(chord.alt) &&
    event.shiftKey === Boolean(chord.shift)
  );
}

/** The command a key press asks for, if any; desktop-only chords count only in the desktop app. */
export function commandFor(
  event: KeyEventLike,
  options: { apple: boolean; desktop: boolean },
): CommandId | undefined {
  return commandIds.find((id) =>
    shortcuts[id].some(
      (chord) => (options.desktop || !chord.desktopOnly) && matches(event, chord, options.apple),
    ),
  );
}

const keyNames: Record<string, string> = {
  Enter: 'Enter',
  Escape: 'Esc',
  Tab: 'Tab',
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
  F1: 'F1',
};

/** How a chord is written for the reader: Ctrl+Shift+F, or ⌘⇧F on a Mac; Shift+/ reads "?". */
export function describeChord(chord: KeyChord, apple: boolean): string {
  if (chord.code === 'Slash' && chord.shift && !chord.primary && !chord.alt) return '?';
  const key = keyNames[chord.code] ?? chord.code.replace(/^Key|^Digit/, '');
  const parts = [
    ...(chord.primary ? [apple ? '⌘' : 'Ctrl'] : []),
    ...(chord.alt ? [apple ? '⌥' : 'Alt'] : []),
    ...(chord.shift ? [apple ? '⇧' : 'Shift'] : []),
    key,
  ];
  return apple ? parts.join('') : parts.join('+');
}
