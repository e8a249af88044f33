import type { Static } from 'typebox';
import { apiTimestamp } from '../../context.js';
import type { Office } from './offices.schemas.js';
import type { OfficesTable } from './org.tables.js';

export type OfficeView = Static<typeof Office>;

/** The API representation of an office row (used by offices and by employee-office assignations). */
export function toOfficeView(row: OfficesTable): OfficeView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    address: row.address,
    coordinates:
      row.latitude === null || row.longitude === null ? null : { latitude: Number(row.latitude), longitude: Number(row.longitude) },
    radio: row.radio,
    timezone: row.timezone,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}
