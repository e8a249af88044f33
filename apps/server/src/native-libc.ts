import { createRequire } from 'node:module';
import type { LibraryHandle } from 'koffi';

/**
 * Functions of the C library (glibc on Linux), declared through koffi, a foreign-function interface shipped as prebuilt
 * binaries: `declare` is called once, on first use, and its functions are kept. Null on other systems, or where the
 * library or one of the functions is missing (musl, no prebuilt binary): callers then leave things as they are.
 */
export function libcFunctions<T>(declare: (lib: LibraryHandle) => T): () => T | null {
  let loaded: T | null | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    loaded = null;
    if (process.platform !== 'linux') return loaded;
    try {
      const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
      loaded = declare(koffi.load('libc.so.6'));
    } catch {
      loaded = null;
    }
    return loaded;
  };
}
