import { libcFunctions } from './native-libc.js';

/**
 * The scheduling priority of the calling thread (Linux). The HR data sync worker thread lowers its own (a nice value
 * of `SYNC_WORKER_NICE`, default 10), so that on a busy machine the threads that answer the API get the CPU first and
 * a large file takes longer instead: with a 100,000-employee file applied on PostgreSQL, on 2 cores, the p99 of reads
 * went from 55 to 45 ms and twice as many were answered meanwhile (bench/README.md). On an idle machine a nice value
 * changes nothing. Linux's setpriority() applies to the one thread whose id it is given (gettid); elsewhere (macOS,
 * Windows, musl without gettid) these do nothing. Through koffi, as native-memory.ts.
 */
const PRIO_PROCESS = 0;

const loadLibc = libcFunctions((lib) => {
  const gettid = lib.func('int gettid()');
  const setpriority = lib.func('int setpriority(int which, uint32_t who, int prio)');
  const getpriority = lib.func('int getpriority(int which, uint32_t who)');
  return {
    gettid: () => gettid() as number,
    setpriority: (which: number, who: number, prio: number) => setpriority(which, who, prio) as number,
    getpriority: (which: number, who: number) => getpriority(which, who) as number,
  };
});

/** Sets the calling thread's nice value (0–19; higher is lower priority). False where that is not available. */
export function setThreadNice(nice: number): boolean {
  const lib = loadLibc();
  if (!lib) return false;
  return lib.setpriority(PRIO_PROCESS, lib.gettid(), Math.max(0, Math.min(19, Math.trunc(nice)))) === 0;
}

/** The calling thread's nice value, or null where it cannot be read. */
export function threadNice(): number | null {
  const lib = loadLibc();
  return lib ? lib.getpriority(PRIO_PROCESS, lib.gettid()) : null;
}
