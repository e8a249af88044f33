import v8 from 'node:v8';
import vm from 'node:vm';
import { libcFunctions } from './native-libc.js';

/**
 * The C allocator (glibc's malloc) under a server that applies large sync files.
 *
 * Node's buffers, better-sqlite3's rows and libxml2 allocate through malloc, and glibc keeps what they free: each
 * thread that allocates gets an arena of its own (up to 8 per core), and after a large buffer is freed it raises its
 * mmap threshold, so the next large buffers (the next uploaded file, its copies) come from arenas it does not hand
 * back. After a 100,000-employee file the process kept ~250 MB it no longer used, and the next file's peak began there.
 *
 * On Linux with glibc, `tuneAllocator()` sets two arenas and a fixed 128 KiB mmap threshold (what
 * `MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072` in the environment does, which a process can only be given by
 * whoever starts it), and `trimAllocator()` hands the free memory of every arena back to the system (`malloc_trim`).
 * Elsewhere (macOS, Windows, musl) both do nothing. The calls go through koffi, a foreign-function interface shipped
 * as prebuilt binaries. A setting already given in the environment is left as the operator chose it.
 */

const M_MMAP_THRESHOLD = -3;
const M_ARENA_MAX = -8;

/** No glibc (musl), or no prebuilt binary for this platform: the allocator keeps its defaults. */
const loadLibc = libcFunctions((lib) => {
  const mallopt = lib.func('int mallopt(int param, int value)');
  const mallocTrim = lib.func('int malloc_trim(size_t pad)');
  return { mallopt: (p: number, v: number) => mallopt(p, v) as number, mallocTrim: (pad: number) => mallocTrim(pad) as number };
});

/** Called once, early in the server's start (before its threads allocate much). Returns what it set. */
export function tuneAllocator(env: NodeJS.ProcessEnv = process.env): string[] {
  const lib = loadLibc();
  const applied: string[] = [];
  if (!lib) return applied;
  if (!env.MALLOC_ARENA_MAX && lib.mallopt(M_ARENA_MAX, 2) === 1) applied.push('MALLOC_ARENA_MAX=2');
  if (!env.MALLOC_MMAP_THRESHOLD_ && lib.mallopt(M_MMAP_THRESHOLD, 128 * 1024) === 1) applied.push('MALLOC_MMAP_THRESHOLD_=131072');
  return applied;
}

/** Hands the allocator's free memory back to the system; false where there is no glibc to ask. */
export function trimAllocator(): boolean {
  const lib = loadLibc();
  if (!lib) return false;
  lib.mallocTrim(0);
  return true;
}

let collect: (() => void) | null | undefined;

/**
 * A full collection of this thread's JavaScript heap, then `trimAllocator()`. Used at the few moments when a large
 * sync file has just become garbage (the upload stored, the file parsed, the roster read, the comparison done): V8
 * would free those buffers only at its next full collection, which an idle thread may not reach for minutes, and
 * meanwhile the next stage of the file allocates on top of them. Returns false where that is not available.
 *
 * `gc` is taken, once per thread, from a new context created while V8's `--expose-gc` is on, and the flag is turned
 * off again at once: the flag is the process's, and left on it would give every context and worker thread created
 * later a global `gc` (a script declaring its own `gc` would then fail).
 */
export function releaseMemory(): boolean {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  if (!collect) return false;
  collect();
  trimAllocator();
  return true;
}
