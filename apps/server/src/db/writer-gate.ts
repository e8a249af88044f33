/**
 * SQLite has one writer. The HR data sync worker thread holds it for the whole transaction of a file (seconds for a
 * large one); a write from the server's thread meanwhile would wait for the lock inside better-sqlite3, blocking the
 * event loop (up to busy_timeout). Background writers that can wait a round — the webhook dispatcher's poll, a key's
 * lastUsedAt — look here and skip their turn instead. Requests that write still wait for the lock.
 *
 * Process state on purpose: it describes a lock another thread of this process holds on this process's database file.
 */
let holders = 0;

/** Marks the writer as held by another connection of this process; call the returned function when it is released. */
export function holdSqliteWriter(): () => void {
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
  };
}

/** True while another connection of this process holds SQLite's writer (a sync file is being applied). */
export function sqliteWriterBusy(): boolean {
  return holders > 0;
}
