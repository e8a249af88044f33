import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

describe.skipIf(process.platform === 'win32')('a new SQLite database file', () => {
  it('is readable by its owner only, and so are its -wal and -shm files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-mode-'));
    const file = path.join(dir, 'data', 'roster.sqlite');
    const previous = process.umask(0o022);
    try {
      const handle = await openDatabase({ sqliteFile: file });
      await sql`create table t (x integer)`.execute(handle.db);
      await sql`insert into t values (1)`.execute(handle.db);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) {
        expect({ f: path.basename(f), mode: fs.statSync(f).mode & 0o777 }).toEqual({ f: path.basename(f), mode: 0o600 });
      }
      await handle.close();
      // An existing file keeps the mode its operator gave it.
      fs.chmodSync(file, 0o640);
      const again = await openDatabase({ sqliteFile: file });
      await again.close();
      expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    } finally {
      process.umask(previous);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
