import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { orderByNote } from '../../http/schema-kit.js';
import { JobCharge, JobChargeBody, JobChargeListQuery, JobChargeParams, jobChargeSortable } from './job-charges.schemas.js';
import { createJobCharge, deleteJobCharge, getJobCharge, listJobCharges, updateJobCharge } from './job-charges.service.js';

export function registerJobChargeRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Job Charges'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/job-charges',
    operationId: 'JobCharges_list',
    summary: 'List job charges',
    description: orderByNote('name', jobChargeSortable),
    tags,
    scope: 'core:read',
    querystring: JobChargeListQuery,
    kind: 'list',
    response: JobCharge,
    handler: (ctx, { query }) => listJobCharges(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/job-charges/:jobChargeId',
    operationId: 'JobCharges_getById',
    summary: 'Get a job charge',
    tags,
    scope: 'core:read',
    params: JobChargeParams,
    kind: 'item',
    etag: true,
    response: JobCharge,
    handler: (ctx, { params }) => getJobCharge(ctx, params.jobChargeId),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/job-charges',
    operationId: 'JobCharges_create',
    summary: 'Create a job charge',
    tags,
    scope: 'core:write',
    body: JobChargeBody,
    kind: 'item',
    response: JobCharge,
    handler: (ctx, { body }) => createJobCharge(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/job-charges/:jobChargeId',
    operationId: 'JobCharges_updateById',
    summary: 'Update a job charge',
    description: '`name` is required; `description` not sent keeps its value.',
    tags,
    scope: 'core:write',
    params: JobChargeParams,
    body: JobChargeBody,
    kind: 'item',
    response: JobCharge,
    current: (ctx, { params }) => getJobCharge(ctx, params.jobChargeId),
    handler: (ctx, { params, body }) => updateJobCharge(ctx, params.jobChargeId, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/job-charges/:jobChargeId',
    operationId: 'JobCharges_removeById',
    summary: 'Delete a job charge',
    description: 'A job charge that an employee holds (`jobChargeId`) is a 409.',
    tags,
    scope: 'core:write',
    params: JobChargeParams,
    kind: 'empty',
    errors: [409],
    current: (ctx, { params }) => getJobCharge(ctx, params.jobChargeId),
    handler: (ctx, { params }) => deleteJobCharge(ctx, params.jobChargeId),
  });
}
