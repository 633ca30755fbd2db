import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppFile } from '../shell-policy/app-files.ts';
import { appScheme, appSchemePrivileges } from '../shell-policy/app-origin.ts';

/** Must run before the app is ready: Chromium reads scheme privileges once, at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }]);
}

/**
 * Serves the built renderer on promptwire://app. What may be served, and with which headers, is
 * decided by shell-policy/app-files.ts; this only reads the file it names.
 */
export function serveRenderer(rendererDirectory: string): void {
  protocol.handle(appScheme, async (request) => {
    const answer = await resolveAppFile(request.url, rendererDirectory, request.method);
    if (!answer.found) return new Response(answer.reason, { status: answer.status, headers: answer.headers });
    const body = request.method === 'HEAD' ? null : await readFile(answer.path);
    return new Response(body, { status: 200, headers: answer.headers });
  });
}
