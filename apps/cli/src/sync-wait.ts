import cliProgress from 'cli-progress';
import type { OutputStreams } from './output.js';
import { finalStatuses, type SyncApi, type SyncFile } from './sync-client.js';

/** `--wait`: polls the uploaded files until each reaches a final status, showing progress meanwhile. */

export interface ProgressView {
  update(files: SyncFile[]): void;
  stop(): void;
}

const label = (f: SyncFile) => `${f.kind} ${f.filename ?? f.id}`;

/** A bar per file on a terminal (stderr, so stdout stays the result); plain lines in logs; nothing with --json. */
export function progressView(streams: OutputStreams, json: boolean): ProgressView {
  if (json) return { update() {}, stop() {} };
  if (streams.stderr.isTTY) return barView(streams.stderr as NodeJS.WriteStream);
  return lineView(streams);
}

function barView(stream: NodeJS.WriteStream): ProgressView {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{name} [{bar}] {percentage}% | {status}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const byId = new Map<string, cliProgress.SingleBar>();
  // Ctrl-C while waiting: give the terminal its cursor back, then end as the signal would have.
  const onSignal = (signal: NodeJS.Signals) => {
    bars.stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    update(files) {
      const width = Math.max(...files.map((f) => label(f).length));
      for (const f of files) {
        const payload = { name: label(f).padEnd(width), status: f.status };
        const value = finalStatuses.includes(f.status) ? 100 : f.progress;
        const bar = byId.get(f.id);
        if (bar) bar.update(value, payload);
        else byId.set(f.id, bars.create(100, value, payload));
      }
    },
    stop() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      bars.stop();
    },
  };
}

/** One line when a file changes status, and every quarter of the way while it is processing. */
function lineView(streams: OutputStreams): ProgressView {
  const seen = new Map<string, string>();
  return {
    update(files) {
      for (const f of files) {
        const step = f.status === 'processing' ? `processing ${Math.floor(f.progress / 25) * 25} %` : f.status;
        if (seen.get(f.id) === step) continue;
        seen.set(f.id, step);
        streams.stdout.write(`${label(f)}: ${f.status === 'processing' ? `processing ${f.progress} %` : f.status}\n`);
      }
    },
    stop() {},
  };
}

/** Until every file is final or `timeoutMs` passes (then `timedOut`, with the files as last seen). */
export async function waitForFiles(
  api: SyncApi,
  files: SyncFile[],
  options: { timeoutMs: number; view: ProgressView },
): Promise<{ files: SyncFile[]; timedOut: boolean }> {
  const deadline = Date.now() + options.timeoutMs;
  let current = files;
  let interval = 200;
  try {
    for (;;) {
      options.view.update(current);
      if (current.every((f) => finalStatuses.includes(f.status))) return { files: current, timedOut: false };
      const left = deadline - Date.now();
      if (left <= 0) return { files: current, timedOut: true };
      await new Promise((resolve) => setTimeout(resolve, Math.min(interval, left)));
      interval = Math.min(Math.round(interval * 1.5), 2000);
      // Reads survive a short outage (a restarting server): a few retries before giving up with exit 3.
      current = await Promise.all(
        current.map((f) => (finalStatuses.includes(f.status) ? f : api.file(f.id, { retries: 3, retryUnreachable: true }))),
      );
    }
  } finally {
    options.view.stop();
  }
}
