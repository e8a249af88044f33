import type Sqlite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
  type SqliteDialectConfig,
} from 'kysely';
import { sqliteWriterBusy, sqliteWriterReleased } from './writer-gate.js';

/** What the driver needs of better-sqlite3 (the statement cache of database.ts stands in front of it). */
export interface SqliteHandle {
  prepare(sql: string): Sqlite.Statement;
  close(): void;
}

/** Serializes use of the one connection (a transaction holds it across awaits). */
class Mutex {
  #locked: Promise<void> | null = null;
  #unlock: (() => void) | null = null;

  async lock(): Promise<void> {
    while (this.#locked) await this.#locked;
    this.#locked = new Promise((resolve) => {
      this.#unlock = resolve;
    });
  }

  unlock(): void {
    const unlock = this.#unlock;
    this.#locked = null;
    this.#unlock = null;
    unlock?.();
  }
}

function run(stmt: Sqlite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (stmt.reader) return { rows: stmt.all(parameters) };
  const { changes, lastInsertRowid } = stmt.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * One use of the connection. Unlike Kysely's own SQLite driver, which locks the connection when it is acquired, the
 * lock is taken when a statement or transaction runs, so that a write can first wait — without holding the
 * connection, while reads go on — for the HR data sync worker to release SQLite's writer (db/writer-gate.ts).
 */
class GatedConnection implements DatabaseConnection {
  #inTransaction = false;

  constructor(
    private readonly db: SqliteHandle,
    private readonly mutex: Mutex,
    private readonly writeWaitMs: number,
  ) {}

  /** Holds the connection for a write: never while the sync worker holds the writer (waits for it, then rechecks). */
  async #lockForWrite(): Promise<void> {
    for (;;) {
      if (sqliteWriterBusy()) await sqliteWriterReleased(this.writeWaitMs);
      await this.mutex.lock();
      if (!sqliteWriterBusy()) return;
      this.mutex.unlock();
    }
  }

  async begin(): Promise<void> {
    await this.#lockForWrite();
    try {
      // Immediate: the write lock is taken at BEGIN. A deferred transaction that read first and wrote later would fail
      // with SQLITE_BUSY if the worker's connection committed in between.
      this.db.prepare('begin immediate').run();
    } catch (err) {
      this.mutex.unlock();
      throw err;
    }
    this.#inTransaction = true;
  }

  /** A failed COMMIT leaves the transaction open: Kysely then rolls it back, which releases the connection. */
  async commit(): Promise<void> {
    this.db.prepare('commit').run();
    this.#finish();
  }

  async rollback(): Promise<void> {
    try {
      this.db.prepare('rollback').run();
    } finally {
      this.#finish();
    }
  }

  #finish(): void {
    if (!this.#inTransaction) return;
    this.#inTransaction = false;
    this.mutex.unlock();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.db.prepare(query.sql);
    if (this.#inTransaction) return run(stmt, query.parameters) as QueryResult<R>;
    if (stmt.readonly) await this.mutex.lock();
    else await this.#lockForWrite();
    try {
      return run(stmt, query.parameters) as QueryResult<R>;
    } finally {
      this.mutex.unlock();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error('SQLite streams select queries only');
    const stmt = this.db.prepare(query.sql);
    // The statement stays busy across the consumer's awaits: nothing else may use the connection meanwhile.
    const owned = !this.#inTransaction;
    if (owned) await this.mutex.lock();
    try {
      for (const row of stmt.iterate(query.parameters)) yield { rows: [row as R] };
    } finally {
      if (owned) this.mutex.unlock();
    }
  }
}

class GatedSqliteDriver implements Driver {
  readonly #mutex = new Mutex();

  constructor(
    private readonly db: SqliteHandle,
    private readonly writeWaitMs: number,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GatedConnection(this.db, this.#mutex, this.writeWaitMs);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GatedConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GatedConnection).commit();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GatedConnection).rollback();
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.db.close();
  }
}

/**
 * Kysely's SQLite dialect (compiler, adapter, introspector) with the driver above. `writeWaitMs`: how long a write
 * waits for the sync worker to release the writer before failing with SqliteWriterBusyError (a 503 over HTTP).
 */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly handle: SqliteHandle,
    private readonly writeWaitMs: number,
  ) {
    super({ database: handle } as unknown as SqliteDialectConfig);
  }

  override createDriver(): Driver {
    return new GatedSqliteDriver(this.handle, this.writeWaitMs);
  }
}
