import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { setThreadNice, threadNice } from './native-priority.js';

const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
const glibc = process.platform === 'linux' && typeof report.header?.glibcVersionRuntime === 'string';

describe.runIf(glibc)('the sync worker thread’s priority on Linux', () => {
  it('lowers the priority of the calling thread only, not the process', async () => {
    const before = threadNice();
    const url = new URL('./native-priority.ts', import.meta.url).href;
    // A worker thread of its own (through tsx, as the sync worker's entry does) sets its nice value and reports it.
    const worker = new Worker(
      `(async () => {
         const { register } = await import('tsx/esm/api');
         register();
         const { setThreadNice, threadNice } = await import(${JSON.stringify(url)});
         require('node:worker_threads').parentPort.postMessage({ set: setThreadNice(7), nice: threadNice() });
       })();`,
      { eval: true },
    );
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({ set: true, nice: 7 });
    expect(threadNice()).toBe(before);
  });
});

describe.runIf(!glibc)('elsewhere', () => {
  it('does nothing', () => {
    expect(setThreadNice(10)).toBe(false);
    expect(threadNice()).toBeNull();
  });
});
