import { hash } from 'node:crypto';

/** Strong ETag of a representation: identical JSON gives an identical tag. */
export function etagOf(data: unknown): string {
  return etagOfJson(JSON.stringify(data));
}

/** The tag of a representation already serialized by JSON.stringify (`etagOf` without serializing it again). */
export function etagOfJson(json: string): string {
  // One-shot hash: the same digest as createHash('sha1'), without a Hash object per response.
  return `"${hash('sha1', json, 'base64url')}"`;
}

/**
 * True when an If-Match / If-None-Match header value matches the tag (`*` matches any). If-Match compares strongly
 * (RFC 9110 13.1.1: a weak tag `W/"…"` never matches), If-None-Match weakly (13.1.2).
 */
export function etagMatches(header: string, etag: string, comparison: 'strong' | 'weak' = 'weak'): boolean {
  return header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => comparison === 'weak' || !t.startsWith('W/'))
    .map((t) => t.replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}
