import type { StreamEvent } from '../../../../shared/chat-schemas.ts';
import {
  defaultNetworkSettings,
  type NetworkSettings,
  type ProfileProxy,
  type TlsSettings,
} from '../../../../shared/network-schemas.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../../../shared/transcript.ts';
import { runChat } from '../../../chat/run-chat.ts';
import type { Environment } from '../environment-proxy.ts';
import { createNetworkRoutes, type NetworkRoutes, type PreparedRoute } from '../network-routes.ts';

// Test support: a chat sent the way the app sends it (route, dispatcher, runChat), read back as
// the transcript a user would see.

export interface RoutesForTest {
  routes: NetworkRoutes;
  prepare(url: string, proxy: ProfileProxy, tls?: TlsSettings): Promise<PreparedRoute>;
}

export function routesForTest(
  environment: Environment = {},
  settings: Partial<NetworkSettings> = {},
): RoutesForTest {
  const routes = createNetworkRoutes({
    settings: () => ({ ...defaultNetworkSettings, ...settings }),
    environment,
  });
  return {
    routes,
    async prepare(url, proxy, tls = { skipVerification: false }) {
      const prepared = await routes.prepare({ url, proxy, tls });
      if (!prepared.ok) throw new Error(`no route: ${prepared.error.message}`);
      return prepared.value;
    },
  };
}

/** One streamed chat to an OpenAI-style base URL (the mock's `…/v1`), without retries. */
export async function chatThrough(baseUrl: string, prepared: Pick<PreparedRoute, 'dispatcher' | 'via'>) {
  const transcript: Transcript = emptyTranscript();
  const events: StreamEvent[] = [];
  await runChat({
    target: { format: 'openai-chat', baseUrl, apiKey: 'sk-test-key-0000000000' },
    request: { model: 'mock-fast', messages: [{ role: 'user', content: 'Hello' }], stream: true },
    dispatcher: prepared.dispatcher,
    via: prepared.via,
    retry: { maxRetries: 0, initialDelayMs: 0, maxDelayMs: 0 },
    signal: new AbortController().signal,
    emit: (event) => {
      events.push(event);
      applyStreamEvent(transcript, event);
    },
  });
  return { transcript, events };
}
