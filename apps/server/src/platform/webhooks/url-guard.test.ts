import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressRefusal, checkTarget, classifyAddress, guardedLookup, type Resolver, TargetError } from './url-guard.js';
import { createWebhookSender } from './webhook-sender.js';

const strict = { allowPrivate: false, allowHttp: false };
const lenient = { allowPrivate: true, allowHttp: true };

describe('SSRF guard', () => {
  it.each([
    ['8.8.8.8', 'unicast'],
    ['2606:4700::1111', 'unicast'],
    ['127.0.0.1', 'loopback'],
    ['127.45.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.10.10', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    // IPv4 inside IPv6 is judged as the IPv4 address it carries.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', 'unicast'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::1', 'loopback'],
  ])('classifies %s as %s', (address, category) => {
    expect(classifyAddress(address).category).toBe(category);
  });

  it('allows private ranges only when configured, and never metadata, multicast or unspecified addresses', () => {
    expect(addressRefusal('8.8.8.8', strict)).toBeNull();
    expect(addressRefusal('10.0.0.1', strict)).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS');
    expect(addressRefusal('10.0.0.1', lenient)).toBeNull();
    expect(addressRefusal('127.0.0.1', lenient)).toBeNull();
    expect(addressRefusal('::1', lenient)).toBeNull();
    expect(addressRefusal('169.254.169.254', lenient)).toContain('never allowed');
    expect(addressRefusal('fd00:ec2::254', lenient)).toContain('metadata');
    expect(addressRefusal('224.0.0.1', lenient)).toContain('multicast');
    expect(addressRefusal('0.0.0.0', lenient)).toContain('unspecified');
  });

  it('checks every address a name resolves to', async () => {
    const resolver =
      (addresses: string[]): Resolver =>
      async () =>
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    await expect(checkTarget('https://hooks.example.com/x', strict, resolver(['93.184.215.14']))).resolves.toEqual(['93.184.215.14']);
    await expect(checkTarget('https://rebind.example.com/x', strict, resolver(['93.184.215.14', '127.0.0.1']))).rejects.toThrow(
      'rebind.example.com resolves to 127.0.0.1 is a loopback address',
    );
    await expect(checkTarget('https://metadata.google.internal/x', lenient, resolver(['169.254.169.254']))).rejects.toThrow('metadata');
    const failing: Resolver = async () => {
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const err = await checkTarget('https://nowhere.invalid/x', strict, failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect((err as TargetError).problem).toBe('refused');
    expect((err as TargetError).message).toContain('ENOTFOUND');
  });

  it('refuses the wrong scheme as invalid, and http unless allowed', async () => {
    const http = await checkTarget('http://93.184.215.14/x', strict).catch((e: TargetError) => e);
    expect((http as TargetError).problem).toBe('invalid');
    await expect(checkTarget('http://93.184.215.14/x', { allowPrivate: false, allowHttp: true })).resolves.toEqual(['93.184.215.14']);
    await expect(checkTarget('file:///etc/passwd', lenient)).rejects.toThrow('https');
    await expect(checkTarget('gopher://93.184.215.14/', lenient)).rejects.toThrow('https');
  });

  it('refuses at connection time, with the lookup the connection uses (no DNS rebinding window)', async () => {
    const lookup = guardedLookup(strict);
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', { all: true }, (err) => resolve(err)));
    expect(error).toBeInstanceOf(TargetError);
    expect(error?.message).toContain('loopback');

    // A receiver on loopback: the sender refuses it by name and by address unless private targets are allowed.
    const server = http.createServer((_req, res) => res.end('reached'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    try {
      const guarded = createWebhookSender({ policy: { allowPrivate: false, allowHttp: true }, timeoutMs: 2000 });
      for (const url of [`http://localhost:${port}/`, `http://127.0.0.1:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`]) {
        const result = await guarded.send(url, '{}', {});
        expect(result.statusCode, url).toBeNull();
        expect(result.error, url).toMatch(/^refused: .*loopback/);
      }
      guarded.close();
      const open = createWebhookSender({ policy: lenient, timeoutMs: 2000 });
      expect(await open.send(`http://localhost:${port}/`, '{}', {})).toMatchObject({ statusCode: 200, response: 'reached' });
      open.close();
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('does not follow redirects, keeps the first 1 KB of the answer and gives up after the timeout', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' });
        return res.end();
      }
      if (req.url === '/big') return res.end('x'.repeat(5000));
      setTimeout(() => res.end('late'), 1000);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const sender = createWebhookSender({ policy: lenient, timeoutMs: 300 });
    try {
      expect(await sender.send(`${base}/redirect`, '{}', {})).toMatchObject({ statusCode: 307, error: null });
      const big = await sender.send(`${base}/big`, '{}', {});
      expect(big.statusCode).toBe(200);
      expect(big.response).toHaveLength(1024);
      const slow = await sender.send(`${base}/slow`, '{}', {});
      expect(slow).toMatchObject({ statusCode: null, error: 'timed out after 300 ms' });
      expect(slow.durationMs).toBeGreaterThanOrEqual(290);
    } finally {
      sender.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
