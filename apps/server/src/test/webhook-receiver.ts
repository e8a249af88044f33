import http from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are asserted field by field in tests
  payload: any;
  /** Verified with the `standardwebhooks` library against the secret(s) registered for the path. */
  verified: boolean;
  verifyError: string | null;
  /** Date.now() when the body was complete. */
  receivedAt: number;
}

export interface Reply {
  status: number;
  body?: string;
  delayMs?: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port><path>`. */
  url(path: string): string;
  received: ReceivedWebhook[];
  /** Secrets that deliveries to `path` must verify with (any one of them). */
  setSecrets(path: string, secrets: string[]): void;
  /** How to answer requests to `path` (200 by default). */
  respond(path: string, reply: Reply | ((r: ReceivedWebhook) => Reply)): void;
  /** Deliveries to a path so far. */
  at(path: string): ReceivedWebhook[];
  /** Resolves once `predicate` holds for the received list (checked on each arrival and answer), or rejects after the timeout. */
  waitUntil(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs `verify` of the standardwebhooks library as if the time were `nowMs`: the library checks the timestamp against
 * Date.now(), and tests that move an injected clock must verify against that clock.
 */
export function verifyAt(secret: string, body: string, headers: Record<string, string>, nowMs?: number): unknown {
  const wh = new Webhook(secret);
  if (nowMs === undefined) return wh.verify(body, headers);
  const realNow = Date.now;
  Date.now = () => nowMs;
  try {
    return wh.verify(body, headers);
  } finally {
    Date.now = realNow;
  }
}

/**
 * A real HTTP server on loopback that receives webhooks the way an integrator's endpoint does and verifies every
 * delivery's Standard Webhooks signature with the `standardwebhooks` library.
 */
export async function startWebhookReceiver(options: { now?: () => number } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const secrets = new Map<string, string[]>();
  const replies = new Map<string, Reply | ((r: ReceivedWebhook) => Reply)>();
  const waiters = new Set<() => void>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let verified = false;
      let verifyError: string | null = 'no secret registered for this path';
      for (const secret of secrets.get(path) ?? []) {
        try {
          verifyAt(secret, body, headers, options.now?.());
          verified = true;
          verifyError = null;
          break;
        } catch (err) {
          verifyError = (err as Error).message;
        }
      }
      let payload: unknown = null;
      try {
        payload = JSON.parse(body);
      } catch {}
      const entry: ReceivedWebhook = { path, headers, body, payload, verified, verifyError, receivedAt: Date.now() };
      received.push(entry);
      for (const w of [...waiters]) w();
      const configured = replies.get(path) ?? { status: 200, body: 'ok' };
      const reply = typeof configured === 'function' ? configured(entry) : configured;
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'text/plain' });
        res.end(reply.body ?? '');
        for (const w of [...waiters]) w();
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    setSecrets(path, list) {
      secrets.set(path, list);
    },
    respond(path, reply) {
      replies.set(path, reply);
    },
    at: (path) => received.filter((r) => r.path === path),
    waitUntil(predicate, timeoutMs = 20_000) {
      if (predicate(received)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(received)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`receiver: condition not met within ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
