#!/usr/bin/env node
// The `promptwire` command. Plain JavaScript so that an old Node can still read it and say why it
// cannot go on; the command itself is TypeScript that Node 24 runs directly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Promptwire needs Node 24 or newer, but this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Run it through npm so the pinned node@24 devDependency is used: `npm ci`, then `npx promptwire …`\n' +
      'or `npm run web` / `npm run mock`.',
  );
  process.exit(1);
}

// undici marks its SOCKS5 agent experimental; the warning tells a user nothing they can act on, so
// that one is dropped and every other warning is still printed the way Node prints it.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SOCKS5/i.test(warning.message)) return;
  process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
});

/** Waits until everything written so far has left the process, so nothing is cut by exit. */
const drain = (stream) => new Promise((resolve) => stream.write('', () => resolve()));

let code = 1;
try {
  const { main } = await import('../src/main/cli/main.ts');
  code = await main(process.argv.slice(2));
} catch (error) {
  console.error('promptwire: unexpected failure:', error);
}
await Promise.all([drain(process.stdout), drain(process.stderr)]);
// Exits even when a library keeps an idle socket or timer alive after the command is done.
process.exit(code);
