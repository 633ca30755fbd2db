import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Workspace, workspaceSchema } from '../../shared/workspace-schemas.ts';
import { openWorkspaceFile } from './workspace-file.ts';

let dataDirectory: string;

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-workspace-'));
});

afterEach(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

const workspace: Workspace = {
  activeTabId: 'tab-2',
  tabs: [
    {
      id: 'tab-1',
      kind: 'request',
      draft: {
        profileId: 'mock',
        model: 'mock-default',
        system: '你是一个助手',
        messages: [{ id: 'm1', role: 'user', content: 'Tell me about {{topic}}' }],
        // Left invalid on purpose: a draft comes back as it was typed.
        temperature: '3,5',
        maxTokens: '',
        topP: '',
        stop: '',
        stream: true,
        extra: '',
      },
    },
    {
      id: 'tab-2',
      kind: 'comparison',
      comparison: {
        comparisonId: 'c1',
        name: '',
        system: '',
        messages: [{ id: 'm2', role: 'user', content: 'Hello' }],
        followUps: [],
        followUpDraft: 'and then?',
        panes: [],
        syncScroll: false,
      },
    },
  ],
};

describe('the workspace file', () => {
  it('gives back the tabs as they were written, in a file only its owner can read', () => {
    const file = openWorkspaceFile(dataDirectory);
    expect(file.read()).toEqual({});
    file.write(workspace);
    expect(openWorkspaceFile(dataDirectory).read()).toEqual({ workspace });
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDirectory, 'workspace.json')).mode & 0o077).toBe(0);
    }
  });

  it('moves an unreadable file aside, says where, and starts without tabs', () => {
    writeFileSync(join(dataDirectory, 'workspace.json'), '{"tabs": [');
    const { workspace: read, problem } = openWorkspaceFile(dataDirectory, () => 42).read();
    expect(read).toBeUndefined();
    expect(problem).toContain('workspace.json.unreadable-42');
    expect(existsSync(join(dataDirectory, 'workspace.json'))).toBe(false);
    expect(readFileSync(join(dataDirectory, 'workspace.json.unreadable-42'), 'utf8')).toBe('{"tabs": [');
    expect(readdirSync(dataDirectory)).toEqual(['workspace.json.unreadable-42']);
  });

  it('refuses a workspace whose active tab is not open, or that has no tab', () => {
    expect(workspaceSchema.safeParse({ ...workspace, activeTabId: 'gone' }).success).toBe(false);
    expect(workspaceSchema.safeParse({ tabs: [], activeTabId: 'tab-1' }).success).toBe(false);
  });
});
