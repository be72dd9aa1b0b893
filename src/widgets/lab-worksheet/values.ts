// What each field of a worksheet holds: the stored value when there is one, else the definition's starting value.
import type { TableField, Worksheet, WorksheetField } from '../../content-schema/worksheet-schema';
import type { FieldEntry, FieldValue, TableRow } from '../../stores/worksheets';

/** A table row with every column present ('' for an empty cell). */
export function blankRow(field: TableField, cells: TableRow = {}): TableRow {
  return Object.fromEntries(field.columns.map((c) => [c.id, Object.hasOwn(cells, c.id) ? cells[c.id]! : '']));
}

/** The value a new worksheet starts with: empty text, nothing ticked, a table's given rows (or one empty row). */
export function startingValue(field: WorksheetField): FieldValue {
  if (field.type === 'table') return { rows: field.rows.length > 0 ? field.rows.map((row) => blankRow(field, row)) : [blankRow(field)] };
  if (field.type === 'choice' && field.multiple) return [];
  return '';
}

/** The field's value as stored, or its starting value; a stored value of the wrong kind (an older definition) reads as starting. */
export function valueOf(field: WorksheetField, stored: Readonly<Record<string, FieldEntry>>): FieldValue {
  const entry = Object.hasOwn(stored, field.id) ? stored[field.id] : undefined;
  if (!entry) return startingValue(field);
  const { value } = entry;
  if (field.type === 'table') return typeof value === 'object' && !Array.isArray(value) ? { rows: (value as { rows: readonly TableRow[] }).rows.map((r) => blankRow(field, r)) } : startingValue(field);
  if (field.type === 'choice' && field.multiple) return Array.isArray(value) ? value : startingValue(field);
  return typeof value === 'string' ? value : startingValue(field);
}

export const textOf = (value: FieldValue): string => (typeof value === 'string' ? value : '');
export const choicesOf = (value: FieldValue): readonly string[] => (Array.isArray(value) ? value : []);
export const rowsOf = (value: FieldValue): readonly TableRow[] => (typeof value === 'object' && !Array.isArray(value) ? (value as { rows: readonly TableRow[] }).rows : []);

/** Every field of a worksheet, with its section. */
export function allFields(sheet: Worksheet): { section: Worksheet['sections'][number]; field: WorksheetField }[] {
  return sheet.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** Whether the learner has written anything in the worksheet beyond its starting values. */
export function isStarted(sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>): boolean {
  return allFields(sheet).some(({ field }) => JSON.stringify(valueOf(field, stored)) !== JSON.stringify(startingValue(field)));
}

/** A number as typed, read leniently (full-width digits, thousands separators, a trailing %); null when it is not one. */
export function readNumber(text: string): number | null {
  const plain = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/%$/, '');
  if (plain === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return Number(plain);
}
