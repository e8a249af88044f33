import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';

/**
 * An uploaded file's bytes, stored in parts of 1 MiB (migration 0008). Stored whole, a 45 MB value was copied by
 * SQLite (binding it, then building the record) or by the PostgreSQL driver on its way in and out, beside the file
 * itself; in parts, those copies are a part at a time.
 */
export const filePartBytes = 1024 * 1024;
/** Parts read per query. */
const partsPerRead = 8;

/** Stores the bytes of a new file (in the upload's transaction). The parts are views of `bytes`, not copies. */
export async function storeFileBytes(ctx: ServiceContext, fileId: string, bytes: Buffer): Promise<void> {
  const count = Math.max(1, Math.ceil(bytes.length / filePartBytes));
  for (let first = 0; first < count; first += partsPerRead) {
    const rows = [];
    for (let part = first; part < Math.min(count, first + partsPerRead); part++) {
      rows.push({ fileId, companyId: ctx.companyId, part, bytes: bytes.subarray(part * filePartBytes, (part + 1) * filePartBytes) });
    }
    await ctx.db.insertInto('syncFileParts').values(rows).execute();
  }
}

/**
 * The bytes of a file of `size` bytes, read a few parts at a time into one buffer; null when none are stored. A file
 * stored before migration 0008 is one part. `shared`: the buffer is a SharedArrayBuffer, which a message to another
 * thread (the XSD validator's) shares instead of copying.
 */
export async function readFileBytes(
  ctx: ServiceContext,
  fileId: string,
  size: number,
  options: { shared?: boolean } = {},
): Promise<Buffer | null> {
  const out = options.shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (let part = 0; ; part += partsPerRead) {
    const rows = await tenant(ctx)
      .selectFrom('syncFileParts')
      .select(['part', 'bytes'])
      .where('fileId', '=', fileId)
      .where('part', '>=', part)
      .where('part', '<', part + partsPerRead)
      .orderBy('part')
      .execute();
    for (const row of rows) {
      if (at + row.bytes.length > size) throw new Error(`The stored parts of file ${fileId} are longer than its size.`);
      at += Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength).copy(out, at);
    }
    if (rows.length < partsPerRead) break;
  }
  if (at === 0 && size > 0) return null;
  if (at !== size) throw new Error(`The stored parts of file ${fileId} hold ${at} of its ${size} bytes.`);
  return out;
}
