// A worksheet as a Word document (.docx, what Chinese teachers collect), made with the `docx` package: A4, the lab's
// title, a table with the student's 姓名, 学号, 班级 and the export time, then each section with its fields (tables
// as Word tables). Loaded only when the learner exports (import('./docx')).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { TableField, Worksheet } from '../../content-schema/worksheet-schema';
import { IDENTITY_FIELDS, type Identity } from '../../stores/identity';
import { localTimestamp } from '../../stores/notebook/markdown';
import type { FieldEntry } from '../../stores/worksheets';
import { EMPTY, plainValue, withUnit } from './markdown';
import { rowsOf, valueOf } from './values';

/** A4 in twentieths of a point, with 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

const text = (value: string, bold = false) => new TextRun({ text: value, bold });
/** A paragraph per line, so a textarea's line breaks survive. */
const paragraphs = (value: string) => value.split(/\r?\n/).map((line) => new Paragraph({ children: [text(line)] }));

function cellOf(value: string, bold = false): TableCell {
  return new TableCell({ children: value.split(/\r?\n/).map((line) => new Paragraph({ children: [text(line, bold)] })) });
}

function wordTable(field: TableField, rows: readonly Readonly<Record<string, string>>[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: field.columns.map((c) => cellOf(withUnit(c.label, c.unit), true)) }),
      ...rows.map((row) => new TableRow({ children: field.columns.map((c) => cellOf(row[c.id] ?? '')) })),
    ],
  });
}

export interface DocxOptions {
  readonly identity: Identity;
  readonly now?: Date;
  readonly offset?: number;
}

/** The Word document of a worksheet (pack it with `Packer`). */
export function worksheetDocument(title: string, sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>, options: DocxOptions): Document {
  const now = options.now ?? new Date();
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [...IDENTITY_FIELDS.flatMap(({ field, label }) => [cellOf(label, true), cellOf(options.identity[field].trim())])] }),
      new TableRow({ children: [cellOf('实训项目', true), new TableCell({ columnSpan: 3, children: [new Paragraph(title)] }), cellOf('导出时间', true), cellOf(localTimestamp(now, options.offset ?? now.getTimezoneOffset()))] }),
    ],
  });
  const body = sheet.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(section.title)] }),
    ...section.fields.flatMap((field) => {
      const value = valueOf(field, stored);
      if (field.type === 'table') {
        const rows = rowsOf(value).filter((row) => Object.values(row).some((c) => c.trim() !== ''));
        return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [text(field.label)] }), rows.length ? wordTable(field, rows) : new Paragraph(EMPTY)];
      }
      const answer = plainValue(field, value) || EMPTY;
      if (field.type === 'textarea') return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [text(field.label)] }), ...paragraphs(answer)];
      return [new Paragraph({ children: [text(`${field.label}：`, true), text(answer)] })];
    }),
  ]);
  return new Document({
    creator: 'CRM Lab',
    title: `实训报告：${title}`,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text('客户关系管理 · 实训报告')] }),
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(title)] }),
          header,
          ...body,
        ],
      },
    ],
  });
}

/** The .docx file as a Blob (in the browser). */
export function worksheetDocx(title: string, sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>, options: DocxOptions): Promise<Blob> {
  return Packer.toBlob(worksheetDocument(title, sheet, stored, options));
}
