// Fails loudly when an older Node runs the project: undici 8, vitest 5 and the CLI's TypeScript
// type stripping all need Node 24. `npm run`/`npx` put the pinned `node@24` devDependency first
// on PATH, so this only trips when something calls the system Node directly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Promptwire needs Node 24 or newer, but this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Run it through npm so the pinned node@24 devDependency is used: `npm ci`, then `npm start`, `npm test`\n' +
      'or `npx promptwire …`.',
  );
  process.exit(1);
}
