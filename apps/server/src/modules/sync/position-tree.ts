import { FileRejection, type RowError, type SyncRecord } from './sync-records.js';

/**
 * The position file's tree, checked before anything is compared with the stored positions (by the job runner's
 * diffPositions and by `roster sync validate`): no unreadable rows (a hole in the tree), exactly one root, every parent exists, following parents
 * reaches the root. Throws FileRejection listing each offending row.
 */
export function assertPositionTree(records: SyncRecord[], parseErrors: RowError[]): void {
  if (parseErrors.length) {
    throw new FileRejection(`${parseErrors.length} position row(s) cannot be read; the tree would be incomplete.`, parseErrors);
  }
  const parentOf = (r: SyncRecord) => (r.values as Record<string, string | undefined>).parentPositionId;
  const keyOf = (r: SyncRecord) => (r.values as Record<string, string | undefined>).positionId;
  const byKey = new Map(records.map((r) => [keyOf(r) as string, r]));
  const roots = records.filter((r) => !parentOf(r));
  if (roots.length !== 1) {
    throw new FileRejection(
      roots.length === 0
        ? 'The position tree has no root: exactly one position must have no parent.'
        : `The position tree has ${roots.length} roots (${roots
            .slice(0, 5)
            .map((r) => keyOf(r))
            .join(', ')}): exactly one position may have no parent.`,
      roots.map((r) => ({ row: r.row, externalId: keyOf(r) ?? null, field: 'parentPositionId', message: 'no parent' })),
    );
  }
  const broken: RowError[] = [];
  for (const r of records) {
    const parent = parentOf(r);
    if (parent && !byKey.has(parent)) {
      broken.push({ row: r.row, externalId: keyOf(r) ?? null, field: 'parentPositionId', message: `unknown parent position ${parent}` });
    }
  }
  const reaches = new Map<string, boolean>([[keyOf(roots[0] as SyncRecord) as string, true]]);
  for (const r of records) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cursor = keyOf(r);
    while (cursor && !reaches.has(cursor) && !onPath.has(cursor)) {
      onPath.add(cursor);
      path.push(cursor);
      const next = byKey.get(cursor);
      cursor = next ? parentOf(next) || undefined : undefined;
    }
    const ok = !!cursor && reaches.get(cursor) === true;
    for (const p of path) reaches.set(p, ok);
    if (!ok && !broken.some((b) => b.externalId === keyOf(r))) {
      broken.push({ row: r.row, externalId: keyOf(r) ?? null, field: 'parentPositionId', message: 'does not reach the root position' });
    }
  }
  if (broken.length) {
    throw new FileRejection(
      `The position tree is broken: ${broken
        .slice(0, 5)
        .map((b) => `${b.externalId} (row ${b.row}) ${b.message}`)
        .join('; ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}.`,
      broken,
    );
  }
}
