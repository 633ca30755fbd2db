import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedCode, ImportedCurl } from '../../shared/export-schemas.ts';
import type { ProfileSummary } from '../../shared/profile-schemas.ts';
import { type Harness, startHarness } from '../web/test-harness.ts';

const run = promisify(execFile);
const key = 'sk-proj-exportTest0123456789abcdefWXYZ';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ OPENAI_API_KEY: key });
});
afterAll(async () => {
  await harness?.close();
});

const request = {
  model: 'mock-fast',
  system: "It's $HOME `date` | 你好 😀",
  messages: [{ role: 'user' as const, content: 'Say "hi"\nline two & %PATH% ^ !' }],
  stream: true,
};

describe('request.export and request.importCurl over the WebSocket', () => {
  it('exports a mock request as bash curl that, run for real, streams the answer', async () => {
    const client = await harness.connect();
    const exported = await client.call('request.export', { profileId: 'mock', request, target: 'curl-bash' });
    expect(exported.ok).toBe(true);
    const { code, containsKey, language } = exported.value as ExportedCode;
    expect(language).toBe('bash');
    expect(containsKey).toBe(false);
    expect(code).toMatch(/^curl 'http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions' \\\n/);
    expect(code).toContain('--data-raw ');
    expect(code).toContain('-N');
    const { stdout } = await run('bash', ['-c', `${code} -sS`]);
    expect(stdout).toContain('data: ');
    expect(stdout).toContain('[DONE]');
    const echoed = stdout
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => JSON.parse(line.slice(6)).choices?.[0]?.delta?.content ?? '')
      .join('');
    // The mock echoes the prompt (words re-spaced): every special character arrived intact.
    expect(echoed).toContain('You wrote: "Say "hi" line two & %PATH% ^ !"');
  });

  it('writes the key only when asked, and reads it from the variable otherwise', async () => {
    const client = await harness.connect();
    const call = (target: string, includeKey?: boolean) =>
      client.call('request.export', {
        profileId: 'openai',
        request: { ...request, model: 'gpt-4o' },
        target,
        ...(includeKey !== undefined && { includeKey }),
      });
    for (const target of ['curl-bash', 'curl-cmd', 'curl-powershell', 'python', 'typescript', 'fetch']) {
      const plain = (await call(target)).value as ExportedCode;
      expect(plain.code).not.toContain(key);
      expect(plain.containsKey).toBe(false);
      // The SDKs read OPENAI_API_KEY by themselves, so their code may not name it; the field says it.
      expect(plain.keyVariable).toBe('OPENAI_API_KEY');
    }
    expect(((await call('curl-bash')).value as ExportedCode).code).toContain(
      '-H "authorization: Bearer $OPENAI_API_KEY"',
    );
    expect(((await call('curl-cmd')).value as ExportedCode).code).toContain('%OPENAI_API_KEY%');
    expect(((await call('curl-powershell')).value as ExportedCode).code).toContain('$env:OPENAI_API_KEY');
    const withKey = (await call('python', true)).value as ExportedCode;
    expect(withKey.containsKey).toBe(true);
    expect(withKey.code).toContain(key);
  });

  it('imports the OpenAI reference curl with a pasted key: key to the store, request to a draft', async () => {
    const client = await harness.connect();
    const reference = readFileSync(
      join(import.meta.dirname, '../../../fixtures/curl/openai-chat-completions.sh'),
      'utf8',
    );
    const pasted = reference.replace('$OPENAI_API_KEY', 'sk-pasted0123456789abcdefghijklmnQRST');
    const imported = await client.call('request.importCurl', { command: pasted });
    expect(imported.ok).toBe(true);
    const value = imported.value as ImportedCurl;
    expect(JSON.stringify(value)).not.toContain('sk-pasted');
    expect(value).toMatchObject({ profileId: 'openai', createdProfile: false, keySaved: true });
    expect(value.request.messages.length).toBeGreaterThan(0);
    const profiles = (await client.call('profiles.list', {})).value as ProfileSummary[];
    const openai = profiles.find((profile) => profile.id === 'openai');
    expect(openai?.keys.map((slot) => slot.lastFour)).toContain('QRST');
  });

  it('makes a profile for a relay it has not seen, keeps unknown fields, and explains a bad paste', async () => {
    const client = await harness.connect();
    const relay = `curl https://relay.example.cn/v1/chat/completions -H 'Authorization: Bearer sk-relay0123456789abcdefghijKLMN' -H 'X-Team: red' --json '{"model":"deepseek-chat","messages":[{"role":"user","content":"你好"}],"seed":7}'`;
    const imported = (await client.call('request.importCurl', { command: relay })).value as ImportedCurl;
    expect(imported).toMatchObject({ createdProfile: true, keySaved: true, request: { extra: { seed: 7 } } });
    const profiles = (await client.call('profiles.list', {})).value as ProfileSummary[];
    const made = profiles.find((profile) => profile.id === imported.profileId);
    expect(made).toMatchObject({ baseUrl: 'https://relay.example.cn/v1', format: 'openai-compatible' });
    expect(made?.headers).toEqual({ 'x-team': 'red' });

    const bad = await client.call('request.importCurl', {
      command: 'curl https://api.openai.com/v1/chat/completions -d @body.json',
    });
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ ok: false, error: { code: 'unreadable-curl' } });
    expect(JSON.stringify(bad)).toMatch(/cannot be opened: cannot read local files from a paste/);
  });
});
