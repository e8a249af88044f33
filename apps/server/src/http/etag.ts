import { hash } from 'node:crypto';

/** Strong ETag of a representation: identical JSON gives an identical tag. */
export function etagOf(data: unknown): string {
  // One-shot hash: the same digest as createHash('sha1'), without a Hash object per response.
  return `"${hash('sha1', JSON.stringify(data), 'base64url')}"`;
}

/** True when an If-Match / If-None-Match header value matches the tag (`*` matches any). */
export function etagMatches(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}
