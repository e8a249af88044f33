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
    coordinates: coordinatesOf(row),
    radio: row.radio,
    timezone: row.timezone,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

/** Null when neither coordinate is recorded; otherwise both keys, the missing one null (Sesame requires neither). */
function coordinatesOf(row: OfficesTable): OfficeView['coordinates'] {
  if (row.latitude === null && row.longitude === null) return null;
  const number = (value: number | null) => (value === null ? null : Number(value));
  return { latitude: number(row.latitude), longitude: number(row.longitude) };
}
