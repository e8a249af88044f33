import type { ProcessResult } from './sync-engine.js';

/** Where a worker thread can open the server's database: the same SQLite file, or the same PostgreSQL (and schema). */
export interface DatabaseLocation {
  databaseUrl?: string;
  sqliteFile?: string;
  pgSchema?: string;
}

/** What a worker thread is started with. */
export interface WorkerSetup extends DatabaseLocation {
  /** Collect the heap and trim the allocator between the stages of a large file (`EngineEnv.releaseMemory`). */
  releaseMemory: boolean;
  /** The thread's nice value (Linux; 0 leaves it as the process's): native-priority.ts. */
  nice: number;
}

/** `writer-held`: the answer to `writing` (active): the server's thread has marked SQLite's writer as held. */
export type WorkerRequest = { type: 'process'; fileId: string } | { type: 'writer-held' } | { type: 'close' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; fileId: string; progress: number }
  | { type: 'writing'; fileId: string; active: boolean }
  | { type: 'done'; fileId: string; result: ProcessResult | null; heapBytes: number }
  /** `reportable`: the message is ours to show the client (sync-engine.ts `isReportableError`). */
  /** `interrupted`: not the file's failure (sync-engine.ts `isInterruption`): the claim or the connection was lost. */
  | {
      type: 'failed';
      fileId: string;
      message: string;
      stack: string | null;
      reportable: boolean;
      interrupted: 'claim_lost' | 'database' | null;
      heapBytes: number;
    };
