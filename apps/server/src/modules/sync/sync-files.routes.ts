import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { DomainError } from '../../http/errors.js';
import { IdParams, orderByNote, queryBoolean } from '../../http/schema-kit.js';
import { xsdOf } from './format-xml.js';
import { defineRawRoute } from './raw-route.js';
import type { SyncFileFormat, SyncFileKind } from './sync.tables.js';
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
  ) {}

  toJSON() {
    return { sha256: createHash('sha256').update(this.bytes).digest('hex'), contentType: this.contentType, filename: this.filename };
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
  // Only this plugin reads files: the rest of the API keeps its JSON-only parser and 1 MB limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(rawTypes, { parseAs: 'buffer', bodyLimit: maxBytes }, (request, body, done) => {
    done(null, new UploadedFile(body as Buffer, essence(request.headers['content-type']), null));
  });
  app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 20, parts: 25 }, throwFileSizeLimit: true });
  // A file over the limit: say what the limit is (the parent handler writes the problem).
  app.setErrorHandler(async (error: FastifyError) => {
    if (!(error instanceof DomainError) && (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)) {
      const mb = maxBytes / 1048576;
      const limit = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${maxBytes} bytes`;
      throw new DomainError('payload_too_large', `The file is larger than ${limit}, the most this server accepts (SYNC_MAX_FILE_BYTES).`);
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
  // After authentication (route onRequest), before the body is read.
  app.addHook('preParsing', async (request) => {
    if (request.method !== 'POST') return;
    const type = essence(request.headers['content-type']);
    if (!acceptedTypes.includes(type)) {
      throw new DomainError(
        'unsupported_media_type',
        `Send the file as application/xml, text/csv, application/json or multipart/form-data (got ${type || 'no Content-Type'}).`,
      );
    }
  });
  // Multipart: read the one file part here, so that the body the route sees is an UploadedFile like the others.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    const part = await request.file();
    if (!part) throw new DomainError('validation', 'The multipart form has no file part: send the file in a part named "file".');
    const bytes = await part.toBuffer();
    request.body = new UploadedFile(bytes, part.mimetype, part.filename || null);
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
        const filename = body.filename ?? query.filename ?? null;
        const view = await uploadSyncFile(ctx, {
          kind,
          format: formatOf(body.contentType, filename, body.bytes),
          contentType: body.contentType || essence(request.headers['content-type']),
          bytes: body.bytes,
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
    handler: async (ctx, { params }) => {
      const view = await approveSyncFile(ctx, params.id);
      runner.nudge();
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
      "CSV (`row,employee_id,field,message`; cells starting with `=`, `+`, `-` or `@` are prefixed with `'` so spreadsheets do not run them), or with `format=json` the same lines as a paged list.",
    tags,
    scope: 'sync:read',
    params: IdParams,
    querystring: ErrorsQuery,
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
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="errors-${id}.csv"`);
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
      reply.type(file.contentType).header('content-disposition', `attachment; filename="${name.replace(/["\\\r\n]/g, '_')}"`);
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
