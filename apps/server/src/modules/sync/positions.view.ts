import type { Static } from 'typebox';
import { apiTimestamp } from '../../context.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import type { Position } from './positions.schemas.js';
import type { PositionsTable } from './sync.tables.js';

export type PositionView = Static<typeof Position>;

export type PositionHolder = Pick<EmployeesTable, 'id' | 'externalId' | 'firstName' | 'lastName' | 'email' | 'status'>;

export function positionViewOf(row: PositionsTable, parent: PositionsTable | null, holder: PositionHolder | null): PositionView {
  return {
    id: row.id,
    externalId: row.externalId,
    title: row.title,
    parentId: row.parentId,
    parent: parent ? { id: parent.id, externalId: parent.externalId, title: parent.title } : null,
    holder: holder
      ? {
          id: holder.id,
          externalId: holder.externalId,
          firstName: holder.firstName,
          lastName: holder.lastName,
          email: holder.email,
          status: holder.status,
        }
      : null,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}
