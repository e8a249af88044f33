import net from 'node:net';
import { expect, it } from 'vitest';
import { createTestApp } from '../test/app-fixture.js';

it('a request that arrives while the server drains is a 503 problem with Retry-After; the one in flight finishes', async () => {
  const t = await createTestApp();
  let closed: Promise<void> | null = null;
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const body = JSON.stringify({ name: 'Made while draining' });
    const auth = `Authorization: ${t.a.auth.authorization}\r\n`;
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // A POST in flight: its body is half sent when the server starts to close.
    socket.write(
      `POST /core/v3/departments HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((r) => setTimeout(r, 200));
    closed = t.app.close();
    await new Promise((r) => setTimeout(r, 200));
    // The rest of its body, and a second request on the same connection right behind it.
    socket.write(`${body.slice(5)}GET /core/v3/info HTTP/1.1\r\nHost: x\r\n${auth}\r\n`);
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const answers = received.split(/(?=HTTP\/1\.1 )/);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 503 /);
    expect(answers[1]).toMatch(/content-type: application\/problem\+json/i);
    expect(answers[1]).toMatch(/retry-after: 5/i);
    const problem = JSON.parse((answers[1] as string).slice((answers[1] as string).indexOf('\r\n\r\n') + 4));
    expect(problem).toMatchObject({ status: 503, type: '/problems/unavailable', requestId: expect.any(String) });
  } finally {
    await closed;
    // Closing the app a second time is a no-op; this also closes the database and drops a PostgreSQL test schema.
    await t.close();
  }
}, 30_000);
