/**
 * What no stored text may hold, whichever way it arrives (an API body, an HR data sync file): the NUL character
 * (`\u0000`), which PostgreSQL cannot store in text or jsonb and no HR value has, and half of a UTF-16 surrogate pair
 * on its own (`\ud800`), which is no character — stored, it would come back in every answer and event as JSON that
 * strict parsers (jq, Go, Rust) refuse, and PostgreSQL would keep U+FFFD instead. The API refuses both in every string
 * it is sent (http/input-keywords.ts calls this); a sync file's row holding one is rejected (sync-records.ts).
 * Plain functions, no HTTP: the sync worker thread uses them too.
 */

const surrogate = /[\uD800-\uDFFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const loneSurrogates = new RegExp(loneSurrogate.source, 'g');

/** Why `value` cannot be stored, worded as the API words it ("must not contain …"); null when it can. */
export function invalidTextProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  // Most text has no surrogate at all: one scan, and the pairing is looked at only when it has one.
  if (surrogate.test(value) && loneSurrogate.test(value)) {
    return 'must be valid Unicode: it has half of a surrogate pair (\\ud800–\\udfff) alone';
  }
  return null;
}

/**
 * `value` with each NUL and lone surrogate written as its JSON escape (`\u0000`, `\ud800`): for quoting a value (a
 * column name, a JSON key) in a message that is stored and sent as it is.
 */
export function escapeInvalidText(value: string): string {
  if (invalidTextProblem(value) === null) return value;
  return value.replaceAll('\u0000', '\\u0000').replace(loneSurrogates, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
