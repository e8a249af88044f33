// The load generator, run in a child process (its own event loop, on the second core) so that generating requests
// does not take time from the servers under test. A process, not a worker thread: autocannon returns partial
// histograms when it is not on a main thread. Job and result shapes: LoadJob / LoadResult in run.ts.
import autocannon from 'autocannon';

/** @param {{ url: string, headers: Record<string, string>, paths: string[], connections: number, durationSeconds: number }} job */
async function run(job) {
  const { paths } = job;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds,
    headers: job.headers,
    requests: [
      {
        method: 'GET',
        // Each request takes one of the paths at random (random employee ids for the single-resource endpoint).
        setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)])),
  };
}

process.once('message', (job) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (err) => process.send?.({ ok: false, error: String(err instanceof Error ? err.stack : err) }, () => process.exit(1)),
  );
});
