import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { releaseMemory, trimAllocator, tuneAllocator } from './native-memory.js';

const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
const glibc = process.platform === 'linux' && typeof report.header?.glibcVersionRuntime === 'string';

describe.runIf(glibc)('the C allocator on Linux with glibc', () => {
  it('sets two arenas and a fixed mmap threshold, unless the environment already chose them', () => {
    expect(tuneAllocator({})).toEqual(['MALLOC_ARENA_MAX=2', 'MALLOC_MMAP_THRESHOLD_=131072']);
    expect(tuneAllocator({ MALLOC_ARENA_MAX: '4' })).toEqual(['MALLOC_MMAP_THRESHOLD_=131072']);
    expect(tuneAllocator({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual([]);
  });

  it('hands freed memory back in a moment (it runs after every sync file)', () => {
    // Many small native allocations (each below the mmap threshold, so from the arenas), then freed.
    let buffers: Buffer[] | null = Array.from({ length: 20_000 }, () => Buffer.allocUnsafeSlow(4096).fill(1));
    expect(buffers.length).toBe(20_000);
    buffers = null;
    const started = performance.now();
    expect(trimAllocator()).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe.runIf(!glibc)('elsewhere', () => {
  it('changes nothing', () => {
    expect(tuneAllocator({})).toEqual([]);
    expect(trimAllocator()).toBe(false);
  });
});

describe('releasing a large file that has become garbage', () => {
  it('frees the buffers nothing refers to any more at once, without exposing gc to the process', async () => {
    let upload: Buffer | null = Buffer.alloc(64 * 1024 * 1024, 1);
    expect(upload.length).toBe(64 * 1024 * 1024);
    const held = process.memoryUsage().arrayBuffers;
    upload = null;
    expect(releaseMemory()).toBe(true);
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(held - 60 * 1024 * 1024);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    // Contexts and worker threads created afterwards have no gc of their own either (a script may declare one).
    const vm = await import('node:vm');
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
    expect(() => vm.runInNewContext('let gc = 1; gc')).not.toThrow();
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage(typeof globalThis.gc)', { eval: true });
    expect(await new Promise((resolve) => worker.once('message', resolve))).toBe('undefined');
    await worker.terminate();
  });
});
