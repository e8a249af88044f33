// The webhook receiver of bench/webhooks, in its own process (as a real receiver is its own service), so that the
// load generator's work does not delay its answers. It answers 200 at once and reports, in batches over IPC, when
// each webhook arrived: [department name, epoch milliseconds with sub-millisecond precision].
import http from 'node:http';

const now = () => performance.timeOrigin + performance.now();
let pending = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const at = now();
    res.writeHead(200).end();
    try {
      const payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      pending.push([payload.data?.name, at]);
    } catch {}
  });
});
server.keepAliveTimeout = 10_000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
setInterval(() => {
  if (pending.length === 0) return;
  process.send({ received: pending });
  pending = [];
}, 20);
process.on('disconnect', () => process.exit(0));
