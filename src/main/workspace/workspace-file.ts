import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { type Workspace, workspaceSchema } from '../../shared/workspace-schemas.ts';
import { ensurePrivateDirectory, writePrivateFileAtomically } from '../secrets/private-files.ts';

export interface WorkspaceFile {
  /** The saved tabs; none when nothing was saved yet or the file could not be read. */
  read(): { workspace?: Workspace; problem?: string };
  write(workspace: Workspace): void;
}

/**
 * The open tabs and their unsent drafts, in `workspace.json` of the data directory, written whole
 * (temporary file, then rename) so a crash mid-write leaves the previous state. Drafts may hold
 * prompts someone would not share, so the file is private to the user like the others.
 */
export function openWorkspaceFile(dataDirectory: string, now: () => number = Date.now): WorkspaceFile {
  const path = join(dataDirectory, 'workspace.json');
  return {
    read() {
      if (!existsSync(path)) return {};
      let reason: string;
      try {
        const parsed = workspaceSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        if (parsed.success) return { workspace: parsed.data };
        reason = parsed.error.issues[0]?.message ?? 'unexpected content';
      } catch (error) {
        reason = (error as Error).message;
      }
      // Kept aside, not deleted: the drafts in it may still be read by hand.
      const movedTo = `${path}.unreadable-${now()}`;
      renameSync(path, movedTo);
      return { problem: `${path} could not be read (${reason}); it was moved to ${movedTo}.` };
    },
    write(workspace) {
      ensurePrivateDirectory(dataDirectory);
      writePrivateFileAtomically(path, `${JSON.stringify(workspace, null, 2)}\n`);
    },
  };
}
