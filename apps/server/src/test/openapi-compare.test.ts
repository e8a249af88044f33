import { describe, expect, it } from 'vitest';
import { compareOperations, formatMismatches, normalisePathTemplate, type OpenApiDocument, schemaFieldPaths } from './openapi-compare.js';

/** A small reference spec in Sesame's style: everything behind component refs. */
function referenceSpec(): OpenApiDocument {
  return {
    openapi: '3.0.0',
    paths: {
      '/core/v3/things': {
        get: {
          operationId: 'Things_list',
          parameters: [
            { in: 'query', name: 'limit', schema: { type: 'integer' } },
            { $ref: '#/components/parameters/PageParam' },
            { in: 'header', name: 'x-trace', schema: { type: 'string' } },
          ],
          responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingsListResponse' } } } } },
        },
        post: {
          operationId: 'Things_create',
          requestBody: { $ref: '#/components/requestBodies/ThingBody' },
          responses: { '200': { $ref: '#/components/responses/ThingResponse' } },
        },
      },
      '/core/v3/things/{id}': {
        parameters: [{ in: 'query', name: 'expand', schema: { type: 'string' } }],
        get: {
          operationId: 'Things_get',
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: { '200': { $ref: '#/components/responses/ThingResponse' } },
        },
      },
      '/schedule/v1/other': { get: { operationId: 'Other', responses: { '200': { description: 'ok' } } } },
    },
    components: {
      parameters: { PageParam: { in: 'query', name: 'page', schema: { type: 'integer' } } },
      requestBodies: {
        ThingBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } } } },
      },
      responses: {
        ThingResponse: {
          description: 'one',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { data: { $ref: '#/components/schemas/Thing' }, meta: { $ref: '#/components/schemas/Meta' } },
              },
            },
          },
        },
      },
      schemas: {
        Meta: { type: 'object', properties: { currentPage: { type: 'integer' }, total: { type: 'integer' } } },
        ThingsListResponse: {
          type: 'object',
          properties: {
            data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
            meta: { $ref: '#/components/schemas/Meta' },
          },
        },
        Thing: {
          allOf: [
            { $ref: '#/components/schemas/ThingBase' },
            {
              type: 'object',
              properties: {
                tags: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' } } } },
                parent: { $ref: '#/components/schemas/Thing' },
              },
            },
          ],
        },
        ThingBase: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
        ThingInput: {
          type: 'object',
          properties: { name: { type: 'string' }, owner: { type: 'object', properties: { email: { type: 'string' } } } },
        },
      },
    },
  };
}

/** The same contract the way @fastify/swagger writes it: inline schemas, OpenAPI 3.1 nullables, our own extras. */
function matchingSpec(): OpenApiDocument {
  const thing = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      name: { type: ['string', 'null'] },
      tags: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' }, extra: { type: 'string' } } } },
      parent: {
        anyOf: [
          { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, tags: { type: 'array' } } },
          { type: 'null' },
        ],
      },
      createdAt: { type: 'string' },
    },
  };
  const meta = {
    type: 'object',
    properties: { currentPage: { type: 'integer' }, total: { type: 'integer' }, lastPage: { type: 'integer' } },
  };
  return {
    openapi: '3.1.0',
    paths: {
      '/core/v3/things': {
        get: {
          parameters: [
            { in: 'query', name: 'page', schema: { type: 'integer' } },
            { in: 'query', name: 'limit', schema: { type: 'integer' } },
            { in: 'query', name: 'updatedAt[gte]', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: thing }, meta } } } },
            },
            '400': { content: { 'application/problem+json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } } },
          },
        },
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', properties: { name: { type: 'string' }, owner: { $ref: '#/components/schemas/def-0' } } },
              },
            },
          },
          responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { data: thing, meta } } } } } },
        },
      },
      '/core/v3/things/{thingId}': {
        get: {
          parameters: [
            { in: 'path', name: 'thingId', required: true, schema: { type: 'string' } },
            { in: 'query', name: 'expand', schema: { type: 'string' } },
          ],
          responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { data: thing, meta } } } } } },
        },
      },
    },
    components: { schemas: { 'def-0': { type: 'object', properties: { email: { type: 'string' } } } } },
  };
}

const paths = (doc: OpenApiDocument) => doc.paths as Record<string, Record<string, Record<string, unknown>>>;

describe('schemaFieldPaths', () => {
  it('resolves refs and allOf, follows arrays, and stops at recursive refs', () => {
    const ref = referenceSpec();
    const fields = schemaFieldPaths(ref, { $ref: '#/components/schemas/ThingsListResponse' });
    expect([...fields].sort()).toEqual(
      [
        'data',
        'data[].id',
        'data[].name',
        'data[].tags',
        'data[].tags[].slug',
        'data[].parent',
        // Thing → parent → Thing is expanded once per branch: the second Thing is not expanded again.
        'meta',
        'meta.currentPage',
        'meta.total',
      ].sort(),
    );
  });

  it('collects fields of every anyOf / oneOf branch', () => {
    const fields = schemaFieldPaths(
      {},
      {
        oneOf: [
          { type: 'object', properties: { a: { type: 'string' } } },
          { anyOf: [{ properties: { b: { type: 'array', items: [{ properties: { c: {} } }] } } }] },
        ],
      },
    );
    expect([...fields].sort()).toEqual(['a', 'b', 'b[].c']);
  });
});

describe('normalisePathTemplate', () => {
  it('ignores parameter names and trailing slashes', () => {
    expect(normalisePathTemplate('/core/v3/things/{id}/')).toBe(normalisePathTemplate('/core/v3/things/{thingId}'));
    expect(normalisePathTemplate('/a/{x}/b')).not.toBe(normalisePathTemplate('/a/b/{x}'));
  });
});

describe('compareOperations', () => {
  it('finds nothing when ours covers the reference (extra fields, params and renamed path params are fine)', () => {
    const mismatches = compareOperations(referenceSpec(), matchingSpec(), { pathPrefix: '/core/v3' });
    expect(mismatches, formatMismatches(mismatches)).toEqual([]);
  });

  it('only looks at operations under the prefix', () => {
    const all = compareOperations(referenceSpec(), matchingSpec());
    expect(all.map((m) => m.operation)).toEqual(['GET /schedule/v1/other']);
    expect(all[0]!.kind).toBe('missing-operation');
  });

  it('reports a missing operation, also when only the method is missing', () => {
    const ours = matchingSpec();
    delete paths(ours)['/core/v3/things/{thingId}'];
    delete paths(ours)['/core/v3/things']!.post;
    const mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => [m.kind, m.operation])).toEqual([
      ['missing-operation', 'POST /core/v3/things'],
      ['missing-operation', 'GET /core/v3/things/{id}'],
    ]);
    expect(formatMismatches(mismatches)).toContain('GET /core/v3/things/{id}: operation missing (Things_get)');
  });

  it('does not match a path with a different shape or method', () => {
    const ours = matchingSpec();
    const item = paths(ours)['/core/v3/things/{thingId}']!;
    paths(ours)['/core/v3/things/{thingId}/x'] = item;
    paths(ours)['/core/v3/things/{thingId}'] = { put: item.get! };
    const mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => m.operation)).toEqual(['GET /core/v3/things/{id}']);
  });

  it('reports missing query parameters, including $ref and path-level ones, and ignores headers', () => {
    const ours = matchingSpec();
    const list = paths(ours)['/core/v3/things']!.get!;
    list.parameters = (list.parameters as { name: string }[]).filter((p) => p.name !== 'page');
    const get = paths(ours)['/core/v3/things/{thingId}']!.get!;
    get.parameters = (get.parameters as { name: string }[]).filter((p) => p.name !== 'expand');
    const mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => [m.operation, m.kind, m.name])).toEqual([
      ['GET /core/v3/things', 'missing-query-parameter', 'page'],
      ['GET /core/v3/things/{id}', 'missing-query-parameter', 'expand'],
    ]);
  });

  it('reports missing request body fields, nested ones too, and a missing body', () => {
    const ours = matchingSpec();
    const post = paths(ours)['/core/v3/things']!.post!;
    (ours.components as { schemas: Record<string, unknown> }).schemas['def-0'] = {
      type: 'object',
      properties: { mail: { type: 'string' } },
    };
    let mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => [m.kind, m.name])).toEqual([['missing-request-field', 'owner.email']]);

    delete post.requestBody;
    mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => m.kind)).toEqual(['missing-request-body']);
    expect(mismatches[0]!.detail).toContain('name, owner, owner.email');
  });

  it('reports missing response fields through data objects and array items', () => {
    const ours = matchingSpec();
    const list = paths(ours)['/core/v3/things']!.get!;
    const schema = (list.responses as Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }>)[
      '200'
    ]!.content['application/json']!.schema;
    const item = {
      type: 'object',
      properties: { id: { type: 'string' }, tags: { type: 'array', items: { type: 'object', properties: {} } } },
    };
    schema.properties.data = { type: 'array', items: item };
    delete schema.properties.meta;
    const mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.filter((m) => m.operation === 'GET /core/v3/things').map((m) => m.name)).toEqual([
      'data[].name',
      'data[].tags[].slug',
      'data[].parent',
      'meta',
      'meta.currentPage',
      'meta.total',
    ]);
    expect(formatMismatches(mismatches)).toContain('missing response fields: data[].name, data[].tags[].slug, data[].parent, meta');
  });

  it('sees an object where the reference has an array (and the reverse) as missing fields', () => {
    const ours = matchingSpec();
    const get = paths(ours)['/core/v3/things/{thingId}']!.get!;
    const list = paths(ours)['/core/v3/things']!.get!;
    const swap = get.responses;
    get.responses = list.responses;
    list.responses = swap;
    const names = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' }).map((m) => `${m.operation} ${m.name}`);
    expect(names).toContain('GET /core/v3/things data[].id');
    expect(names).toContain('GET /core/v3/things/{id} data.id');
  });

  it('reports a missing 200 response and a 200 without a body', () => {
    const ours = matchingSpec();
    paths(ours)['/core/v3/things']!.get!.responses = { '202': { content: { 'application/json': { schema: {} } } } };
    paths(ours)['/core/v3/things/{thingId}']!.get!.responses = { '200': { description: 'nothing' } };
    const mismatches = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' });
    expect(mismatches.map((m) => [m.operation, m.kind, m.detail])).toEqual([
      ['GET /core/v3/things', 'missing-response', 'no 200 response (ours declares: 202)'],
      ['GET /core/v3/things/{id}', 'missing-response', '200 response has no application/json body'],
    ]);
  });

  it('a free-form object does not stand in for documented fields', () => {
    const ours = matchingSpec();
    paths(ours)['/core/v3/things/{thingId}']!.get!.responses = {
      '200': { content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'object' }, meta: {} } } } } },
    };
    const names = compareOperations(referenceSpec(), ours, { pathPrefix: '/core/v3' }).map((m) => m.name);
    expect(names).toEqual(['data.id', 'data.name', 'data.tags', 'data.tags[].slug', 'data.parent', 'meta.currentPage', 'meta.total']);
  });
});
