// Bundles the server (src/main.ts) and its sync worker thread (src/modules/sync/sync-worker.ts) into dist/, with the
// XSDs the sync module reads next to them. Packages stay in node_modules (native better-sqlite3, wasm xmllint).
// `node apps/server/scripts/build.mjs` builds only; `npm start` builds and runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(serverDir, 'src');
const dist = path.join(serverDir, 'dist');

/** Replaces a file in one step (write aside, rename), so a server running from dist/ never reads a half-written one. */
function writeFileAtomic(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, contents);
  fs.renameSync(aside, file);
}

/** Builds dist/ and returns the URL of dist/main.mjs. */
export function build() {
  const result = buildSync({
    // sync-runner.ts starts its thread from `./sync-worker-entry.mjs` next to itself: in dist/ that is this bundle.
    entryPoints: [
      { in: path.join(src, 'main.ts'), out: 'main' },
      { in: path.join(src, 'modules/sync/sync-worker.ts'), out: 'sync-worker-entry' },
    ],
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    // Stack traces need the mappings only; the sources' text in the map would stay in memory with it (~15 MB).
    sourcesContent: false,
    logLevel: 'warning',
    write: false,
  });
  for (const file of result.outputFiles) writeFileAtomic(file.path, file.contents);
  // format-xml.ts reads `./xsd/<kind>.xsd` next to itself.
  const xsd = path.join(src, 'modules/sync/xsd');
  for (const name of fs.readdirSync(xsd)) writeFileAtomic(path.join(dist, 'xsd', name), fs.readFileSync(path.join(xsd, name)));
  return pathToFileURL(path.join(dist, 'main.mjs')).href;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) build();
