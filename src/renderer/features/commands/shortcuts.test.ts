import { describe, expect, it } from 'vitest';
import { commandFor, commandIds, describeChord, type KeyEventLike, shortcuts } from './shortcuts.ts';

const press = (code: string, modifiers: Partial<KeyEventLike> = {}): KeyEventLike => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('shortcuts', () => {
  it('finds the command of a key press, with Ctrl on Windows and Linux and ⌘ on a Mac', () => {
    const pc = { apple: false, desktop: false };
    const mac = { apple: true, desktop: false };
    expect(commandFor(press('KeyK', { ctrlKey: true }), pc)).toBe('palette');
    expect(commandFor(press('KeyK', { metaKey: true }), mac)).toBe('palette');
    expect(commandFor(press('KeyK', { metaKey: true }), pc)).toBeUndefined();
    expect(commandFor(press('KeyF', { ctrlKey: true, shiftKey: true }), pc)).toBe('searchHistory');
    expect(commandFor(press('KeyF', { ctrlKey: true }), pc)).toBeUndefined();
    expect(commandFor(press('Slash', { shiftKey: true }), pc)).toBe('shortcuts');
    expect(commandFor(press('KeyT', { altKey: true }), mac)).toBe('newTab');
  });

  it('leaves the keys a browser keeps to the desktop app', () => {
    const tab = press('KeyT', { ctrlKey: true });
    expect(commandFor(tab, { apple: false, desktop: false })).toBeUndefined();
    expect(commandFor(tab, { apple: false, desktop: true })).toBe('newTab');
    expect(commandFor(press('Tab', { ctrlKey: true, shiftKey: true }), { apple: false, desktop: true })).toBe(
      'previousTab',
    );
  });

  it('gives every command a chord that works in browser mode, and no chord to two commands', () => {
    const seen = new Set<string>();
    for (const id of commandIds) {
      expect(shortcuts[id].some((chord) => !chord.desktopOnly)).toBe(true);
      for (const chord of shortcuts[id]) {
        const key = JSON.stringify({ ...chord, desktopOnly: undefined });
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('writes chords as each platform does', () => {
    expect(describeChord({ code: 'KeyF', primary: true, shift: true }, false)).toBe('Ctrl+Shift+F');
    expect(describeChord({ code: 'KeyF', primary: true, shift: true }, true)).toBe('⌘⇧F');
    expect(describeChord({ code: 'BracketRight', alt: true }, false)).toBe('Alt+]');
    expect(describeChord({ code: 'Slash', shift: true }, false)).toBe('?');
  });
});
