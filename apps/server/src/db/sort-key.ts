/**
 * The key a name sorts by, stored beside it (`name_key`, `last_name_key`, …) and indexed: the name without accents and
 * in lower case, so that lists come in the order people expect — "Álvarez" among the A's, "de la Fuente" with
 * "Delgado", "Ørsted" with the O's — the same on SQLite and PostgreSQL whatever the database's collation (the keys
 * compare byte by byte: PostgreSQL key columns are `COLLATE "C"`). Equal keys fall back to the name itself, then id.
 *
 * Changing this function changes stored keys: a migration must then recompute them.
 */
const letters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };
const nonAscii = /[^ -~]/;
const marks = /\p{M}+/gu;
const special = /[ßæœøđðłþıħ]/g;

export function sortKey(name: string): string {
  // Most names are printable ASCII: nothing to decompose.
  if (!nonAscii.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(marks, '')
    .toLowerCase()
    .replace(special, (c) => letters[c] ?? c);
}
