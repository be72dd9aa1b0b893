// Papers, keys and the 达成度 report as Word documents (.docx, what a teaching office collects), made with the `docx`
// package from the same models as the page: A4, SimSun, the paper's header with its fields and 密封线, the score
// table, sections with room to answer; the key; the report. Loaded only when the teacher exports (import('./docx')).
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { KeyDocument, PaperDocument } from './paper-model';
import type { ReportModel } from './report-model';

/** A4 in twentieths of a point; margins 2.5 cm, the left 3 cm for binding. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1701, right: 1418 };
const fmt = (n: number) => String(Math.round(n * 100) / 100);

const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text, ...options });
const para = (children: string | ParagraphChild[], options: { bold?: boolean; center?: boolean; size?: number; spacing?: number } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    spacing: options.spacing === undefined ? undefined : { after: options.spacing },
    children: typeof children === 'string' ? [run(children, { bold: options.bold, size: options.size })] : children,
  });
const cell = (text: string, bold = false) => new TableCell({ children: [para(text, { bold, center: true })] });
const table = (rows: readonly (readonly string[])[], header = true) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ tableHeader: header && i === 0, children: r.map((t, k) => cell(t, (header && i === 0) || k === 0)) })) });
/** An empty line with a rule under it, to write on. */
const ruled = () => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } }, spacing: { before: 240 }, children: [] });
const lines = (n: number) => Array.from({ length: n }, ruled);

function document(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'CRM Lab',
    title,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }, size: 21 } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
}

/** The paper as a Word document: fields and 密封线, title, score table, sections. */
export function paperDocx(doc: PaperDocument): Document {
  const fields = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: doc.fields.flatMap((f) => [cell(f.label, true), cell(f.value)]) })],
  });
  const score = table([
    ['题号', ...doc.sections.map((s) => s.numeral), '总分'],
    ['满分', ...doc.sections.map((s) => fmt(s.total)), fmt(doc.total)],
    ['得分', ...doc.sections.map(() => ''), ''],
  ], false);
  const body = doc.sections.flatMap((section) => [
    para(section.heading, { bold: true, spacing: 120 }),
    ...(section.instruction ? [para(section.instruction, { size: 19 })] : []),
    ...section.questions.flatMap((q) => [
      ...q.case.map((p) => para(p)),
      para(`${q.number}. ${q.stem}`),
      ...(q.options.length ? [para(q.options.join('    '))] : []),
      ...q.parts.flatMap((part, i) => [para(`（${i + 1}）${part.stem}（${fmt(part.points)} 分）`), ...lines(part.lines)]),
      ...lines(q.lines),
    ]),
  ]);
  return document(doc.titleLines.join(' '), [
    fields,
    para('……………… 密 ……………… 封 ……………… 线 ……………… （密封线内不要答题）', { center: true, spacing: 240 }),
    ...doc.titleLines.filter(Boolean).map((line, i) => para(line, { bold: true, center: true, size: i === doc.titleLines.length - 1 ? 32 : 28 })),
    para(doc.info, { center: true, spacing: 200 }),
    score,
    ...body,
    para(doc.footer, { size: 16 }),
  ]);
}

/** 参考答案及评分标准 as a Word document. */
export function keyDocx(doc: KeyDocument): Document {
  const body = doc.sections.flatMap((section) => [
    para(section.heading, { bold: true, spacing: 120 }),
    ...(section.objective
      ? [table([['题号', '答案'], ...section.questions.map((q) => [String(q.number), q.answer])])]
      : section.questions.flatMap((q) =>
          q.parts.flatMap((part, i) => [
            para(`${i === 0 ? `${q.number}. ` : ''}${part.label ? `${part.label}（${fmt(part.points)} 分）` : `（${fmt(part.points)} 分）`}`, { bold: true }),
            para([run('参考答案：', { bold: true }), run(part.answer)]),
            para('评分标准：', { bold: true }),
            ...part.rubric.map((r) => para(`· ${r.point}（${fmt(r.score)} 分）`)),
          ]),
        )),
  ]);
  return document(doc.title, [para(doc.title, { bold: true, center: true, size: 30, spacing: 240 }), ...body]);
}

/** 课程目标达成度评价报告 as a Word document. */
export function reportDocx(report: ReportModel): Document {
  return document(report.title, [
    para(report.title, { bold: true, center: true, size: 30, spacing: 240 }),
    ...report.facts.map((f) => para(f)),
    para('一、课程目标达成度', { bold: true, spacing: 120 }),
    table(report.objectiveTable),
    para('二、计算方法', { bold: true, spacing: 120 }),
    ...report.method.map((m) => para(m)),
    para('三、分析', { bold: true, spacing: 120 }),
    ...report.analysis.map((a) => para(a)),
    para('四、学生达成度明细', { bold: true, spacing: 120 }),
    table(report.studentTable),
  ]);
}

/** A Word document as bytes (a Blob in the browser; tests read it with the package's own reader). */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  if (typeof Blob !== 'undefined' && typeof window !== 'undefined') return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
  return new Uint8Array(await Packer.toBuffer(doc));
}
