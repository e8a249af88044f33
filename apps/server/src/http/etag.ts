import { createHash } from 'node:crypto';

/** Strong ETag of a representation: identical JSON gives an identical tag. */
export function etagOf(data: unknown): string {
  return `"${createHash('sha1').update(JSON.stringify(data)).digest('base64url')}"`;
}

/** True when an If-Match / If-None-Match header value matches the tag (`*` matches any). */
export function etagMatches(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}
