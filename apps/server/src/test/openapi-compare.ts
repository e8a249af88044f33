/**
 * Compares two OpenAPI documents operation by operation: does `ours` offer everything a client written against
 * `reference` uses? Checked per reference operation: the operation (method + path template), every query parameter
 * name, every request-body property and every property of the 200 response, recursively (through `$ref`, allOf,
 * anyOf, oneOf, nested objects and array items), and the JSON types of those fields: a value ours answers must be of
 * a type the reference documents for it (or null: a value not recorded), and ours must accept every type the reference
 * sends. Extra parameters and fields in `ours` are fine (extensions).
 *
 * Field paths are written `data[].customFields[].slug`: `.` for a property, `[]` for the items of an array.
 */

export type OpenApiDocument = Record<string, unknown>;

export type MismatchKind =
  | 'missing-operation'
  | 'missing-query-parameter'
  | 'missing-request-body'
  | 'missing-request-field'
  | 'missing-response'
  | 'missing-response-field'
  | 'request-field-type'
  | 'response-field-type';

export interface Mismatch {
  /** `GET /core/v3/employees`, as the reference spells the path. */
  operation: string;
  kind: MismatchKind;
  /** Parameter name or field path, when the mismatch is about one. */
  name?: string;
  detail: string;
}

export interface CompareOptions {
  /** Only reference operations whose path starts with this prefix (e.g. `/core/v3`). */
  pathPrefix?: string;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** Nested schemas deeper than this are not followed (guards against unusual recursive shapes). */
const maxDepth = 12;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{id}`, `{employeeId}` → `{}`: path parameter names are not on the wire. */
export function normalisePathTemplate(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';
}

/** Resolves a local `$ref` (`#/components/schemas/X`, any JSON pointer, or a schema's `$id`) in `doc`. */
export function resolveRef(doc: OpenApiDocument, ref: string): unknown {
  if (ref.startsWith('#/') || ref === '#') {
    let node: unknown = doc;
    for (const raw of ref
      .slice(2)
      .split('/')
      .filter((s) => s !== '')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      if (!isObject(node) && !Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }
  // Fastify's shared schemas may be referenced by their `$id` (`Employee` or `Employee#`).
  const id = ref.replace(/#$/, '');
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const [name, schema] of Object.entries(components)) {
    if (name === id || (isObject(schema) && (schema.$id === id || schema.$id === ref))) return schema;
  }
  return undefined;
}

/** Follows `$ref` chains of a parameter, request body or response object. */
function deref(doc: OpenApiDocument, value: unknown): Json | undefined {
  let node = value;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return undefined;
    seen.add(node.$ref);
    node = resolveRef(doc, node.$ref);
  }
  return isObject(node) ? node : undefined;
}

/**
 * Every field path a schema documents. `$ref`s are resolved (a ref already being expanded on the current branch is
 * not expanded again); allOf/anyOf/oneOf contribute the fields of all their branches. `onField` sees each field's
 * schema node (once per branch that documents it).
 */
export function schemaFieldPaths(
  doc: OpenApiDocument,
  schema: unknown,
  onField: (path: string, node: unknown) => void = () => {},
): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown, prefix: string, refs: readonly string[], depth: number): void => {
    if (!isObject(node) || depth > maxDepth) return;
    if (typeof node.$ref === 'string') {
      if (!refs.includes(node.$ref)) visit(resolveRef(doc, node.$ref), prefix, [...refs, node.$ref], depth);
    }
    for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = node[combinator];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, prefix, refs, depth);
    }
    if (isObject(node.properties)) {
      for (const [name, sub] of Object.entries(node.properties)) {
        const path = prefix ? `${prefix}.${name}` : name;
        out.add(path);
        onField(path, sub);
        visit(sub, path, refs, depth + 1);
      }
    }
    const itemPrefix = `${prefix}[]`;
    if (isObject(node.items)) visit(node.items, itemPrefix, refs, depth + 1);
    else if (Array.isArray(node.items)) for (const item of node.items) visit(item, itemPrefix, refs, depth + 1);
    if (Array.isArray(node.prefixItems)) for (const item of node.prefixItems) visit(item, itemPrefix, refs, depth + 1);
  };
  visit(schema, '', [], 0);
  return out;
}

/** The JSON types a schema node allows (`integer` kept apart from `number`), or undefined when it does not say. */
function nodeTypes(doc: OpenApiDocument, node: unknown, refs: readonly string[] = []): Set<string> | undefined {
  if (!isObject(node) || refs.length > maxDepth) return undefined;
  if (typeof node.$ref === 'string') {
    return refs.includes(node.$ref) ? undefined : nodeTypes(doc, resolveRef(doc, node.$ref), [...refs, node.$ref]);
  }
  const types = new Set<string>();
  if (typeof node.type === 'string') types.add(node.type);
  else if (Array.isArray(node.type)) for (const t of node.type) types.add(String(t));
  else {
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (values) for (const v of values) types.add(v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v);
    for (const combinator of ['anyOf', 'oneOf'] as const) {
      const branches = node[combinator];
      if (!Array.isArray(branches)) continue;
      for (const branch of branches) {
        const sub = nodeTypes(doc, branch, refs);
        if (!sub) return undefined; // a branch that allows anything
        for (const t of sub) types.add(t);
      }
    }
    if (Array.isArray(node.allOf)) {
      for (const branch of node.allOf) {
        const sub = nodeTypes(doc, branch, refs);
        if (sub) return sub;
      }
    }
  }
  if (node.nullable === true) types.add('null');
  return types.size ? types : undefined;
}

/** The JSON types of every field path a schema documents (see schemaFieldPaths), where the schema says them. */
export function schemaFieldTypes(doc: OpenApiDocument, schema: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const record = (path: string, node: unknown) => {
    const types = nodeTypes(doc, node);
    if (!types) return;
    const have = out.get(path);
    if (have) for (const t of types) have.add(t);
    else out.set(path, new Set(types));
  };
  schemaFieldPaths(doc, schema, record);
  return out;
}

/** Does a value of type `t` satisfy a schema allowing `allowed`? (An integer is a number.) */
function typeFits(t: string, allowed: Set<string>): boolean {
  return allowed.has(t) || (t === 'integer' && allowed.has('number'));
}

interface Operation {
  method: string;
  path: string;
  op: Json;
  /** Path-item level parameters, which apply to every operation of the path. */
  shared: unknown[];
}

function operations(doc: OpenApiDocument): Operation[] {
  const list: Operation[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!item) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of httpMethods) {
      const op = item[method];
      if (isObject(op)) list.push({ method, path, op, shared });
    }
  }
  return list;
}

function queryParameterNames(doc: OpenApiDocument, operation: Operation): Set<string> {
  const names = new Set<string>();
  const own = Array.isArray(operation.op.parameters) ? operation.op.parameters : [];
  for (const raw of [...operation.shared, ...own]) {
    const param = deref(doc, raw);
    if (param && param.in === 'query' && typeof param.name === 'string') names.add(param.name);
  }
  return names;
}

/** The schemas of a request body or response, per content type. */
function contentSchemas(doc: OpenApiDocument, holder: unknown): Map<string, unknown> | undefined {
  const resolved = deref(doc, holder);
  if (!resolved) return undefined;
  const content = isObject(resolved.content) ? resolved.content : {};
  const schemas = new Map<string, unknown>();
  for (const [type, media] of Object.entries(content)) schemas.set(type, isObject(media) ? media.schema : undefined);
  return schemas;
}

/** Fields under the same content type when ours has it, else under any content type ours offers. */
function fieldsFor(doc: OpenApiDocument, schemas: Map<string, unknown>, contentType: string): Set<string> {
  if (schemas.has(contentType)) return schemaFieldPaths(doc, schemas.get(contentType));
  const all = new Set<string>();
  for (const schema of schemas.values()) for (const f of schemaFieldPaths(doc, schema)) all.add(f);
  return all;
}

/** Field types under the same content type when ours has it, else under any content type ours offers. */
function typesFor(doc: OpenApiDocument, schemas: Map<string, unknown>, contentType: string): Map<string, Set<string>> {
  if (schemas.has(contentType)) return schemaFieldTypes(doc, schemas.get(contentType));
  const all = new Map<string, Set<string>>();
  for (const schema of schemas.values()) {
    for (const [field, types] of schemaFieldTypes(doc, schema)) all.set(field, new Set([...(all.get(field) ?? []), ...types]));
  }
  return all;
}

function successResponse(op: Json): { status: string; response: unknown } | undefined {
  const responses = isObject(op.responses) ? op.responses : {};
  if (responses['200'] !== undefined) return { status: '200', response: responses['200'] };
  return undefined;
}

/**
 * Lists what `ours` lacks of each `reference` operation (optionally only those under `pathPrefix`).
 * An empty list means a client of the reference API finds every operation, parameter and field it uses.
 */
export function compareOperations(reference: OpenApiDocument, ours: OpenApiDocument, options: CompareOptions = {}): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const ourIndex = new Map<string, Operation>();
  for (const operation of operations(ours)) ourIndex.set(`${operation.method} ${normalisePathTemplate(operation.path)}`, operation);

  for (const ref of operations(reference)) {
    if (options.pathPrefix && !ref.path.startsWith(options.pathPrefix)) continue;
    const label = `${ref.method.toUpperCase()} ${ref.path}`;
    const mine = ourIndex.get(`${ref.method} ${normalisePathTemplate(ref.path)}`);
    if (!mine) {
      const id = typeof ref.op.operationId === 'string' ? ` (${ref.op.operationId})` : '';
      mismatches.push({ operation: label, kind: 'missing-operation', detail: `operation missing${id}` });
      continue;
    }

    const ourParams = queryParameterNames(ours, mine);
    for (const name of queryParameterNames(reference, ref)) {
      if (!ourParams.has(name))
        mismatches.push({ operation: label, kind: 'missing-query-parameter', name, detail: `query parameter ${name}` });
    }

    const refBody = contentSchemas(reference, ref.op.requestBody);
    if (refBody) {
      const ourBody = contentSchemas(ours, mine.op.requestBody);
      for (const [contentType, schema] of refBody) {
        const expected = schemaFieldPaths(reference, schema);
        if (expected.size === 0) continue;
        if (!ourBody || ourBody.size === 0) {
          mismatches.push({
            operation: label,
            kind: 'missing-request-body',
            detail: `no request body (${contentType} with ${[...expected].join(', ')})`,
          });
          continue;
        }
        const have = fieldsFor(ours, ourBody, contentType);
        for (const field of expected) {
          if (!have.has(field))
            mismatches.push({ operation: label, kind: 'missing-request-field', name: field, detail: `request body field ${field}` });
        }
        // Every type a reference client may send for a field must be accepted.
        const ourTypes = typesFor(ours, ourBody, contentType);
        for (const [field, sent] of schemaFieldTypes(reference, schema)) {
          const accepted = ourTypes.get(field);
          if (!accepted) continue;
          const refused = [...sent].filter((t) => t !== 'null' && !typeFits(t, accepted));
          if (refused.length)
            mismatches.push({
              operation: label,
              kind: 'request-field-type',
              name: field,
              detail: `request body field ${field}: sent as ${refused.join('|')}, accepted as ${[...accepted].join('|')}`,
            });
        }
      }
    }

    const refSuccess = successResponse(ref.op);
    if (refSuccess) {
      const refContent = contentSchemas(reference, refSuccess.response) ?? new Map<string, unknown>();
      const ourSuccess = successResponse(mine.op);
      const ourContent = ourSuccess ? contentSchemas(ours, ourSuccess.response) : undefined;
      const declared = Object.keys(isObject(mine.op.responses) ? mine.op.responses : {}).join(', ') || 'none';
      if (!ourContent) {
        mismatches.push({
          operation: label,
          kind: 'missing-response',
          detail: `no ${refSuccess.status} response (ours declares: ${declared})`,
        });
        continue;
      }
      for (const [contentType, schema] of refContent) {
        const expected = schemaFieldPaths(reference, schema);
        if (expected.size > 0 && ourContent.size === 0) {
          mismatches.push({
            operation: label,
            kind: 'missing-response',
            detail: `${refSuccess.status} response has no ${contentType} body`,
          });
          continue;
        }
        const have = fieldsFor(ours, ourContent, contentType);
        for (const field of expected) {
          if (!have.has(field))
            mismatches.push({ operation: label, kind: 'missing-response-field', name: field, detail: `response field ${field}` });
        }
        // Every type ours answers for a field must be one the reference documents (null: a value not recorded).
        const ourTypes = typesFor(ours, ourContent, contentType);
        for (const [field, documented] of schemaFieldTypes(reference, schema)) {
          const answered = ourTypes.get(field);
          if (!answered) continue;
          const foreign = [...answered].filter((t) => t !== 'null' && !typeFits(t, documented));
          if (foreign.length)
            mismatches.push({
              operation: label,
              kind: 'response-field-type',
              name: field,
              detail: `response field ${field}: answered as ${foreign.join('|')}, documented as ${[...documented].join('|')}`,
            });
        }
      }
    }
  }
  return mismatches;
}

/** One readable block: mismatches grouped by operation, in reference order. */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  if (mismatches.length === 0) return 'no mismatches';
  const byOperation = new Map<string, Mismatch[]>();
  for (const m of mismatches) byOperation.set(m.operation, [...(byOperation.get(m.operation) ?? []), m]);
  const missingOps = mismatches.filter((m) => m.kind === 'missing-operation').length;
  const lines = [`${mismatches.length} mismatch(es) in ${byOperation.size} operation(s); ${missingOps} operation(s) missing:`];
  for (const [operation, list] of byOperation) {
    if (list.length === 1 && list[0]!.kind === 'missing-operation') {
      lines.push(`  ${operation}: ${list[0]!.detail}`);
      continue;
    }
    lines.push(`  ${operation}:`);
    const groups = new Map<MismatchKind, Mismatch[]>();
    for (const m of list) groups.set(m.kind, [...(groups.get(m.kind) ?? []), m]);
    for (const [kind, group] of groups) {
      const named = group.filter((m) => m.name !== undefined);
      if (named.length === group.length) lines.push(`    ${kindTitle[kind]}: ${named.map((m) => m.name).join(', ')}`);
      else for (const m of group) lines.push(`    ${m.detail}`);
    }
  }
  return lines.join('\n');
}

const kindTitle: Record<MismatchKind, string> = {
  'missing-operation': 'operation missing',
  'missing-query-parameter': 'missing query parameters',
  'missing-request-body': 'missing request body',
  'missing-request-field': 'missing request body fields',
  'missing-response': 'missing response',
  'missing-response-field': 'missing response fields',
  'request-field-type': 'request body field types',
  'response-field-type': 'response field types',
};
