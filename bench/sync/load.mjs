// Load for bench/sync: N concurrent loops of GET requests (random paths) until the parent says stop. Runs in a child
// process so that it does not take event-loop time from the server under test. Reports every request's start time
// (epoch ms) and latency, so the parent can keep the ones made while a file was being applied.
import http from 'node:http';

let stop = false;
process.on('message', (m) => {
  if (m === 'stop') stop = true;
});
// The bench died: do not go on loading a server that is gone.
process.on('disconnect', () => process.exit(0));

process.once('message', async (job) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const url = new URL(job.url);
  const samples = [];
  const statuses = {};
  const one = (path) =>
    new Promise((resolve) => {
      const started = Date.now();
      const t0 = performance.now();
      const req = http.request({ host: url.hostname, port: url.port, path, headers: job.headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          samples.push(started, performance.now() - t0);
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          resolve();
        });
      });
      req.on('error', () => {
        statuses.error = (statuses.error ?? 0) + 1;
        resolve();
      });
      req.end();
    });
  const loop = async () => {
    while (!stop) await one(job.paths[Math.floor(Math.random() * job.paths.length)]);
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  process.send({ samples, statuses }, () => process.exit(0));
});
