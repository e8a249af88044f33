import { describe, expect, it } from 'vitest';
import { jsonRecordLines } from './local-validate.js';

describe('jsonRecordLines: the line each record of a JSON sync file starts on', () => {
  it('finds the records of a top-level array, of {"employees": […]} and of an OData export ({"value": […]})', () => {
    const records = '[\n  {"employee_id": "E1"},\n  {"employee_id": "E2"}\n]';
    expect(jsonRecordLines(records, 'employees')).toEqual([2, 3]);
    expect(jsonRecordLines(`{"employees": ${records}}`, 'employees')).toEqual([2, 3]);
    const odata = `{\n  "@odata.context": "https://erp.example.com/data/$metadata#Workers",\n  "value": ${records}\n}`;
    expect(jsonRecordLines(odata, 'employees')).toEqual([4, 5]);
    expect(jsonRecordLines(odata.replace('"value"', '"other"'), 'employees')).toEqual([]);
  });
});
