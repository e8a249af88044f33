/**
 * SQLite has one writer. The HR data sync worker thread holds it for the whole transaction of a file (seconds for a
 * large one); a write from the server's thread meanwhile would wait for the lock inside better-sqlite3, blocking the
 * event loop (up to busy_timeout, then failing). So the server's thread never asks for the lock while the worker holds
 * it: the SQLite driver (db/sqlite-driver.ts) makes its writes wait here, asynchronously, while reads go on; background
 * writers that can wait a round — the webhook dispatcher's poll, the change feed's numbering, a key's lastUsedAt — look
 * here and skip their turn instead.
 *
 * The worker takes the lock only after this thread has marked it held (the host answers its request, see
 * sync-runner.ts), so no write of this thread can start between the two.
 *
 * Process state on purpose: it describes a lock another thread of this process holds on this process's database file.
 */
let holders = 0;
let waiters: (() => void)[] = [];

/** A write of this thread waited longer than it may for the sync worker to release SQLite's writer. */
export class SqliteWriterBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(
      `An HR data sync file is being applied and holds the database's writer; nothing was changed. Retry in a few seconds (waited ${Math.round(waitedMs / 1000)} s).`,
    );
    this.name = 'SqliteWriterBusyError';
  }
}

/** Marks the writer as held by another connection of this process; call the returned function when it is released. */
export function holdSqliteWriter(): () => void {
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };
}

/** True while another connection of this process holds SQLite's writer (a sync file is being applied). */
export function sqliteWriterBusy(): boolean {
  return holders > 0;
}

/**
 * Resolves once no other connection of this process holds SQLite's writer (at once when none does); rejects with
 * SqliteWriterBusyError after `maxWaitMs`. The caller checks `sqliteWriterBusy()` again before writing: another file
 * may have taken the writer in between.
 */
export function sqliteWriterReleased(maxWaitMs: number): Promise<void> {
  if (holders === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      waiters = waiters.filter((w) => w !== done);
      reject(new SqliteWriterBusyError(Date.now() - started));
    }, maxWaitMs);
    waiters.push(done);
  });
}
