import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../context.js';
import { migrateToLatest } from '../../db/migrate.js';
import { allScopes } from '../../platform/api-keys/scopes.js';
import { scratchDatabases } from '../../test/scratch-database.js';
import { filePartBytes, readFileBytes, storeFileBytes } from './sync-file-bytes.js';

const scratch = scratchDatabases();

async function database(target?: string) {
  const handle = await scratch.open();
  await migrateToLatest(handle.db, handle.dialect, handle.pgSchema, target);
  return { handle, pgSchema: handle.pgSchema };
}

const at = new Date().toISOString();
const companyId = '0190d6c0-0000-7000-8000-0000000000c1';
const fileRow = (id: string, size: number) => ({
  id,
  companyId,
  kind: 'employees',
  status: 'complete',
  progress: 100,
  dryRun: 0,
  format: 'csv',
  contentType: 'text/csv',
  filename: null,
  size,
  sha256: 'x',
  mappingId: null,
  fields: null,
  createdCount: 0,
  updatedCount: 0,
  terminatedCount: 0,
  deletedCount: 0,
  unchangedCount: 0,
  rejectedCount: 0,
  error: null,
  errorCount: 0,
  attempts: 0,
  processAt: null,
  approvedAt: null,
  approvedBy: null,
  uploadedByType: 'api_key',
  uploadedById: null,
  uploadedByName: 'k',
  requestId: null,
  claimedBy: null,
  heartbeatAt: null,
  notifiedAt: null,
  notificationError: null,
  createdAt: at,
  startedAt: null,
  finishedAt: null,
  updatedAt: at,
});

describe('uploaded files stored in parts', () => {
  it('gives back the bytes of files of every size, parts included, in order', async () => {
    const { handle } = await database();
    try {
      // biome-ignore lint/suspicious/noExplicitAny: rows written directly, as the upload does
      const db = handle.db as any;
      await db.insertInto('companies').values({ id: companyId, name: 'C', region: 'eu1', createdAt: at, updatedAt: at }).execute();
      const ctx = systemContext(handle, companyId, allScopes);
      const sizes = [1, filePartBytes - 1, filePartBytes, filePartBytes + 1, 9 * filePartBytes + 3, 17 * filePartBytes];
      for (const [i, size] of sizes.entries()) {
        const id = `0190d6c0-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`;
        const bytes = randomBytes(size);
        await db.insertInto('syncFiles').values(fileRow(id, size)).execute();
        await storeFileBytes(ctx, id, bytes);
        const parts = await db.selectFrom('syncFileParts').select('part').where('fileId', '=', id).execute();
        expect(parts.length).toBe(Math.ceil(size / filePartBytes));
        expect((await readFileBytes(ctx, id, size))?.equals(bytes), `size ${size}`).toBe(true);
        // A size that does not match what is stored is an error, not a silently cut or padded file.
        await expect(readFileBytes(ctx, id, size + 1)).rejects.toThrow(/hold/);
      }
      expect(await readFileBytes(ctx, '0190d6c0-0000-7000-8000-0000000001ff', 10)).toBeNull();
      // Another company's context does not reach the parts.
      const other = systemContext(handle, '0190d6c0-0000-7000-8000-0000000000c2', allScopes);
      expect(await readFileBytes(other, '0190d6c0-0000-7000-8000-000000000100', 1)).toBeNull();
    } finally {
      await handle.close();
    }
  });

  it('migration 0008 keeps the files stored before it, as one part each', async () => {
    const { handle, pgSchema } = await database('0007-history-by-resource');
    try {
      // biome-ignore lint/suspicious/noExplicitAny: the schema before the migration
      const db = handle.db as any;
      await db.insertInto('companies').values({ id: companyId, name: 'C', region: 'eu1', createdAt: at, updatedAt: at }).execute();
      const id = '0190d6c0-0000-7000-8000-000000000201';
      const bytes = randomBytes(3 * filePartBytes + 5);
      await db.insertInto('syncFiles').values(fileRow(id, bytes.length)).execute();
      await db.insertInto('syncFileContents').values({ fileId: id, companyId, bytes }).execute();
      expect(await migrateToLatest(handle.db, handle.dialect, pgSchema)).toEqual([
        '0008-sync-file-parts',
        '0009-company-keys',
        '0010-instance-secrets',
        '0011-sync-pending-end-date',
        '0012-erased-price-per-hour',
        '0013-event-purge-marks',
        '0014-event-sequence-mark',
      ]);
      const ctx = systemContext(handle, companyId, allScopes);
      expect((await readFileBytes(ctx, id, bytes.length))?.equals(bytes)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});

describe('a file read to be shared with another thread', () => {
  it('is the same bytes, in a SharedArrayBuffer', async () => {
    const { handle } = await database();
    try {
      // biome-ignore lint/suspicious/noExplicitAny: rows written directly, as the upload does
      const db = handle.db as any;
      await db.insertInto('companies').values({ id: companyId, name: 'C', region: 'eu1', createdAt: at, updatedAt: at }).execute();
      const ctx = systemContext(handle, companyId, allScopes);
      const id = '0190d6c0-0000-7000-8000-000000000301';
      const bytes = randomBytes(2 * filePartBytes + 7);
      await db.insertInto('syncFiles').values(fileRow(id, bytes.length)).execute();
      await storeFileBytes(ctx, id, bytes);
      const shared = await readFileBytes(ctx, id, bytes.length, { shared: true });
      expect(shared?.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(shared?.equals(bytes)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
