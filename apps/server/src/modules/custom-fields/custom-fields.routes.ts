import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { withEmployeeUpdates } from '../employees/index.js';
import {
  CustomField,
  CustomFieldCreateBody,
  CustomFieldListQuery,
  CustomFieldUpdateBody,
  customFieldSortable,
} from './custom-fields.schemas.js';
import { createCustomField, deleteCustomField, getCustomField, listCustomFields, updateCustomField } from './custom-fields.service.js';

export function registerCustomFieldRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Custom Fields'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/custom-fields',
    operationId: 'CustomFields_list',
    summary: 'List custom fields',
    description: `${orderByNote('name', customFieldSortable)} Values are read and written in each employee’s \`customFields\`.`,
    tags,
    scope: 'core:read',
    querystring: CustomFieldListQuery,
    kind: 'list',
    response: CustomField,
    handler: (ctx, { query }) => listCustomFields(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/custom-fields/:id',
    operationId: 'CustomFields_getById',
    summary: 'Get a custom field (extension)',
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: CustomField,
    handler: (ctx, { params }) => getCustomField(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/custom-fields',
    operationId: 'CustomFields_createField',
    summary: 'Create a custom field',
    description:
      'Without `slug`, one is derived from the name (`cf_…`, with `_2`, `_3` … when taken). A slug already in use is a 409. Set values with `customFields: [{id, value}]` on employee create/update.',
    tags,
    scope: 'core:write',
    body: CustomFieldCreateBody,
    kind: 'item',
    response: CustomField,
    errors: [404],
    handler: (ctx, { body }) => createCustomField(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/custom-fields/:id',
    operationId: 'CustomFields_updateFieldById',
    summary: 'Update a custom field',
    description: 'Renames the field and optionally changes its slug (409 when taken). The type cannot change.',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: CustomFieldUpdateBody,
    kind: 'item',
    response: CustomField,
    errors: [409],
    current: (ctx, { params }) => getCustomField(ctx, params.id),
    handler: (ctx, { params, body }) => updateCustomField(ctx, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/custom-fields/:id',
    operationId: 'CustomFields_deleteField',
    summary: 'Delete a custom field',
    description:
      'Also deletes every employee’s value of the field; those employees emit employee.updated (changes: customFields). 409 while HR data sync owns the field (`cf_employee_type`, which the feed fills, while sync is enabled and `employeeType` is not a manual field).',
    tags,
    scope: 'core:write',
    params: IdParams,
    kind: 'empty',
    errors: [409],
    current: (ctx, { params }) => getCustomField(ctx, params.id),
    handler: (ctx, { params }) => deleteCustomField(ctx, params.id, withEmployeeUpdates),
  });
}
