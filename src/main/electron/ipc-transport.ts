import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { methodNames } from '../../shared/contract.ts';
import { fail } from '../../shared/result.ts';
import type { CallContext } from '../api/call-context.ts';
import type { Api } from '../api/create-api.ts';
import { makeError } from '../errors/make-error.ts';
import { isTrustedSender, type SenderFrame } from '../shell-policy/ipc-sender-policy.ts';

/**
 * The contract over Electron IPC: one channel per method, nothing generic. Every call is checked
 * against the app's own origin (shell-policy/ipc-sender-policy.ts) before it is served, so a page
 * that got into the window by accident cannot reach keys or the network.
 */
export function serveContractOverIpc(api: Api, appOrigins: readonly string[]): void {
  const contexts = new WeakMap<WebContents, CallContext>();

  const contextFor = (contents: WebContents): CallContext => {
    const known = contexts.get(contents);
    if (known) return known;
    const connectionId = `window:${contents.id}`;
    const context: CallContext = {
      connectionId,
      emit: (event, payload) => {
        if (!contents.isDestroyed()) contents.send(event, payload);
      },
    };
    // A reloaded or closed page will never read the events of the chats it started.
    const release = () => api.connectionClosed(connectionId);
    contents.on('destroyed', release);
    contents.on('render-process-gone', release);
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) release();
    });
    contexts.set(contents, context);
    return context;
  };

  for (const method of methodNames) {
    ipcMain.handle(method, (event, payload: unknown) => {
      if (!isTrustedSender(senderFrame(event.senderFrame), appOrigins)) {
        return fail(
          makeError('internal', { params: { detail: 'the call came from a page that is not Promptwire' } }),
        );
      }
      return api.call(method, payload, contextFor(event.sender));
    });
  }
}

// A frame that navigated away or was destroyed while the call was in flight is null.
function senderFrame(frame: WebFrameMain | null): SenderFrame | null {
  return frame && { url: frame.url, isTopFrame: frame.parent === null };
}
