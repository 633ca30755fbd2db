import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type MockServer, startMockServer } from '../src/main/mock/mock-server.ts';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, freshDataDirectory, startBrowserHost } from './browser-host.ts';
import { addKeyInWindow, compatibleProfileId, sendChat, useCompatibleProfile } from './compatible-profile.ts';
import { leakForms, leaksIn, readEveryFile } from './leak-search.ts';
import { type RecordingProxy, startRecordingProxy } from './recording-proxy.ts';

const key = 'sk-live-PROMPTWIRE-RESTART-CANARY-5e1d2b';

let mock: MockServer;
let upstream: RecordingProxy;
const hosts: BrowserHost[] = [];

test.beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  upstream = await startRecordingProxy(mock.url);
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await upstream?.close();
  await mock?.close();
  for (const host of hosts) rmSync(host.dataDirectory, { recursive: true, force: true });
});

function chatAuthorizations(): (string | undefined)[] {
  return upstream.requests
    .filter((request) => request.path === '/v1/chat/completions')
    .map((request) => request.headers.authorization);
}

test('a key added in the window is stored encrypted and works again after a restart', async ({ browser }) => {
  const dataDirectory = freshDataDirectory();

  // First run: the user pastes a key with the default storage (stored, encrypted).
  const first = await startBrowserHost(dataDirectory);
  hosts.push(first);
  const firstPage = await browser.newPage();
  await firstPage.goto(first.url);
  await useCompatibleProfile(firstPage, `${upstream.url}/v1`);
  await addKeyInWindow(firstPage, key);
  const keyList = firstPage.getByRole('list', { name: /^Keys of / });
  await expect(keyList).toContainText(en.ui.keys.sources.stored);
  await firstPage.close();
  await first.stop();

  // At rest: no file of the data directory holds the key in any spelling, while the settings
  // written in the same run (the base URL) are there, so this is the folder the host used.
  const files = readEveryFile(dataDirectory);
  expect(files.length).toBeGreaterThan(0);
  const everything = Buffer.concat(files.map((file) => file.bytes)).toString('latin1');
  expect(everything.includes(`${upstream.url}/v1`), 'the settings were written to this folder').toBe(true);
  const leaking = files
    .map((file) => ({ path: file.path, forms: leaksIn(file.bytes.toString('latin1'), key) }))
    .filter((file) => file.forms.length > 0);
  expect(leaking).toEqual([]);
  expect(leakForms(key).length).toBeGreaterThan(5);

  // Second run on the same folder: the key is still configured, known by its last four only.
  const second = await startBrowserHost(dataDirectory);
  hosts.push(second);
  const page = await browser.newPage();
  await page.goto(second.url);
  await page.getByRole('combobox', { name: en.ui.provider.label }).selectOption(compatibleProfileId);
  await expect(page.getByLabel(en.ui.baseUrl.label, { exact: true })).toHaveValue(`${upstream.url}/v1`);
  const restoredList = page.getByRole('list', { name: /^Keys of / });
  await expect(restoredList).toContainText(`…${key.slice(-4)}`);
  await expect(restoredList).toContainText(en.ui.keys.sources.stored);

  // And it works: the upstream receives it in full on a request sent after the restart.
  const before = chatAuthorizations().length;
  await sendChat(page, 'Still there after a restart?');
  expect(chatAuthorizations().slice(before)).toEqual([`Bearer ${key}`]);
  await page.close();
});
