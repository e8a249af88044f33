import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/**
 * Generates the OpenAPI document from the route schemas and writes it to `<repo>/openapi.json`.
 * `--check` writes nothing and exits 1 when the committed file differs from what the code generates (CI runs it).
 *
 *   npm run openapi          # regenerate
 *   npm run openapi:check    # fail if stale
 */

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const openApiFile = path.join(repoRoot, 'openapi.json');

const methodOrder = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Builds the app in-process (in-memory SQLite, no network, no environment) and returns `app.swagger()`. */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-openapi-'));
  const handle = await openDatabase({ sqliteFile: ':memory:' });
  try {
    await migrateToLatest(handle.db, handle.dialect);
    // An empty environment: the document must not depend on the machine that generates it.
    const config = loadConfig({}, { logLevel: 'silent', dataDir });
    const app = await buildApp({ config, db: handle.db, dialect: handle.dialect, logger: false });
    try {
      await app.ready();
      // A deep copy, so callers may modify it without touching the app's cached document.
      return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Paths sorted alphabetically and methods in a fixed order, so the file does not change when modules are
 * registered in another order; everything else keeps the order the schemas declare (property order is meaningful
 * to readers and generated clients).
 */
export function canonicalOpenApi(doc: Record<string, unknown>): Record<string, unknown> {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  const sortedPaths: Record<string, Record<string, unknown>> = {};
  for (const p of Object.keys(paths).sort()) {
    const item = paths[p]!;
    const rank = (k: string) => (methodOrder.includes(k) ? methodOrder.indexOf(k) : -1);
    const keys = Object.keys(item).sort((a, b) => rank(a) - rank(b) || (rank(a) === -1 ? a.localeCompare(b) : 0));
    sortedPaths[p] = Object.fromEntries(keys.map((k) => [k, item[k]]));
  }
  return { ...doc, paths: sortedPaths };
}

/** 2-space indent and a trailing newline. */
export function serializeOpenApi(doc: Record<string, unknown>): string {
  return `${JSON.stringify(canonicalOpenApi(doc), null, 2)}\n`;
}

function operationsOf(doc: Record<string, unknown>): Map<string, string> {
  const ops = new Map<string, string>();
  for (const [p, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const [m, op] of Object.entries(item)) {
      if (methodOrder.includes(m)) ops.set(`${m.toUpperCase()} ${p}`, JSON.stringify(op));
    }
  }
  return ops;
}

/** A short account of what changed, so a stale check says more than "differs". */
export function describeDifference(committed: string | undefined, generated: string): string[] {
  if (committed === undefined) return ['openapi.json does not exist'];
  let old: Record<string, unknown>;
  try {
    old = JSON.parse(committed) as Record<string, unknown>;
  } catch {
    return ['openapi.json is not valid JSON'];
  }
  const fresh = JSON.parse(generated) as Record<string, unknown>;
  const before = operationsOf(old);
  const after = operationsOf(fresh);
  const lines: string[] = [];
  for (const op of after.keys()) if (!before.has(op)) lines.push(`+ ${op} (new operation)`);
  for (const op of before.keys()) if (!after.has(op)) lines.push(`- ${op} (removed operation)`);
  for (const [op, json] of after) if (before.has(op) && before.get(op) !== json) lines.push(`~ ${op} (changed)`);
  for (const key of new Set([...Object.keys(old), ...Object.keys(fresh)])) {
    if (key !== 'paths' && JSON.stringify(old[key]) !== JSON.stringify(fresh[key])) lines.push(`~ ${key} (changed)`);
  }
  if (lines.length === 0) lines.push('formatting differs (same content)');
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const generated = serializeOpenApi(await generateOpenApiDocument());
  const committed = fs.existsSync(openApiFile) ? fs.readFileSync(openApiFile, 'utf8') : undefined;
  if (check) {
    if (committed === generated) {
      process.stdout.write('openapi.json is up to date\n');
      return 0;
    }
    const changes = describeDifference(committed, generated);
    const shown = changes.slice(0, 40).map((l) => `  ${l}`);
    if (changes.length > shown.length) shown.push(`  … and ${changes.length - shown.length} more`);
    process.stderr.write(`openapi.json is stale: run npm run openapi\n${shown.join('\n')}\n`);
    return 1;
  }
  if (committed === generated) {
    process.stdout.write(`openapi.json unchanged (${openApiFile})\n`);
  } else {
    fs.writeFileSync(openApiFile, generated);
    process.stdout.write(`wrote ${openApiFile}\n`);
  }
  return 0;
}

// Runs only as a script, so tests can import generateOpenApiDocument() without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
