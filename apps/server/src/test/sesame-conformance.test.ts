import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { generateOpenApiDocument, repoRoot } from '../scripts/write-openapi.js';
import { compareOperations, formatMismatches, type OpenApiDocument } from './openapi-compare.js';

/**
 * Sesame's published spec is the wire contract of `/core/v3`: every operation, query parameter, request-body field
 * and response field it documents must be in our generated document, with a compatible JSON type (a response value
 * of a type it documents, or null; every request type it sends accepted). The document is generated from the code here
 * (not read from the committed openapi.json), so this checks the routes themselves.
 */
const sesameSpecFile = path.resolve(repoRoot, '..', 'shared', 'reference', 'sesame-public-api-2024.openapi.yaml');
const prefix = '/core/v3';

let sesame: OpenApiDocument;
let ours: OpenApiDocument;

beforeAll(async () => {
  sesame = YAML.parse(fs.readFileSync(sesameSpecFile, 'utf8')) as OpenApiDocument;
  ours = await generateOpenApiDocument();
});

describe(`Sesame ${prefix} conformance`, () => {
  it('the reference spec has core/v3 operations to compare against', () => {
    const paths = Object.keys(sesame.paths as object).filter((p) => p.startsWith(prefix));
    expect(paths.length).toBeGreaterThan(10);
  });

  it('serves every Sesame core/v3 operation with its query parameters, body fields and response fields', () => {
    const mismatches = compareOperations(sesame, ours, { pathPrefix: prefix });
    expect(mismatches.length, `\n${formatMismatches(mismatches)}\n`).toBe(0);
  });

  it('reports an operation that is removed from our spec', () => {
    // Remove the first Sesame core/v3 operation we serve; the comparison must name it.
    const sesamePaths = sesame.paths as Record<string, Record<string, unknown>>;
    const ourPaths = ours.paths as Record<string, Record<string, unknown>>;
    const served = Object.entries(sesamePaths)
      .filter(([p]) => p.startsWith(prefix))
      .flatMap(([p, item]) => Object.keys(item).map((method) => ({ path: p, method })))
      .find(({ path: p, method }) => ourPaths[p]?.[method] !== undefined);
    expect(served, 'we serve no Sesame core/v3 operation under the same path').toBeDefined();
    const { path: removedPath, method } = served!;

    const copy = structuredClone(ours);
    delete (copy.paths as Record<string, Record<string, unknown>>)[removedPath]![method];
    const label = `${method.toUpperCase()} ${removedPath}`;

    const before = compareOperations(sesame, ours, { pathPrefix: prefix });
    const after = compareOperations(sesame, copy, { pathPrefix: prefix });
    expect(before.some((m) => m.operation === label && m.kind === 'missing-operation')).toBe(false);
    expect(after.filter((m) => m.operation === label && m.kind === 'missing-operation')).toHaveLength(1);
    expect(after.length).toBe(before.filter((m) => m.operation !== label).length + 1);
    expect(formatMismatches(after)).toContain(`${label}: operation missing`);
  });

  it('reports a response field answered with a type Sesame does not document', () => {
    const copy = structuredClone(ours) as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    const schemas = Object.values(copy.components.schemas);
    const employee = schemas.find((schema) => schema.properties?.firstName && schema.properties?.customFields);
    expect(employee, 'the employee schema').toBeDefined();
    employee!.properties!.firstName = { type: 'integer' };
    const mismatches = compareOperations(sesame, copy as OpenApiDocument, { pathPrefix: prefix });
    expect(mismatches).toContainEqual(
      expect.objectContaining({ operation: 'GET /core/v3/employees', kind: 'response-field-type', name: 'data[].firstName' }),
    );
    expect(formatMismatches(mismatches)).toContain('response field types: ');
  });
});
