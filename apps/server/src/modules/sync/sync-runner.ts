import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Clock } from '../../context.js';
import type { Db, Dialect } from '../../db/database.js';
import { holdSqliteWriter } from '../../db/writer-gate.js';
import type { Mailer } from '../../platform/mail/index.js';
import type { SyncFilesTable } from './sync.tables.js';
import { failSyncFile, isInterruption, isReportableError, type ProcessResult, processSyncFile } from './sync-engine.js';
import { retentionDays } from './sync-files.service.js';
import { notifyFileResult } from './sync-notifications.js';
import type { DatabaseLocation, WorkerReply, WorkerRequest, WorkerSetup } from './sync-worker-protocol.js';

export interface SyncRunnerDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  pollIntervalMs: number;
  /** A worker thread whose heap is larger than this after a file is replaced by a fresh one. */
  workerRecycleBytes: number;
  /** After a file, and after a replaced worker thread has ended: hands freed native memory back (native-memory.ts). */
  trimMemory?: () => void;
  /** The worker thread collects its heap and trims the allocator between the stages of a large file. */
  releaseMemory?: boolean;
  /** The worker thread's nice value (SYNC_WORKER_NICE; 0: the process's priority). */
  workerNice?: number;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

type LoggedFile = Pick<SyncFilesTable, 'id' | 'companyId' | 'requestId'>;

/** What names a file in a log line: its id, its company, and the request id of its upload (`reqId`, as request lines). */
function fileLogFields(file: LoggedFile) {
  return { fileId: file.id, companyId: file.companyId, reqId: file.requestId };
}

/**
 * The file's `error` after an unexpected failure. It is shown to clients (the file, its event, the mail): a message of
 * ours says what is wrong; any other (a database error, a bug) may quote the database, a value or the code, so the
 * client is given the upload's request id to quote instead, and the log line carries the real message.
 */
function failureMessage(err: Error, file: Pick<SyncFilesTable, 'id' | 'requestId'>): string {
  const reportable = (err as { reportable?: boolean }).reportable ?? isReportableError(err);
  if (reportable) return `Processing failed: ${err.message.trim().replace(/\.?$/, '.')} Nothing was changed.`;
  const reference = file.requestId ? `Request id ${file.requestId}` : `File ${file.id}`;
  return `Processing failed unexpectedly; nothing was changed. ${reference} (quote it to your Roster administrator).`;
}

/** A file is re-run after a crash mid-processing at most this many times in all; then it is marked error. */
export const maxAttempts = 3;
const CLAIM_LOCK = 0x53_59_4e_43; // "SYNC"
/** PostgreSQL: a process holds this advisory lock (with the file's hash) on one session while it processes a file. */
const FILE_LOCK = 0x53_59_4e_46; // "SYNF"

/** Runs files in a worker thread with its own database connection (the server's and bench's normal mode). */
class WorkerHost {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private pending: { fileId: string; resolve(r: ProcessResult | null): void; reject(e: Error): void } | null = null;

  private releaseWriter: (() => void) | null = null;

  constructor(
    private readonly location: DatabaseLocation,
    private readonly onProgress: (fileId: string, progress: number) => void,
    private readonly recycleHeapBytes: number,
    private readonly log: SyncRunnerDeps['log'],
    private readonly trimMemory: () => void = () => {},
    private readonly releaseMemory = false,
    private readonly nice = 0,
  ) {}

  /**
   * SQLite: while the worker's transaction holds the writer, the writes of this thread wait (db/writer-gate.ts). The
   * worker begins its transaction only after the answer, once this thread can no longer start one of its own.
   */
  private writing(worker: Worker, active: boolean) {
    if (active && !this.releaseWriter && !this.location.databaseUrl) this.releaseWriter = holdSqliteWriter();
    if (active) worker.postMessage({ type: 'writer-held' } satisfies WorkerRequest);
    if (!active) {
      this.releaseWriter?.();
      this.releaseWriter = null;
    }
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./sync-worker-entry.mjs', import.meta.url), {
      workerData: { ...this.location, releaseMemory: this.releaseMemory, nice: this.nice } satisfies WorkerSetup,
    });
    this.worker = worker;
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: WorkerReply) => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'progress') this.onProgress(m.fileId, m.progress);
        else if (m.type === 'writing') this.writing(worker, m.active);
        else if ((m.type === 'done' || m.type === 'failed') && this.pending?.fileId === m.fileId) {
          const pending = this.pending;
          this.pending = null;
          // Replace a thread whose heap grew large with a file: ending it hands that memory back to the system at
          // once (V8 keeps a grown heap for a long time), and the next file starts in a small heap without the last
          // file's garbage. Done before the answer, so the next file cannot be posted to the thread that is ending.
          if (m.heapBytes > this.recycleHeapBytes) this.recycle(worker, m.heapBytes);
          if (m.type === 'done') pending.resolve(m.result);
          else
            pending.reject(
              Object.assign(new Error(m.message), {
                stack: m.stack ?? undefined,
                fromWorker: true,
                reportable: m.reportable,
                interrupted: m.interrupted,
              }),
            );
        }
      });
      const gone = (err: Error) => {
        if (this.worker !== worker) return; // a replaced thread ending
        this.writing(worker, false);
        reject(err);
        this.pending?.reject(Object.assign(err, { workerDied: true }));
        this.pending = null;
        this.worker = null;
        this.ready = null;
      };
      worker.on('error', gone);
      worker.on('exit', (code) => gone(new Error(`sync worker exited with code ${code}`)));
    });
    this.ready = ready;
    return ready;
  }

  /** Ends an idle thread (it closes its database connection first) and starts its successor. */
  private recycle(worker: Worker, heapBytes: number): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    worker.once('exit', () => this.trimMemory());
    worker.postMessage({ type: 'close' });
    this.log.info({ heapMb: Math.round(heapBytes / 1048576) }, 'sync worker replaced after a large file');
    this.warm();
  }

  /** Starts the thread ahead of the first file (loading the sources takes a moment). */
  warm(): void {
    this.start().catch((err) => this.log.warn({ err }, 'sync worker did not start; it is retried with the next file'));
  }

  async run(fileId: string): Promise<ProcessResult | null> {
    await this.start();
    return new Promise((resolve, reject) => {
      this.pending = { fileId, resolve, reject };
      this.worker?.postMessage({ type: 'process', fileId });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await worker.terminate();
  }
}

/**
 * The job runner of HR data sync, one per server process. It polls the queue table, claims one file at a time (per
 * company: one file at a time, employee files before position files, then in arrival order), processes it off the
 * request path (a worker thread when the database can be opened from one, otherwise in this thread), and sends the
 * notification mail. On PostgreSQL several processes share the queue: claims are serialized by an advisory lock and
 * take rows FOR UPDATE SKIP LOCKED, and the claiming session holds a per-file advisory lock while the file is
 * processed; when a process dies its session ends, the lock is free, and any process re-queues the file.
 */
export class SyncRunner {
  readonly instanceId = randomUUID();
  private readonly progress = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private started = false;
  private host: WorkerHost | null = null;
  private recovered = false;
  private lastPurge = 0;

  constructor(private readonly deps: SyncRunnerDeps) {}

  /** Percent done of a file processed by this process (while its transaction is open, the database has the last phase). */
  progressOf = (fileId: string): number | undefined => this.progress.get(fileId);

  /** Starts polling. With `location`, files are processed in a worker thread that opens the same database. */
  start(location?: DatabaseLocation): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    if (location) {
      this.host = new WorkerHost(
        location,
        (id, p) => this.onProgress(id, p),
        this.deps.workerRecycleBytes,
        this.deps.log,
        this.deps.trimMemory,
        this.deps.releaseMemory,
        this.deps.workerNice,
      );
      this.host.warm();
    }
    this.schedule(0);
  }

  /** Stops polling, waits for the file in progress (its transaction commits or rolls back) and ends the worker. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.host?.close();
    this.host = null;
    this.started = false;
  }

  /** Looks at the queue now (after an upload) rather than at the next poll. */
  nudge(): void {
    if (this.started && !this.stopping && !this.running) this.schedule(0);
  }

  /** Processes everything that is due, then returns (tests; `roster` tooling). */
  async drain(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      if (!(await this.runOnce())) return;
    }
  }

  private schedule(delay: number) {
    if (this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = (async () => {
        try {
          while (!this.stopping && (await this.runOnce())) {
            // keep going while there is work
          }
        } catch (err) {
          this.deps.log.error({ err }, 'sync runner failed');
        } finally {
          this.running = null;
          this.schedule(this.deps.pollIntervalMs);
        }
      })();
    }, delay);
    this.timer.unref?.();
  }

  private onProgress(fileId: string, progress: number) {
    this.progress.set(fileId, progress);
    // SQLite with a worker: the worker holds the only writer while it applies; a write here would wait for it.
    if (this.deps.dialect === 'postgres' || !this.host) {
      this.deps.db
        .updateTable('syncFiles')
        .set({ progress })
        .where('id', '=', fileId)
        .where('status', '=', 'processing')
        .execute()
        .catch(() => {});
    }
  }

  /** One round: housekeeping, then claim and process at most one file. True when a file was processed. */
  async runOnce(): Promise<boolean> {
    const now = this.deps.clock.now();
    await this.recover(now);
    await this.promoteScheduled(now);
    await this.notifyPending(now);
    await this.purge(now);
    if (this.deps.dialect !== 'postgres') {
      const file = await this.claim(this.deps.db, now);
      if (!file) return false;
      await this.process(file);
      return true;
    }
    // PostgreSQL: claim and process on one session, which holds the file's lock until it is done (or dies).
    return this.deps.db.connection().execute(async (session) => {
      const file = await this.claim(session, now);
      if (!file) return false;
      try {
        await this.process(file);
      } finally {
        await sql`select pg_advisory_unlock(${FILE_LOCK}, hashtext(${file.id}))`.execute(session);
      }
      return true;
    });
  }

  private async process(file: SyncFilesTable): Promise<void> {
    this.progress.set(file.id, 0);
    // The upload's request id: a client's 202 answer names it, and it follows the file into these log lines.
    const about = fileLogFields(file);
    try {
      const env = { db: this.deps.db, dialect: this.deps.dialect, clock: this.deps.clock };
      let result: ProcessResult | null;
      try {
        result = this.host ? await this.host.run(file.id) : await processSyncFile(env, file.id, (p) => this.onProgress(file.id, p));
      } catch (err) {
        const interrupted = (err as { interrupted?: ReturnType<typeof isInterruption> }).interrupted ?? isInterruption(err);
        if (interrupted) {
          // Nothing was committed, and it is not the file's failure: another process has it now (its claim), or the
          // connection to PostgreSQL was lost — the queue's recovery re-runs it, counting the attempt, once nobody
          // holds its lock (at the latest when this round ends).
          this.deps.log.warn(
            { err, ...about },
            interrupted === 'claim_lost'
              ? 'sync file taken over by another process: its work here is dropped'
              : 'sync file interrupted: the database connection was lost; it will be re-run',
          );
          return;
        }
        const died = (err as { workerDied?: boolean }).workerDied;
        this.deps.log.error({ err, ...about }, died ? 'sync worker died while processing a file' : 'sync file processing failed');
        if (died && file.attempts < maxAttempts) {
          await this.requeue([file.id]);
          return;
        }
        result = await failSyncFile(env, file.id, failureMessage(err as Error, file), file.claimedBy ?? undefined);
      }
      this.deps.log.info({ ...about, status: result?.status }, 'sync file processed');
      if (result) await this.notify(file);
    } finally {
      this.progress.delete(file.id);
      this.deps.trimMemory?.();
    }
  }

  private async notify(file: LoggedFile) {
    try {
      await notifyFileResult(
        { db: this.deps.db, mailer: this.deps.mailer, publicUrl: this.deps.publicUrl, log: this.deps.log },
        file.id,
        this.deps.clock.now(),
      );
    } catch (err) {
      this.deps.log.warn({ err, ...fileLogFields(file) }, 'sync notification failed');
    }
  }

  /** Files that ended while no mail could be sent (a crash right after commit): send it now. */
  private async notifyPending(now: Date) {
    const since = new Date(now.getTime() - 86_400_000).toISOString();
    const rows = await this.deps.db
      .selectFrom('syncFiles')
      .select(['id', 'companyId', 'requestId'])
      .where('notifiedAt', 'is', null)
      .where('dryRun', '=', 0)
      .where('status', 'in', ['complete', 'complete_with_errors', 'error', 'blocked', 'skipped'])
      .where('finishedAt', '>=', since)
      .limit(20)
      .execute();
    for (const r of rows) await this.notify(r);
  }

  private async requeue(ids: string[]) {
    if (ids.length === 0) return;
    await this.deps.db
      .updateTable('syncFiles')
      .set({ status: 'queued', progress: 0, claimedBy: null, updatedAt: this.deps.clock.now().toISOString() })
      .where('id', 'in', ids)
      .where('status', '=', 'processing')
      .execute();
  }

  /**
   * Files left in processing by a process that died: re-run (their transaction never committed, so the roster is as
   * before), or marked error after maxAttempts. SQLite: at start (one process). PostgreSQL: every round, for files
   * whose per-file lock nobody holds.
   */
  private async recover(now: Date) {
    if (this.deps.dialect === 'sqlite' && this.recovered) return;
    this.recovered = true;
    const processing = await this.deps.db
      .selectFrom('syncFiles')
      .select(['id', 'companyId', 'requestId', 'attempts'])
      .where('status', '=', 'processing')
      .execute();
    let stale = processing;
    if (this.deps.dialect === 'postgres' && processing.length) {
      stale = await this.deps.db.connection().execute(async (session) => {
        const orphans: typeof processing = [];
        for (const f of processing) {
          const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_lock(${FILE_LOCK}, hashtext(${f.id})) as free`.execute(
            session,
          );
          if (!rows[0]?.free) continue;
          orphans.push(f);
          await sql`select pg_advisory_unlock(${FILE_LOCK}, hashtext(${f.id}))`.execute(session);
        }
        return orphans;
      });
    }
    const retry = stale.filter((f) => f.attempts < maxAttempts).map((f) => f.id);
    await this.requeue(retry);
    const env = { db: this.deps.db, dialect: this.deps.dialect, clock: this.deps.clock };
    for (const f of stale.filter((s) => s.attempts >= maxAttempts)) {
      const result = await failSyncFile(
        env,
        f.id,
        `Processing was interrupted ${f.attempts} times (the server stopped mid-file); nothing was changed.`,
      );
      if (result) await this.notify(f);
    }
    if (stale.length)
      this.deps.log.warn(
        { requeued: retry, failed: stale.length - retry.length, at: now.toISOString() },
        'sync files left in processing were recovered',
      );
  }

  private async promoteScheduled(now: Date) {
    await this.deps.db
      .updateTable('syncFiles')
      .set({ status: 'queued', updatedAt: now.toISOString() })
      .where('status', '=', 'scheduled')
      .where('processAt', '<=', now.toISOString())
      .execute();
  }

  /** Files are kept 30 days (bytes, error report and diff included). */
  private async purge(now: Date) {
    if (now.getTime() - this.lastPurge < 3_600_000) return;
    this.lastPurge = now.getTime();
    const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    await this.deps.db
      .deleteFrom('syncFiles')
      .where('createdAt', '<', before)
      .where('status', 'not in', ['processing', 'queued', 'scheduled'])
      .execute();
  }

  /**
   * Claims the next file: per company, nothing while one of its files is processing; employee files before position
   * files; then arrival order. Companies take turns by the arrival of their next file.
   */
  private async claim(db: Db, now: Date): Promise<SyncFilesTable | null> {
    return db.transaction().execute(async (trx) => {
      if (this.deps.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`.execute(trx);
      const busy = new Set(
        (await trx.selectFrom('syncFiles').select('companyId').where('status', '=', 'processing').execute()).map((r) => r.companyId),
      );
      let q = trx
        .selectFrom('syncFiles')
        .select(['id', 'companyId', 'kind', 'createdAt'])
        .where('status', '=', 'queued')
        .orderBy('createdAt')
        .orderBy('id')
        .limit(200);
      if (this.deps.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const queued = await q.execute();
      const firstOf = new Map<string, (typeof queued)[number]>();
      for (const f of queued) {
        if (busy.has(f.companyId)) continue;
        const best = firstOf.get(f.companyId);
        if (!best || (best.kind === 'positions' && f.kind === 'employees')) firstOf.set(f.companyId, f);
      }
      const next = [...firstOf.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0];
      if (!next) return null;
      const at = now.toISOString();
      const claimed = await trx
        .updateTable('syncFiles')
        .set((eb) => ({
          status: 'processing',
          attempts: eb('attempts', '+', 1),
          startedAt: at,
          claimedBy: this.instanceId,
          heartbeatAt: at,
          progress: 0,
          updatedAt: at,
        }))
        .where('id', '=', next.id)
        .where('status', '=', 'queued')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return null;
      // Session-level: held after this transaction commits, until the file is done or the session ends.
      if (this.deps.dialect === 'postgres') await sql`select pg_advisory_lock(${FILE_LOCK}, hashtext(${next.id}))`.execute(trx);
      return (await trx.selectFrom('syncFiles').selectAll().where('id', '=', next.id).executeTakeFirst()) ?? null;
    });
  }
}
