// “Fill from a widget”: copies a published result into one field. Only that field changes; in a table only the
// columns the source fills, so what the learner wrote in other columns (a note, a reason) stays.
import type { WorksheetField } from '../../content-schema/worksheet-schema';
import type { PublishedResult, ResultRecord } from '../../stores/widget-results';
import type { FieldValue, TableRow } from '../../stores/worksheets';
import { blankRow, rowsOf } from './values';

const cellText = (value: ResultRecord[string] | undefined) => (value === undefined ? '' : String(value));
const isBlank = (row: TableRow) => Object.values(row).every((cell) => cell.trim() === '');

/** The field's new value with the published result copied in; `current` when the field takes nothing from it. */
export function fillField(field: WorksheetField, current: FieldValue, published: PublishedResult): FieldValue {
  if (field.type === 'textarea' || field.type === 'choice' || !field.fill) return current;
  const records = Array.isArray(published.value) ? (published.value as readonly ResultRecord[]) : [published.value as ResultRecord];
  if (field.type !== 'table') {
    const record = records[0];
    return field.fill.value && record && Object.hasOwn(record, field.fill.value) ? cellText(record[field.fill.value]) : current;
  }
  const columns = Object.entries(field.fill.columns ?? {});
  const key = field.fill.key;
  const rows = [...rowsOf(current)];
  for (const record of records) {
    const cells = Object.fromEntries(columns.map(([column, sourceKey]) => [column, cellText(record[sourceKey])]));
    const same = key ? rows.findIndex((row) => (row[key] ?? '').trim() === cells[key]) : -1;
    const target = same >= 0 ? same : rows.findIndex(isBlank);
    if (target >= 0) rows[target] = { ...rows[target], ...cells };
    else rows.push(blankRow(field, cells));
  }
  return { rows };
}
