import net from 'node:net';

/**
 * A TCP proxy in front of Redis, to take Redis away and give it back: `hang` stops passing bytes on (Redis seems to
 * hang), `refuse` closes every connection and refuses new ones (Redis stopped), `pass` is the way to Redis again.
 */
export async function redisProxy(target: { host: string; port: number }) {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let mode: 'pass' | 'hang' | 'refuse' = 'pass';
  const server = net.createServer((socket) => {
    if (mode === 'refuse') return socket.destroy();
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [socket, upstream];
    pairs.add(pair);
    socket.on('data', (d) => {
      if (mode === 'pass') upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (mode === 'pass') socket.write(d);
    });
    const end = () => {
      socket.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    socket.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dropAll = () => {
    for (const [a, b] of pairs) {
      a.destroy();
      b.destroy();
    }
  };
  return {
    port: (server.address() as net.AddressInfo).port,
    set(next: 'pass' | 'hang' | 'refuse') {
      mode = next;
      // Connections that hung stay useless: drop them when Redis comes back, as a restart or a healed network would.
      if (next !== 'hang') dropAll();
    },
    close: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
