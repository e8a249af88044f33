import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { addressRefusal, guardedLookup, hostOf, parseTargetUrl, TargetError, type TargetPolicy } from './url-guard.js';

/** What one POST to a receiver gave. */
export interface SendResult {
  /** The HTTP status, or null when no answer came (refused target, connection error, timeout). */
  statusCode: number | null;
  durationMs: number;
  /** The first 1 KB of the answer's body. */
  response: string | null;
  /** Why no answer came. */
  error: string | null;
  /** The send was cut short because the dispatcher is stopping: nothing to record. */
  aborted?: boolean;
}

export interface WebhookSender {
  send(url: string, body: string, headers: Record<string, string>, signal?: AbortSignal): Promise<SendResult>;
  close(): void;
}

const RESPONSE_KEPT_BYTES = 1024;
/** More than this of an answer is not read: the connection is dropped instead. */
const RESPONSE_READ_LIMIT = 64 * 1024;

/**
 * POSTs signed payloads with keep-alive connections. Redirects are not followed (a 3xx is a failed attempt), the
 * whole exchange has a time limit, and connections only go to addresses the SSRF guard accepted.
 */
export function createWebhookSender(options: { policy: TargetPolicy; timeoutMs: number; userAgent?: string }): WebhookSender {
  const { policy, timeoutMs } = options;
  const lookup = guardedLookup(policy);
  const agents = {
    // Idle connections are closed after 4 s, before the usual 5 s keep-alive timeout of receivers closes them under us.
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 4000, lookup }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64, timeout: 4000, lookup }),
  };

  function send(target: string, body: string, headers: Record<string, string>, signal?: AbortSignal): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let url: URL;
    try {
      url = parseTargetUrl(target, policy);
      const host = hostOf(url);
      // Literal addresses are not looked up, so they are checked here.
      if (ipaddr.isValid(host)) {
        const reason = addressRefusal(host, policy);
        if (reason) throw new TargetError('refused', reason);
      }
    } catch (err) {
      return Promise.resolve({ statusCode: null, durationMs: elapsed(), response: null, error: describe(err, timeoutMs) });
    }
    return post(url, body, headers, signal, started, true);
  }

  function post(
    url: URL,
    body: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    started: number,
    mayRetryStaleSocket: boolean,
  ): Promise<SendResult> {
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise<SendResult>((resolve) => {
      let settled = false;
      const finish = (result: SendResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': options.userAgent ?? 'Roster-Webhooks/1.0',
          ...headers,
        },
      });
      const timer = setTimeout(() => {
        request.destroy(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const onAbort = () => {
        request.destroy(new Error('aborted: the server is shutting down'));
        finish({ statusCode: null, durationMs: elapsed(), response: null, error: 'aborted', aborted: true });
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive connection the receiver closed while idle: Node's documented remedy is to send again once.
        if (mayRetryStaleSocket && request.reusedSocket && err.code === 'ECONNRESET' && !settled) {
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(post(url, body, headers, signal, started, false));
          return;
        }
        finish({ statusCode: null, durationMs: elapsed(), response: null, error: describe(err, timeoutMs) });
      });
      request.on('response', (res) => {
        const kept: Buffer[] = [];
        let keptBytes = 0;
        let readBytes = 0;
        const done = () =>
          finish({
            statusCode: res.statusCode ?? null,
            durationMs: elapsed(),
            response: keptBytes > 0 ? Buffer.concat(kept).toString('utf8') : '',
            error: null,
          });
        res.on('data', (chunk: Buffer) => {
          readBytes += chunk.length;
          if (keptBytes < RESPONSE_KEPT_BYTES) {
            const part = chunk.subarray(0, RESPONSE_KEPT_BYTES - keptBytes);
            kept.push(part);
            keptBytes += part.length;
          }
          if (readBytes > RESPONSE_READ_LIMIT) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', done);
        res.on('close', done);
      });
      request.end(body);
    });
  }

  return {
    send,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

function describe(err: unknown, timeoutMs: number): string {
  if (err instanceof TargetError) return `refused: ${err.message}`;
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the receiver';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host does not resolve (${e.code})`;
    case 'ETIMEDOUT':
      return `timed out after ${timeoutMs} ms`;
  }
  return e.message || String(err);
}
