// A worksheet as Markdown to hand in: the lab's title, the learner's name line and the export time, then each
// section with its fields (tables as Markdown tables, “（未填写）” for what is empty).
import type { TableField, Worksheet, WorksheetField } from '../../content-schema/worksheet-schema';
import { identityLine, type Identity } from '../../stores/identity';
import { localTimestamp } from '../../stores/notebook/markdown';
import type { FieldEntry, FieldValue } from '../../stores/worksheets';
import { choicesOf, rowsOf, textOf, valueOf } from './values';

export const EMPTY = '（未填写）';

/** A label with its unit: 运费（元）. */
export const withUnit = (label: string, unit?: string) => (unit ? `${label}（${unit}）` : label);

/** A field's value as one line or paragraph of plain text. */
export function plainValue(field: Exclude<WorksheetField, TableField>, value: FieldValue): string {
  if (field.type === 'choice' && field.multiple) return choicesOf(value).join('、');
  const text = textOf(value).trim();
  return text && field.type === 'number' && field.unit ? `${text} ${field.unit}` : text;
}

const cell = (text: string) => text.trim().replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function tableMarkdown(field: TableField, value: FieldValue, empty: string): string[] {
  const rows = rowsOf(value).filter((row) => Object.values(row).some((c) => c.trim() !== ''));
  if (rows.length === 0) return [empty];
  return [
    `| ${field.columns.map((c) => cell(withUnit(c.label, c.unit))).join(' | ')} |`,
    `| ${field.columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${field.columns.map((c) => cell(row[c.id] ?? '')).join(' | ')} |`),
  ];
}

export interface WorksheetMarkdownOptions {
  readonly identity?: Identity;
  readonly now?: Date;
  /** Minutes as `Date#getTimezoneOffset` gives them. */
  readonly offset?: number;
  /** The file's own wording in the page's script (see `MarkdownOptions.words`); the learner's entries stay as typed. */
  readonly words?: (text: string) => string;
}

export function worksheetToMarkdown(title: string, sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>, options: WorksheetMarkdownOptions = {}): string {
  const now = options.now ?? new Date();
  const words = options.words ?? ((text: string) => text);
  const empty = words(EMPTY);
  const who = options.identity ? identityLine(options.identity, words) : '';
  const lines = [`# ${words('实训报告')}：${title}`, ''];
  if (who) lines.push(who, '');
  lines.push(`${words('导出时间')}：${localTimestamp(now, options.offset ?? now.getTimezoneOffset())}`, '');
  for (const section of sheet.sections) {
    lines.push(`## ${section.title}`, '');
    for (const field of section.fields) {
      const value = valueOf(field, stored);
      if (field.type === 'table') lines.push(`### ${field.label}`, '', ...tableMarkdown(field, value, empty), '');
      else if (field.type === 'textarea') lines.push(`### ${field.label}`, '', plainValue(field, value) || empty, '');
      else lines.push(`**${field.label}**：${plainValue(field, value) || empty}`, '');
    }
  }
  return lines.join('\n');
}
