import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivateFileOnce, isOpenToOthers, writePrivateFileAtomically } from './private-files.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-private-files-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('private files', () => {
  it('creates a file once; a second creator keeps the first content and learns it lost', () => {
    const path = join(folder, 'secret.key');
    expect(createPrivateFileOnce(path, 'first')).toBe(true);
    expect(createPrivateFileOnce(path, 'second')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['secret.key']);
  });

  it('replaces a file whole, owner-only, even one that was open to others', () => {
    const path = join(folder, 'secrets.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    writePrivateFileAtomically(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['secrets.json']);
  });

  it('calls a mode open to others when the group or others have any access, never on Windows', () => {
    expect(isOpenToOthers(0o100600, 'linux')).toBe(false);
    expect(isOpenToOthers(0o100400, 'darwin')).toBe(false);
    expect(isOpenToOthers(0o100640, 'linux')).toBe(true);
    expect(isOpenToOthers(0o100602, 'linux')).toBe(true);
    expect(isOpenToOthers(0o100666, 'win32')).toBe(false);
  });
});
