export interface CustomFieldsTable {
  id: string;
  companyId: string;
  name: string;
  /** sortKey(name): lists sort by it (db/sort-key.ts). */
  nameKey: string;
  slug: string;
  type: 'text' | 'number' | 'date' | 'boolean';
  createdAt: string;
  updatedAt: string;
}

export interface CustomFieldValuesTable {
  companyId: string;
  employeeId: string;
  customFieldId: string;
  value: string | null;
}
