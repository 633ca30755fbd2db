import type { MethodOutput } from '../../shared/contract.ts';
import type { Result } from '../../shared/result.ts';
import { runChat } from '../chat/run-chat.ts';
import { createCollectionLibrary } from '../collections/collection-library.ts';
import { openCollectionRegistry } from '../collections/collection-registry.ts';
import { createCollectionSecrets } from '../collections/collection-secrets.ts';
import type { MockServerOptions } from '../mock/mock-server.ts';
import { createNetworkRoutes } from '../net/proxy/network-routes.ts';
import type { SystemProxyResolver } from '../net/proxy/route.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { Cipher } from '../secrets/cipher.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import { openAppSettings } from '../settings/app-settings.ts';
import { type OpenSettingsWriter, openSettingsFile } from '../settings/settings-file.ts';
import type { CallContext } from './call-context.ts';
import { createChatRuns } from './chat-runs.ts';
import { dispatch } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import { applyRetention } from './history-handlers.ts';
import { openHistoryPort } from './open-history-port.ts';

const dayMs = 86_400_000;

export interface ApiOptions {
  transport: MethodOutput<'app.info'>['transport'];
  version: string;
  /** Absolute; see resolveDataDirectory. */
  dataDirectory: string;
  environment?: NodeJS.ProcessEnv;
  /** For the in-process mock server behind the mock profiles. */
  mock?: MockServerOptions;
  /** The OS's proxy settings (Electron's session); without it, proxy mode system reads the environment. */
  systemProxy?: SystemProxyResolver;
  /** How saved keys are encrypted (the desktop's keychain); the key file of the data directory when absent. */
  cipher?: () => Promise<Cipher>;
  /** Writes config.json; electron-store in the desktop app, conf when absent. */
  openSettingsWriter?: OpenSettingsWriter;
  /** The history worker thread's code in the desktop bundle; its source file when absent. */
  historyWorkerUrl?: URL;
}

/** The contract's handlers with everything they need, as one transport-independent object. */
export interface Api {
  /** Never throws: every failure, including a bad method name or payload, is a Result. */
  call(method: unknown, payload: unknown, context: CallContext): Promise<Result<unknown>>;
  /** A window or socket went away: its chats are cancelled, since nobody would see their events. */
  connectionClosed(connectionId: string): void;
  profiles: ProfileService;
  /** Cancels every chat, waits for their streams to end, closes the history, stops the mock server. */
  close(): Promise<void>;
}

export function createApi(options: ApiOptions): Api {
  // One settings file for profiles and app settings: one check of config.json, one set of notices.
  const settingsFile = openSettingsFile(
    options.dataDirectory,
    options.openSettingsWriter ? { openWriter: options.openSettingsWriter } : {},
  );
  // Opened once: API keys and collections' secret variables share one encrypted file and cipher.
  const secrets = openHostSecrets(options.dataDirectory, options.cipher);
  // Saved keys load in the background; every call waits for them (see `call` below).
  const keys = createKeyStore(options.environment ?? process.env, Date.now, secrets);
  const collections = createCollectionLibrary(
    openCollectionRegistry(options.dataDirectory),
    createCollectionSecrets(secrets),
  );
  const opened = openProfiles({ ...options, settingsFile, keys });
  const profiles = opened.profiles;
  const chats = createChatRuns(runChat);
  const settings = openAppSettings(options.dataDirectory, { file: settingsFile });
  // Opened once per host; a database that cannot be opened leaves the app working without history.
  const history = openHistoryPort(options.dataDirectory, { workerUrl: options.historyWorkerUrl });
  void history.ready.then(() => applyRetention(history.port, settings.history()));
  // A window left open for weeks still forgets what its retention no longer keeps.
  const retentionTimer = setInterval(() => void applyRetention(history.port, settings.history()), dayMs);
  retentionTimer.unref();
  // Every window's emit, so an entry started in one window appears in the others' lists too.
  const connections = new Map<string, CallContext['emit']>();
  const routes = createNetworkRoutes({
    settings: settings.network,
    environment: options.environment ?? process.env,
    ...(options.systemProxy && { systemProxy: options.systemProxy }),
  });
  const handlers = createHandlers({
    info: { version: options.version, transport: options.transport, dataDirectory: options.dataDirectory },
    profiles,
    keys,
    chats,
    settings,
    routes,
    collections,
    history: history.port,
    announce: (summary) => {
      for (const emit of connections.values()) emit('history.updated', { entry: summary });
    },
    chatNetwork: () => {
      const { timeouts, retry } = settings.network();
      return { timeouts, retry };
    },
    notices: () => {
      // Reading checks the file again, so a hand edit made while the app runs is reported too.
      settingsFile.read();
      return [...settingsFile.notices.list(), ...history.notices()];
    },
  });

  return {
    async call(method, payload, context) {
      // Until the saved keys are decrypted, a list would show none and a send would use the wrong one.
      await keys.ready();
      // Until the history is open, its notices and whether calls are kept are unknown.
      await history.ready;
      connections.set(context.connectionId, context.emit);
      return dispatch(handlers, method, payload, context);
    },
    connectionClosed: (connectionId) => {
      connections.delete(connectionId);
      chats.cancelConnection(connectionId);
    },
    profiles,
    async close() {
      clearInterval(retentionTimer);
      await chats.close();
      // After the chats: their cancelled ends are written before the database closes.
      await history.close();
      // After the chats: closing a dispatcher waits for its requests, and they have just been cancelled.
      await routes.close();
      await opened.close();
      // A key saved just before quitting reaches the disk.
      await keys.flush();
    },
  };
}
