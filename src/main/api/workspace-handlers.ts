import { fail, ok } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { WorkspaceFile } from '../workspace/workspace-file.ts';
import type { Handlers } from './handlers.ts';

export function createWorkspaceHandlers(
  file: WorkspaceFile,
): Pick<Handlers, 'workspace.get' | 'workspace.save'> {
  return {
    'workspace.get': async () => {
      const { workspace, problem } = file.read();
      return ok({ ...(workspace && { workspace }), ...(problem && { problem }) });
    },
    'workspace.save': async (workspace) => {
      try {
        file.write(workspace);
        return ok({});
      } catch (error) {
        return fail(
          makeError('internal', {
            hintKey: 'workspace-file',
            params: { detail: `the open tabs could not be saved: ${(error as Error).message}` },
          }),
        );
      }
    },
  };
}
