// `npm start`: builds the server from its TypeScript sources into dist/ (a second or less) and runs it in this process.
// The server runs as plain JavaScript: no TypeScript loader in the server or its sync worker thread, which saves about
// 50 MB of memory in each and starts faster. Tests and `npx tsx apps/server/src/main.ts` run the sources directly.
import { build } from './build.mjs';

process.setSourceMapsEnabled(true);
const main = await build();
await import(main);
