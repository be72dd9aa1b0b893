// What a worksheet still lacks before hand-in: required fields left empty, tables with too few complete rows, and
// numbers that are not numbers. Shown as a list; it never stops the learner saving or exporting.
import type { Worksheet } from '../../content-schema/worksheet-schema';
import type { FieldEntry } from '../../stores/worksheets';
import { allFields, choicesOf, readNumber, rowsOf, textOf, valueOf } from './values';

export interface MissingItem {
  /** The field's id (the list links to it). */
  readonly field: string;
  readonly section: string;
  readonly label: string;
  readonly reason: string;
}

const filled = (text: string | undefined) => (text ?? '').trim() !== '';

export function missingItems(sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>): MissingItem[] {
  const items: MissingItem[] = [];
  for (const { section, field } of allFields(sheet)) {
    const value = valueOf(field, stored);
    const add = (reason: string) => items.push({ field: field.id, section: section.title, label: field.label, reason });
    if (field.type === 'table') {
      const rows = rowsOf(value);
      rows.forEach((row, index) => {
        for (const column of field.columns) {
          if (column.type === 'number' && filled(row[column.id]) && readNumber(row[column.id]!) === null) add(`第 ${index + 1} 行的“${column.label}”不是数字`);
        }
      });
      const needed = field.columns.filter((c) => !c.optional);
      const complete = rows.filter((row) => needed.every((c) => filled(row[c.id]))).length;
      if (field.required && complete < field.minRows) add(`至少要有 ${field.minRows} 行填写完整，现在有 ${complete} 行`);
    } else if (field.type === 'choice' && field.multiple) {
      if (field.required && choicesOf(value).length === 0) add('还没有选择');
    } else {
      const text = textOf(value);
      if (field.type === 'number' && filled(text)) {
        const number = readNumber(text);
        if (number === null) add('不是数字');
        else if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) add(`应在 ${field.min ?? '−∞'} 到 ${field.max ?? '∞'} 之间`);
      }
      if (field.required && !filled(text)) add(field.type === 'choice' ? '还没有选择' : '还没有填写');
    }
  }
  return items;
}
