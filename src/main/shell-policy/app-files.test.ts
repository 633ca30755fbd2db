import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-files.ts';
import { appContentSecurityPolicy } from './content-security-policy.ts';

let root: string;
let renderer: string;

// A real folder: the built window, a secret beside it, and symbolic links in and out.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'promptwire-app-files-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Promptwire</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(renderer, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'keys.json'), '{"key":"sk-secret"}');
  symlinkSync(join(root, 'keys.json'), join(renderer, 'assets', 'escape.js'));
  symlinkSync(root, join(renderer, 'outside'));
  symlinkSync(join(renderer, 'assets', 'index-abc.js'), join(renderer, 'alias.js'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app scheme', () => {
  it('serves the index page with the CSP and the security headers', async () => {
    const answer = await resolveAppFile('promptwire://app/index.html', renderer);
    expect(answer).toMatchObject({ found: true, path: join(renderer, 'index.html') });
    if (!answer.found) return;
    expect(answer.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': appContentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });

  it('serves the index page for the bare origin, and assets without a CSP of their own', async () => {
    expect(await resolveAppFile('promptwire://app/', renderer)).toMatchObject({ found: true });
    const script = await resolveAppFile('promptwire://app/assets/index-abc.js?v=1#x', renderer);
    expect(script).toMatchObject({ found: true, path: join(renderer, 'assets', 'index-abc.js') });
    if (script.found) {
      expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
      expect(script.headers).not.toHaveProperty('Content-Security-Policy');
    }
  });

  it('refuses traversal in every spelling', async () => {
    const attempts = [
      'promptwire://app/../keys.json',
      'promptwire://app/assets/../../keys.json',
      'promptwire://app/%2e%2e/keys.json',
      'promptwire://app/%2E%2E%2Fkeys.json',
      'promptwire://app/assets%2F..%2F..%2Fkeys.json',
      'promptwire://app/..%5Ckeys.json',
      'promptwire://app/assets\\..\\..\\keys.json',
      'promptwire://app/%252e%252e/keys.json',
      'promptwire://app/index.html%00.js',
      `promptwire://app/${encodeURIComponent(join(root, 'keys.json'))}`,
    ];
    for (const url of attempts) {
      const answer = await resolveAppFile(url, renderer);
      expect(answer.found, url).toBe(false);
      if (!answer.found) expect(answer.headers['X-Content-Type-Options'], url).toBe('nosniff');
    }
  });

  it('refuses dotfiles', async () => {
    expect(await resolveAppFile('promptwire://app/.env', renderer)).toMatchObject({
      found: false,
      status: 403,
    });
  });

  it('refuses symbolic links that lead outside the folder, and follows those that stay inside', async () => {
    expect(await resolveAppFile('promptwire://app/assets/escape.js', renderer)).toMatchObject({
      found: false,
      status: 403,
    });
    expect(await resolveAppFile('promptwire://app/outside/keys.json', renderer)).toMatchObject({
      found: false,
      status: 403,
    });
    expect(await resolveAppFile('promptwire://app/alias.js', renderer)).toMatchObject({
      found: true,
      path: join(renderer, 'assets', 'index-abc.js'),
    });
  });

  it('answers only its own scheme and host', async () => {
    for (const url of [
      'promptwire://other/index.html',
      'promptwire://app.evil/index.html',
      'file:///index.html',
      'http://app/index.html',
    ]) {
      expect(await resolveAppFile(url, renderer), url).toMatchObject({ found: false, status: 404 });
    }
    expect(await resolveAppFile('promptwire://user@app/index.html', renderer)).toMatchObject({
      found: false,
      status: 400,
    });
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect(await resolveAppFile('promptwire://app/index.html', renderer, 'HEAD')).toMatchObject({
      found: true,
    });
    expect(await resolveAppFile('promptwire://app/index.html', renderer, 'POST')).toMatchObject({
      found: false,
      status: 405,
    });
  });

  it('says Not found for missing files and for a renderer that was never built', async () => {
    expect(await resolveAppFile('promptwire://app/missing.js', renderer)).toMatchObject({ status: 404 });
    expect(await resolveAppFile('promptwire://app/index.html', join(root, 'nowhere'))).toMatchObject({
      status: 404,
    });
  });
});
