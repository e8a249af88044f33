import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import multipart from '@fastify/multipart';
import { errorCodes, type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ServiceContext } from '../../context.js';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { DomainError, invalid, parameterError, pointerToken } from '../../http/errors.js';
import { IdParams, orderByNote, queryBoolean } from '../../http/schema-kit.js';
import { releaseMemory } from '../../native-memory.js';
import { xsdOf } from './format-xml.js';
import { findMappingRow } from './mappings.service.js';
import { defineRawRoute } from './raw-route.js';
import type { SyncFileFormat, SyncFileKind } from './sync.tables.js';
import { largeFileBytes } from './sync-engine.js';
import {
  DiffQuery,
  ErrorsQuery,
  FileChange,
  FileErrorRow,
  FileListQuery,
  fileSortable,
  SyncFile,
  UploadQuery,
} from './sync-files.schemas.js';
import {
  approveSyncFile,
  cancelSyncFile,
  errorReportCsv,
  getOriginal,
  getSyncFile,
  listFileChanges,
  listFileErrors,
  listSyncFiles,
  type ProgressLookup,
  uploadSyncFile,
} from './sync-files.service.js';

/** The body of an upload, whatever the content type. Serializes as its digest (the Idempotency-Key hash uses it). */
export class UploadedFile {
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
    readonly filename: string | null,
    /** The charset parameter of the Content-Type, as sent (raw bodies only). */
    readonly charset: string | null = null,
  ) {}

  toJSON() {
    return {
      sha256: createHash('sha256').update(this.bytes).digest('hex'),
      contentType: this.contentType,
      filename: this.filename,
      ...(this.charset ? { charset: this.charset } : {}),
    };
  }
}

const rawTypes = [
  'application/xml',
  'text/xml',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'text/plain',
  'application/json',
  'application/octet-stream',
];
const acceptedTypes = [...rawTypes, 'multipart/form-data'];

/** The Workstars HR Data Sync paths served as aliases. */
const workstarsPrefix = '/admin/api/v2/hrdatasync/';

function essence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The charset parameter of a Content-Type (`text/csv; charset="windows-1252"`), as sent; null when there is none. */
function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return (m?.[1] ?? m?.[2])?.trim() || null;
}

/** The canonical name of a text encoding label (`latin1` → `windows-1252`, as WHATWG decodes it); null if unknown. */
function textEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The content codings of a Content-Encoding header, in the order applied, without `identity`. */
function contentCodings(header: string | string[] | undefined): string[] {
  return [header ?? []]
    .flat()
    .flatMap((h) => h.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

const decoders: Record<string, { name: string; create: () => Transform }> = {
  gzip: { name: 'gzip', create: createGunzip },
  'x-gzip': { name: 'gzip', create: createGunzip },
  deflate: { name: 'deflate', create: createInflate },
};
const supportedCodings = 'gzip, deflate';

const multipartHowTo =
  'Send one part named "file" holding the file (curl -F file=@employees.csv), or the file itself as the body with its own Content-Type (e.g. text/csv).';

/** A multipart parser's failure (busboy, @fastify/multipart), as the problem to answer. */
function multipartProblem(err: unknown): unknown {
  if (err instanceof DomainError) return err;
  const e = err as { code?: string; message?: string };
  // Over SYNC_MAX_FILE_BYTES: the 413 naming the limit (the scope's error handler writes it).
  if (e.code === 'FST_REQ_FILE_TOO_LARGE') return err;
  if (e.code === 'FST_FILES_LIMIT') return moreThanOneFile();
  if (e.code === 'FST_PARTS_LIMIT' || e.code === 'FST_FIELDS_LIMIT') {
    return invalid([{ pointer: '', message: 'too many parts' }], `The multipart form has too many parts. ${multipartHowTo}`);
  }
  const message = e.message ?? String(err);
  const reason = /boundary not found/i.test(message)
    ? 'its Content-Type has no boundary parameter'
    : /unexpected end|terminated early/i.test(message)
      ? 'it ends before its closing boundary: it is cut off, or not delimited by the boundary its Content-Type names'
      : message;
  return invalid(
    [{ pointer: '', message: `malformed multipart body: ${reason}` }],
    `The multipart body is malformed: ${reason}. ${multipartHowTo}`,
  );
}

function moreThanOneFile(): DomainError {
  return invalid(
    [{ pointer: '', message: 'more than one file part' }],
    'The multipart form has more than one file part: send one file per request, in a part named "file".',
  );
}

/** The longest file name recorded, in characters (code points, as the `filename` query parameter's maxLength counts). */
const maxFilenameLength = 255;

/**
 * The name to record for a file, from a multipart part or the `filename` query parameter: the same rules for both, since
 * the name goes into `Content-Disposition`, the file list and the notification mail. Null for no name (or an empty one).
 */
function recordedFilename(name: string | null | undefined, source: 'multipart' | 'query'): string | null {
  if (!name) return null;
  const where = source === 'query' ? 'The filename parameter' : 'The file name of the multipart part';
  const error = (message: string) => (source === 'query' ? parameterError('query', 'filename', message) : { pointer: '/file', message });
  const length = [...name].length;
  if (length > maxFilenameLength) {
    throw invalid(
      [error(`must NOT have more than ${maxFilenameLength} characters`)],
      `${where} has ${length} characters, more than the ${maxFilenameLength} a file name may have: send a shorter name.`,
    );
  }
  // Control characters (a line break, a tab) are no part of a file name; one would only be mangled in headers and mail.
  if (/\p{Cc}/u.test(name)) {
    throw invalid(
      [error('must not contain control characters')],
      `${where} contains a control character (such as a line break): send the file's name alone.`,
    );
  }
  return name;
}

/**
 * `Content-Disposition: attachment` for a download named `name` (RFC 6266): `filename` in ASCII for old clients (other
 * characters replaced, quotes and backslashes escaped) and `filename*` with the name in UTF-8 (RFC 8187), which
 * clients prefer. A header value cannot carry the name as it is: Node refuses characters beyond Latin-1 (a 1C export
 * named in Cyrillic), and sends Latin-1 ones as bytes no client reads as UTF-8.
 */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFKD split off: "résumé" → "resume"
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '\\$&');
  // RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ go as they are, every other byte percent-encoded. Buffer.from
  // encodes even a lone surrogate (as U+FFFD), where encodeURIComponent would throw.
  let encoded = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The extensions that name a format (formatOf). */
const formatExtensions = ['xml', 'csv', 'json'];

/**
 * A file part's content type or extension gives its format, as a raw body's content type does: a part whose content
 * type is none of those accepted (`image/png`) is a 415 unless its file name ends in .xml, .csv or .json (some clients
 * type a CSV file `text/x-csv` or `application/x-csv`). Checked before the part is read.
 */
function assertFilePartType(contentType: string | undefined, filename: string | null) {
  const type = essence(contentType);
  if (!type || rawTypes.includes(type)) return;
  const ext = filename?.toLowerCase().split('.').pop();
  if (ext && filename?.includes('.') && formatExtensions.includes(ext)) return;
  throw new DomainError(
    'unsupported_media_type',
    `The file part's Content-Type is ${type}${filename ? ` and its name ${JSON.stringify(filename)}` : ''}: send the file as application/xml, text/csv or application/json (or a file named .xml, .csv or .json).`,
  );
}

/** The one file part of a multipart upload (other, non-file fields are ignored). */
async function readMultipartFile(request: FastifyRequest): Promise<UploadedFile> {
  let file: UploadedFile | null = null;
  try {
    // A part named "file" is the file even without a filename (curl -F 'file=<employees.csv' sends none).
    const isPartAFile = (name: string | undefined, type: string | undefined, filename: string | undefined) =>
      name === 'file' || filename !== undefined || type === 'application/octet-stream';
    for await (const part of request.parts({ isPartAFile })) {
      if (part.type !== 'file') continue;
      if (file) throw moreThanOneFile();
      if (part.fieldname !== 'file') {
        const name = part.fieldname ?? '';
        throw invalid(
          [{ pointer: `/${pointerToken(name)}`, message: 'unexpected file part: the file goes in a part named "file"' }],
          `The multipart form has a file part ${name ? `named "${name}"` : 'without a name'}: name it "file" (one part named "file" holds the file).`,
        );
      }
      const filename = recordedFilename(part.filename, 'multipart');
      assertFilePartType(part.mimetype, filename);
      file = new UploadedFile(await part.toBuffer(), part.mimetype, filename);
    }
  } catch (err) {
    throw multipartProblem(err);
  }
  if (!file) throw new DomainError('validation', 'The multipart form has no file part: send the file in a part named "file".');
  return file;
}

/**
 * The decompressed body of a request sent with Content-Encoding gzip or deflate. SYNC_MAX_FILE_BYTES holds for the
 * decompressed bytes: decompression stops at the limit (a 413), so a small bomb cannot make the server inflate gigabytes.
 * `receivedEncodedLength` (the compressed bytes read) is what Fastify checks Content-Length and the body limit against.
 */
function decompressed(payload: Readable, coding: string, maxBytes: number, tooLarge: (decompressed: boolean) => DomainError): Readable {
  const decoder = decoders[coding] as (typeof decoders)[string];
  const inflate = decoder.create();
  let size = 0;
  const out = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(size > maxBytes ? tooLarge(true) : null, chunk);
    },
  });
  const counted = Object.assign(out, { receivedEncodedLength: 0 });
  const stop = (err: Error) => {
    payload.unpipe(inflate);
    inflate.unpipe(out);
    inflate.destroy();
    if (!out.destroyed) out.destroy(err);
  };
  payload.on('data', (chunk: Buffer) => {
    counted.receivedEncodedLength += chunk.length;
  });
  payload.on('error', stop);
  inflate.on('error', (err) => {
    // An empty body is empty, whatever its coding (the route says so).
    if (counted.receivedEncodedLength === 0) return void out.end();
    stop(
      invalid(
        [{ pointer: '', message: `not valid ${decoder.name} data` }],
        `The body is not valid ${decoder.name} data (Content-Encoding: ${coding}): ${err.message}. Send the file compressed with ${decoder.name}, or uncompressed without Content-Encoding.`,
      ),
    );
  });
  out.on('error', stop);
  payload.pipe(inflate).pipe(out);
  return counted;
}

/** A body that declares its length is given its buffer once this much of it, and an eighth of it, has arrived. */
const preallocateAfterBytes = 1024 * 1024;

/**
 * The request body as one buffer. Fastify's `parseAs: 'buffer'` keeps the chunks and concatenates them at the end,
 * holding the file twice (~90 MB for a 43 MB XML file, on the thread that answers the API). Here a body that declares
 * its length (sent uncompressed, not multipart) is copied, as it arrives, into one buffer of that length, allocated
 * once 1 MiB and an eighth of the length have arrived (a length that is only claimed does not get its buffer). Other
 * bodies are kept as chunks and joined, as Fastify does. The same limits and errors as Fastify's parser.
 */
function readBody(
  request: FastifyRequest,
  payload: Readable & { receivedEncodedLength?: number },
  limit: number,
  tooLarge: (decompressed: boolean) => DomainError,
): Promise<Buffer> {
  const decompressing = payload.receivedEncodedLength !== undefined;
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge(false));
  const known = !decompressing && Number.isSafeInteger(declared) && declared >= 0;
  return new Promise((resolve, reject) => {
    let received = 0;
    let chunks: Buffer[] = [];
    let body: Buffer | null = null;
    const finish = (err: (Error & { statusCode?: number }) | null, result?: Buffer) => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onEnd);
      chunks = [];
      if (err) {
        if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
        reject(err);
      } else resolve(result as Buffer);
    };
    function onData(data: Buffer | string) {
      const chunk = typeof data === 'string' ? Buffer.from(data) : data;
      received += chunk.length;
      if (received > limit || (payload.receivedEncodedLength ?? 0) > limit) return finish(tooLarge(decompressing));
      if (known && received > declared) return finish(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
      if (body) {
        chunk.copy(body, received - chunk.length);
        return;
      }
      chunks.push(chunk);
      if (known && received >= preallocateAfterBytes && received * 8 >= declared) {
        body = Buffer.allocUnsafeSlow(declared);
        let at = 0;
        for (const c of chunks) at += c.copy(body, at);
        chunks = [];
      }
    }
    function onEnd(err?: Error) {
      if (err) return finish(err);
      if (!Number.isNaN(declared) && (payload.receivedEncodedLength || received) !== declared) {
        return finish(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
      }
      // Always a copy (as Fastify's reader): a single chunk may be a view of the socket's read buffer.
      finish(null, body ?? Buffer.concat(chunks, received));
    }
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onEnd);
    payload.resume();
  });
}

/** The format from the content type, the file name's extension, or the first character of the content. */
export function formatOf(contentType: string, filename: string | null, bytes: Buffer): SyncFileFormat {
  const type = essence(contentType);
  if (type.endsWith('/xml')) return 'xml';
  if (type === 'application/json') return 'json';
  if (type === 'text/csv' || type === 'application/csv' || type === 'application/vnd.ms-excel') return 'csv';
  const ext = filename?.toLowerCase().split('.').pop();
  if (ext === 'xml' || ext === 'csv' || ext === 'json') return ext;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x3c) return 'xml';
  if (bytes[i] === 0x5b || bytes[i] === 0x7b) return 'json';
  return 'csv';
}

/**
 * The file's bytes as the parsers read them, and its format. A charset parameter other than UTF-8 names the file's
 * encoding: the file is converted to UTF-8 here (and stored so), except a CSV file read with a mapping whose encoding
 * is not UTF-8 (the mapping wins: the bytes are stored as sent). An XML declaration must not name another encoding.
 */
async function inCharset(
  ctx: ServiceContext,
  body: UploadedFile,
  filename: string | null,
  mappingId: string | null,
): Promise<{ bytes: Buffer; format: SyncFileFormat }> {
  const label = body.charset;
  const charset = label ? textEncoding(label) : null;
  if (!label || !charset) return { bytes: body.bytes, format: formatOf(body.contentType, filename, body.bytes) };
  /** A CSV file read with a mapping whose encoding is not UTF-8: the mapping's encoding wins (stored as sent). */
  const mappingDecides = async (format: SyncFileFormat) => {
    if (format !== 'csv' || !mappingId) return false;
    const mapping = await findMappingRow(ctx, mappingId);
    return !!mapping && textEncoding(mapping.encoding) !== 'utf-8';
  };
  const notValid = () =>
    invalid(
      [{ pointer: '', message: `not valid ${label}` }],
      `The file is not valid ${label}, the charset its Content-Type names: send it in that charset, or name the right one (or none, for UTF-8).`,
    );
  if (charset === 'utf-8') {
    // Named UTF-8 (`text/csv; charset=utf-8`): stored as sent, once it is (unnamed, the file's processing says so).
    const format = formatOf(body.contentType, filename, body.bytes);
    if (!isUtf8(body.bytes) && !(await mappingDecides(format))) throw notValid();
    return { bytes: body.bytes, format };
  }
  let text: string | null = null;
  try {
    text = new TextDecoder(charset, { fatal: true }).decode(body.bytes);
  } catch {
    // Reported below, unless a mapping's encoding decides.
  }
  let utf8 = text === null ? null : Buffer.from(text, 'utf8');
  const format = formatOf(body.contentType, filename, utf8 ?? body.bytes);
  if (await mappingDecides(format)) return { bytes: body.bytes, format };
  if (text === null || utf8 === null) throw notValid();
  if (format === 'xml') {
    const declared = /^(\uFEFF?<\?xml[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/.exec(text);
    if (declared) {
      if (textEncoding(declared[3] as string) !== charset) {
        throw invalid(
          [{ pointer: '', message: 'the charset and the XML declaration disagree' }],
          `The Content-Type says charset=${label} but the XML declaration says encoding="${declared[3]}": make them agree (or send the file in UTF-8).`,
        );
      }
      // The file is UTF-8 now: so says its declaration.
      utf8 = Buffer.from(`${declared[1]}${declared[2]}UTF-8${declared[2]}${text.slice(declared[0].length)}`, 'utf8');
    }
  }
  return { bytes: utf8, format };
}

const fileSchema = (description: string) => ({ description });

/** Request body documentation: the raw file in any accepted type, or a multipart form with a `file` part. */
const UploadBody = Type.Unsafe<UploadedFile>({
  content: {
    'application/xml': { schema: fileSchema('The file in Workstars’ XML layout (see /sync/v1/schemas/*.xsd).') },
    'text/csv': { schema: fileSchema('CSV with a header row (`,` `;` or tab; UTF-8 with or without BOM).') },
    'application/json': { schema: fileSchema('A JSON array of records keyed like the CSV columns.') },
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { description: 'The file (its content type or extension gives the format).' } },
      },
    },
  },
});

function registerUploads(app: FastifyInstance, deps: AppDeps, nudge: () => void) {
  const maxBytes = deps.config.syncMaxFileBytes;
  const tooLarge = (decompressed: boolean) => {
    const mb = maxBytes / 1048576;
    const limit = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${maxBytes} bytes`;
    return new DomainError(
      'payload_too_large',
      `The file is larger than ${limit}${decompressed ? ' once decompressed' : ''}, the most this server accepts (SYNC_MAX_FILE_BYTES).`,
    );
  };
  // Only this plugin reads files: the rest of the API keeps its JSON-only parser and 1 MB limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(rawTypes, { bodyLimit: maxBytes }, async (request: FastifyRequest, payload: Readable) => {
    const type = request.headers['content-type'];
    return new UploadedFile(await readBody(request, payload, maxBytes, tooLarge), essence(type), null, charsetOf(type));
  });
  // A large file is garbage once stored (the worker reads it from the database): collect it now, not at some later
  // collection of this thread, so that the file's processing does not start on top of it (native-memory.ts).
  // At most one collection every 2 s (a full collection pauses this thread for 30–100 ms): uploads in a burst share one.
  let releaseAt = 0;
  app.addHook('onResponse', async (request) => {
    const body = request.body;
    if (!deps.config.allocatorTuning || !(body instanceof UploadedFile) || body.bytes.length < largeFileBytes) return;
    const now = Date.now();
    if (releaseAt > now) return;
    releaseAt = Math.max(now + 10, releaseAt + 2000);
    setTimeout(releaseMemory, releaseAt - now).unref();
  });
  // Two files, so that a second one is seen and refused (readMultipartFile) rather than silently dropped.
  app.register(multipart, { limits: { fileSize: maxBytes, files: 2, fields: 20, parts: 25 }, throwFileSizeLimit: true });
  // A file over the limit: say what the limit is (the parent handler writes the problem).
  app.setErrorHandler(async (error: FastifyError) => {
    if (!(error instanceof DomainError) && (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)) {
      throw tooLarge(false);
    }
    throw error;
  });
  // Workstars authenticates with HTTP Basic: a client that sends its credentials only when challenged (Windows
  // PowerShell's -Credential, .NET's NetworkCredential) needs a Basic challenge on the 401, or it never sends the key.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 401 && request.routeOptions.url?.startsWith(workstarsPrefix)) {
      reply.header('www-authenticate', ['Basic realm="roster", charset="UTF-8"', 'Bearer realm="roster"']);
    }
    return payload;
  });
  // After authentication (route onRequest), before the body is read: the content type, its charset and the content
  // coding are checked here, and a compressed body is decompressed on its way to the parser.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method !== 'POST') return payload;
    const type = essence(request.headers['content-type']);
    if (!acceptedTypes.includes(type)) {
      throw new DomainError(
        'unsupported_media_type',
        `Send the file as application/xml, text/csv, application/json or multipart/form-data (got ${type || 'no Content-Type'}).`,
      );
    }
    const charset = charsetOf(request.headers['content-type']);
    if (charset && type !== 'multipart/form-data' && !textEncoding(charset)) {
      throw new DomainError(
        'unsupported_media_type',
        `The charset "${charset}" is not a text encoding this server knows: send the file in UTF-8, or name its encoding (e.g. windows-1252, iso-8859-1, windows-1251, utf-16le).`,
      );
    }
    const codings = contentCodings(request.headers['content-encoding']);
    if (codings.length === 0) return payload;
    const unsupported = (message: string, accepted: string) =>
      new DomainError('unsupported_media_type', message, { headers: { 'accept-encoding': accepted } });
    if (type === 'multipart/form-data') {
      // The multipart parser reads the request as sent: compress the file itself instead.
      throw unsupported(
        `A multipart body must be sent not compressed (got Content-Encoding ${codings.join(', ')}): send the file itself as the body with its Content-Type and Content-Encoding: gzip.`,
        'identity',
      );
    }
    const [coding] = codings;
    if (codings.length > 1 || coding === undefined || !Object.hasOwn(decoders, coding)) {
      throw unsupported(
        `Content-Encoding ${codings.join(', ')} is not supported: send the file uncompressed, or compressed once with gzip or deflate.`,
        supportedCodings,
      );
    }
    return decompressed(payload, coding, maxBytes, tooLarge);
  });
  // Multipart: read the one file part here, so that the body the route sees is an UploadedFile like the others.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    request.body = await readMultipartFile(request);
  });

  const upload = (kind: SyncFileKind, url: string, operationId: string, summary: string, alias: boolean) =>
    defineRoute(app, deps, {
      method: 'POST',
      url,
      operationId,
      summary,
      description: [
        alias
          ? 'Workstars HR Data Sync alias: an existing upload script (Basic auth with user `api-key` and the token as password) works unchanged.'
          : `Uploads a ${kind} file: the whole roster of ${kind === 'employees' ? 'active employees' : 'positions'}.`,
        `Body: \`application/xml\`, \`text/csv\`, \`application/json\` or \`multipart/form-data\` (one part named \`file\`), at most ${Math.round(maxBytes / 1048576)} MB. Answers 202 with the file record; processing happens in the background: poll GET /sync/v1/files/{id} for status and progress.`,
        kind === 'positions' ? 'Employee files waiting at the same time are processed first.' : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      tags: ['HR Data Sync'],
      scope: 'sync:write',
      querystring: UploadQuery,
      body: UploadBody,
      kind: 'item',
      successStatus: 202,
      response: SyncFile,
      errors: [404, 409, 413, 415],
      handler: async (ctx, { body, query, request }) => {
        if (!(body instanceof UploadedFile)) throw new DomainError('validation', 'The request body is empty: send the file.');
        // A multipart part's own name wins; both are held to the same rules.
        const named = recordedFilename(query.filename, 'query');
        const filename = body.filename ?? named;
        const { bytes, format } = await inCharset(ctx, body, filename, query.mappingId ?? null);
        const view = await uploadSyncFile(ctx, {
          kind,
          format,
          contentType: body.contentType || essence(request.headers['content-type']),
          bytes,
          filename,
          dryRun: queryBoolean(query.dryRun) ?? false,
          mappingId: query.mappingId ?? null,
          processAt: query.processAt ?? null,
        });
        nudge();
        return view;
      },
    });

  upload('employees', '/sync/v1/employee-files', 'SyncFiles_uploadEmployees', 'Upload an employee file', false);
  upload('positions', '/sync/v1/position-files', 'SyncFiles_uploadPositions', 'Upload a position file', false);
  upload('employees', `${workstarsPrefix}employee`, 'Workstars_uploadEmployees', 'Upload an employee file (Workstars path)', true);
  upload('positions', `${workstarsPrefix}position`, 'Workstars_uploadPositions', 'Upload a position file (Workstars path)', true);
}

export function registerSyncFileRoutes(app: FastifyInstance, deps: AppDeps, runner: { nudge(): void; progressOf: ProgressLookup }) {
  const tags = ['HR Data Sync'];
  app.register(async (scope) => registerUploads(scope, deps, () => runner.nudge()));

  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/files',
    operationId: 'SyncFiles_list',
    summary: 'List sync files',
    description: `Files of the last 30 days. ${orderByNote('`createdAt desc` (newest first)', fileSortable)} A file not finished yet sorts as the latest \`finishedAt\`.`,
    tags,
    scope: 'sync:read',
    querystring: FileListQuery,
    kind: 'list',
    response: SyncFile,
    handler: (ctx, { query }) => listSyncFiles(ctx, query, runner.progressOf),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/files/:id',
    operationId: 'SyncFiles_getById',
    summary: 'Get a sync file (status, progress, counts)',
    description: 'The ETag changes with status, progress and counts: poll with If-None-Match for a 304 while nothing moved.',
    tags,
    scope: 'sync:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: SyncFile,
    handler: (ctx, { params }) => getSyncFile(ctx, params.id, runner.progressOf),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/sync/v1/files/:id/cancel',
    operationId: 'SyncFiles_cancel',
    summary: 'Cancel a waiting file',
    description: 'Only scheduled or queued files (409 once processing started). The file ends `cancelled`.',
    tags,
    scope: 'sync:write',
    params: IdParams,
    kind: 'item',
    response: SyncFile,
    handler: (ctx, { params }) => cancelSyncFile(ctx, params.id),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/sync/v1/files/:id/approve',
    operationId: 'SyncFiles_approve',
    summary: 'Approve a blocked file',
    description:
      'A file that would remove more than the threshold is `blocked`; approving queues it again and applies it despite the threshold. 409 if it is not blocked, is a dry run, or a newer file of its kind was applied since.',
    tags,
    scope: 'sync:write',
    params: IdParams,
    kind: 'item',
    response: SyncFile,
    handler: async (ctx, { params, reply }) => {
      const view = await approveSyncFile(ctx, params.id);
      // Once the answer is sent, the approval is committed (the route's transaction ends before it): the runner sees it.
      reply.raw.once('finish', () => runner.nudge());
      return view;
    },
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/files/:id/diff',
    operationId: 'SyncFiles_diff',
    summary: 'What the file changed (or would change)',
    description:
      'One entry per employee or position created, updated (with before → after per sync field), reactivated, terminated or deleted. Recorded for applied files, dry runs and blocked files.',
    tags,
    scope: 'sync:read',
    params: IdParams,
    querystring: DiffQuery,
    kind: 'list',
    response: FileChange,
    handler: (ctx, { params, query }) => listFileChanges(ctx, params.id, query),
  });

  defineRawRoute(app, deps, {
    url: '/sync/v1/files/:id/errors',
    operationId: 'SyncFiles_errors',
    summary: 'The error report',
    description:
      "CSV (`row,employee_id,field,message`; cells starting with `=`, `+`, `-` or `@`, and such a character after a `;` in a cell, are prefixed with `'` and cells holding `;` quoted, so spreadsheets in any locale do not run them), or with `format=json` the same lines as a paged list.",
    tags,
    scope: 'sync:read',
    params: IdParams,
    querystring: ErrorsQuery,
    list: true,
    produces: {
      'text/csv': { description: 'The error report' },
      'application/json': {
        description: 'The error report (format=json)',
        schema: { type: 'object', properties: { data: { type: 'array', items: FileErrorRow }, meta: { type: 'object' } } },
      },
    },
    handler: async (ctx, request, reply) => {
      const { id } = request.params as { id: string };
      const query = request.query as { format?: 'csv' | 'json'; page?: number; limit?: number };
      if (query.format === 'json') {
        reply.type('application/json');
        return JSON.stringify(await listFileErrors(ctx!, id, query));
      }
      const all = await listFileErrors(ctx!, id, null);
      reply.type('text/csv; charset=utf-8').header('content-disposition', contentDisposition(`errors-${id}.csv`));
      return errorReportCsv(all.data);
    },
  });
  defineRawRoute(app, deps, {
    url: '/sync/v1/files/:id/original',
    operationId: 'SyncFiles_original',
    summary: 'The uploaded file, as received',
    tags,
    scope: 'sync:read',
    params: IdParams,
    produces: {
      'application/octet-stream': {
        description: 'The bytes as uploaded, with their original content type.',
        schema: { type: 'string', format: 'binary' },
      },
    },
    handler: async (ctx, request, reply) => {
      const { id } = request.params as { id: string };
      const { file, bytes } = await getOriginal(ctx!, id);
      const name = file.filename ?? `${file.kind}-${file.id}.${file.format}`;
      reply.type(file.contentType).header('content-disposition', contentDisposition(name));
      return bytes;
    },
  });

  for (const kind of ['employees', 'positions'] as const) {
    for (const [url, operationId] of [
      [`/sync/v1/schemas/${kind}.xsd`, `SyncSchemas_${kind}`],
      [`/admin/api/v2/hrdatasync/${kind}.xsd`, `Workstars_${kind}Xsd`],
    ] as const) {
      defineRawRoute(app, deps, {
        url,
        operationId,
        summary: `XSD of the ${kind === 'employees' ? 'employee' : 'position'} file${url.startsWith('/admin') ? ' (Workstars path)' : ''}`,
        tags,
        scope: 'public',
        produces: { 'application/xml': { description: 'XML Schema (XSD 1.0)' } },
        handler: async (_ctx, _request, reply) => {
          reply.type('application/xml; charset=utf-8');
          return xsdOf(kind);
        },
      });
    }
  }
}
