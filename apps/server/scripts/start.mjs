// `npm start`: builds the server from its TypeScript sources into dist/ (a second or less) and runs it in this process.
// The server runs as plain JavaScript: no TypeScript loader in the server or its sync worker thread, which saves about
// 50 MB of memory in each and starts faster. Tests and `npx tsx apps/server/src/main.ts` run the sources directly.
// The build runs in a child process: esbuild's JavaScript side and the bundle it hands back would otherwise stay in
// this process's memory for its whole life (~50 MB of resident memory, measured on the idle server).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const scripts = path.dirname(fileURLToPath(import.meta.url));
execFileSync(process.execPath, [path.join(scripts, 'build.mjs')], { stdio: 'inherit' });
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(scripts, '../dist/main.mjs')).href);
