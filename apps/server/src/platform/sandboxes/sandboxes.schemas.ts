import { Type } from 'typebox';
import { DateTime, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

export const Sandbox = Type.Object({
  id: Uuid('The sandbox company.'),
  name: Type.String(),
  liveCompanyId: Uuid('The live company it was copied from.'),
  employeesCopied: Type.Integer({ description: 'Employees copied when it was created (0 without copyEmployees).' }),
  createdAt: DateTime(),
  updatedAt: DateTime(
    'Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).',
  ),
});

export const SandboxWithKey = Type.Object({
  ...Sandbox.properties,
  adminKey: Type.Object({
    id: Uuid(),
    prefix: Type.String(),
    token: Type.String({ description: 'Admin key of the sandbox (every scope; works only there). Shown only in this answer.' }),
  }),
});

export const SandboxCreateBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Defaults to "<live company> (sandbox)".' })),
  copyEmployees: Type.Optional(
    Type.Boolean({ default: false, description: 'Also copy the employees (with departments, offices, managers and custom field values).' }),
  ),
});

export const sandboxSortable = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const SandboxListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(sandboxSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});
