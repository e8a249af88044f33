import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../../context.js';
import { openDatabase } from '../../db/database.js';
import { releaseMemory } from '../../native-memory.js';
import { setThreadNice } from '../../native-priority.js';
import { isInterruption, isReportableError, processSyncFile } from './sync-engine.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './sync-worker-protocol.js';

/**
 * The sync worker thread: parses, compares and applies files on its own database connection, so the server's event
 * loop (and, on SQLite, its connection) stays free for API requests while a large file is processed.
 */
const port = parentPort;
if (!port) throw new Error('sync-worker must run in a worker thread');
const { releaseMemory: release, nice, ...location } = workerData as WorkerSetup;
// Below the threads that answer the API, on a busy machine (SYNC_WORKER_NICE).
if (nice > 0) setThreadNice(nice);
// SQLite: waiting for the lock blocks only this thread, and a write transaction of the server's thread (a sandbox copying
// a large roster, say) may hold it for seconds: wait rather than fail the file.
const handle = await openDatabase({ ...location, poolSize: 2, busyTimeoutMs: 60_000 });
const reply = (message: WorkerReply) => port.postMessage(message);
/** Resolves the wait of a file's transaction for the host's `writer-held` (see `writing` below). */
let writerHeld: (() => void) | null = null;
/**
 * The memory this thread holds after a file, its JavaScript heap (V8 keeps what it grew to) and the buffers outside it:
 * the host replaces a thread that grew large.
 */
const heapBytes = () => {
  const heap = v8.getHeapStatistics();
  return heap.total_heap_size + heap.external_memory;
};

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'close') {
    handle.close().finally(() => port.close());
    return;
  }
  if (message.type === 'writer-held') {
    writerHeld?.();
    writerHeld = null;
    return;
  }
  const { fileId } = message;
  processSyncFile(
    { db: handle.db, dialect: handle.dialect, clock: systemClock, releaseMemory: release ? releaseMemory : undefined },
    fileId,
    (progress) => reply({ type: 'progress', fileId, progress }),
    // SQLite: the transaction begins only once the server's thread has marked the writer held, so that none of its
    // writes can be asking for the lock at the same moment (it would wait for it with its event loop blocked).
    (active) => {
      if (!active) return reply({ type: 'writing', fileId, active });
      return new Promise<void>((resolve) => {
        writerHeld = resolve;
        reply({ type: 'writing', fileId, active });
      });
    },
  ).then(
    (result) => reply({ type: 'done', fileId, result, heapBytes: heapBytes() }),
    (err: Error) =>
      reply({
        type: 'failed',
        fileId,
        message: err.message,
        stack: err.stack ?? null,
        reportable: isReportableError(err),
        interrupted: isInterruption(err),
        heapBytes: heapBytes(),
      }),
  );
});
reply({ type: 'ready' });
