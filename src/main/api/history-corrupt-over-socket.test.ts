import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../web/test-harness.ts';

let harness: Harness;

beforeAll(async () => {
  // What a disk error or a half-copied file leaves: not a database at all.
  harness = await startHarness({}, (data) =>
    writeFileSync(join(data, 'history.sqlite'), 'this is not an SQLite file, it was damaged'.repeat(200)),
  );
});

afterAll(async () => {
  await harness?.close();
});

describe('a damaged history database', () => {
  it('is moved aside, said in app.info, and the app keeps history in a fresh one', async () => {
    const client = await harness.connect();
    const info = await client.call('app.info', {});
    const notices = (info.value as { notices?: string[] }).notices ?? [];
    expect(notices.join('\n')).toMatch(
      /history database could not be read .* moved to .*history\.sqlite\.corrupt-/,
    );
    const files = readdirSync(join(harness.folder, 'data'));
    expect(files.some((file) => file.startsWith('history.sqlite.corrupt-'))).toBe(true);

    const started = await client.call('chat.start', {
      requestId: 'after-corruption',
      profileId: 'mock',
      request: { model: 'mock-fast', messages: [{ role: 'user', content: 'still kept' }], stream: true },
    });
    expect(started.ok).toBe(true);
    await client.chatEnd('after-corruption');
    // The answer is indexed as the stream ends, a moment after the chat's end event.
    let found = 0;
    for (let tries = 0; tries < 50 && found === 0; tries += 1) {
      const listed = await client.call('history.list', { search: 'kept' });
      found = (listed.value as { total: number }).total;
      if (found === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toBe(1);
  });
});
