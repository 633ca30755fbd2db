import { request } from 'undici';
import { startMockServer } from '../src/main/mock/mock-server.ts';

export interface ExpectedAnswer {
  text: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * What the mock answers a prompt, asked of a separate mock instance without streaming: the window
 * must show exactly this after assembling the streamed deltas.
 */
export async function expectedMockAnswer(model: string, message: string): Promise<ExpectedAnswer> {
  const mock = await startMockServer({ tokensPerSecond: 0 });
  try {
    const response = await request(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: message }] }),
    });
    const body = (await response.body.json()) as {
      choices: { message: { content: string } }[];
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    return {
      text: body.choices[0]?.message.content ?? '',
      inputTokens: body.usage.prompt_tokens,
      outputTokens: body.usage.completion_tokens,
    };
  } finally {
    await mock.close();
  }
}
