import { EngineError } from '../core/errors';
import type { TextColumns } from '../ingest/read-text-columns';
import { normalizeHeader } from '../ingest/normalize-header';
import { quoteCell } from '../ingest/issue-log';
import type { RowIssue } from '../core/types';
import type { SheetLayout } from './sheet-layout';

/** One exam column found in the sheet. */
export interface SheetColumn {
  readonly header: string;
  readonly full: number;
  readonly shares: Readonly<Record<number, number>>;
}

export interface SheetStudent {
  /** Line in the file (header = 1). */
  readonly line: number;
  readonly id: string;
  readonly name: string;
  /** Score per exam column, in `columns` order. */
  readonly exam: readonly number[];
  /** Score per coursework column found, in `coursework` order (out of 100). */
  readonly coursework: readonly number[];
}

export interface ScoreSheet {
  readonly columns: readonly SheetColumn[];
  /** Coursework columns found, with their weights. */
  readonly coursework: readonly { readonly header: string; readonly weight: number }[];
  readonly examWeight: number;
  readonly objectives: readonly number[];
  readonly students: readonly SheetStudent[];
  /** Students marked 缺考 (or with every exam cell blank): named, left out of the averages. */
  readonly absent: readonly { readonly line: number; readonly id: string; readonly name: string }[];
  /** Every problem cell, by line and column; those rows are left out. */
  readonly issues: readonly RowIssue[];
  readonly warnings: readonly string[];
}

const ABSENT = /^(缺考|缺|缓考|緩考|旷考|曠考|免考)$/;
const ID_HEADERS = ['学号', '学生学号', '考号', 'studentid', 'id'];
const NAME_HEADERS = ['姓名', '学生姓名', 'name'];
const FULL_MARK_ROW = /^(满分|滿分)$/;

/** A question header as compared: NFKC, no spaces, a trailing “(4分)” dropped, separators kept apart. */
function questionKey(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').replace(/[(（[][^()（）[\]]*分[)）\]]$/, '');
}

/** The (section numeral, question) a header names: 一1, 一.1, 一-1, 一、1, 一(1), 1.1, 1-1, 第一题1; else null. */
function parseQuestionHeader(header: string): [section: string, index: number] | null {
  const key = questionKey(header);
  const chinese = /^第?([一二三四五六七八九十])(?:大?题)?[.\-_、．]?[(（]?(\d{1,2})[)）]?(?:小?题)?$/.exec(key);
  if (chinese) return [chinese[1]!, Number(chinese[2])];
  const arabic = /^第?(\d)(?:大?题)?[.\-_、．][(（]?(\d{1,2})[)）]?$/.exec(key);
  if (arabic) return ['一二三四五六七八九'[Number(arabic[1]) - 1] ?? '', Number(arabic[2])];
  return null;
}

/** A section header: 一, 一、名词解释, 第一题, 第一大题, 名词解释. */
function sectionHeaderMatches(header: string, numeral: string, name: string): boolean {
  const key = questionKey(header).replace(/[、.．:：]/g, '');
  return key === numeral || key === `第${numeral}题` || key === `第${numeral}大题` || key === `${numeral}${name}` || key === name || key === `${name}题`;
}

/** The score in a cell: a number after NFKC with an optional 分; NaN otherwise. */
function readScore(cell: string): number {
  const text = cell.normalize('NFKC').replace(/\s+/g, '').replace(/分$/, '');
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * Reads a teacher's score sheet (a CSV read with `readTextColumns`: any encoding Excel writes) against the layout
 * of the paper it scores. Needs a 学号 column and, for each section, either every question's column (`一1` …, also
 * `一.1`, `1-1`, `一(1)`) or one column for the section (`一`, `一、名词解释`, `名词解释`); coursework columns (平时成绩 …)
 * are optional. Every problem cell is named by line and column: an empty score, one that is not a number, below 0
 * or above the full mark, an empty or repeated 学号. Rows with a problem are left out; the others still count.
 * A student whose exam cells say 缺考 (or are all empty) is listed as absent, not as a problem. A row whose 学号 is
 * 满分 (the template's second row) is skipped.
 *
 * Source: our own format (src/widgets/exam-papers/MODEL.md).
 * @throws EngineError `missing-columns` (no 学号, or a section with neither its questions nor its total).
 * @example readScoreSheet(await readTextColumns(bytes), layout).issues // [{ line: 4, column: '二3', message: '超过满分 2 分：“3”' }]
 */
export function readScoreSheet(table: TextColumns, layout: SheetLayout): ScoreSheet {
  const headers = table.headers;
  const findHeader = (names: readonly string[]) => headers.findIndex((h) => names.some((n) => normalizeHeader(h) === normalizeHeader(n)));
  const idIndex = findHeader(ID_HEADERS);
  const nameIndex = findHeader(NAME_HEADERS);
  const parsed = headers.map(parseQuestionHeader);

  const columns: (SheetColumn & { readonly index: number })[] = [];
  const missing: string[] = [];
  for (const section of layout.sections) {
    const found = section.questions.map((q) => parsed.findIndex((p) => p !== null && p[0] === section.numeral && p[1] === q.index));
    if (found.every((i) => i >= 0)) {
      section.questions.forEach((q, k) => columns.push({ header: headers[found[k]!]!, full: q.full, shares: q.shares, index: found[k]! }));
      continue;
    }
    const total = headers.findIndex((h) => sectionHeaderMatches(h, section.numeral, section.name));
    if (total >= 0) columns.push({ header: headers[total]!, full: section.full, shares: section.shares, index: total });
    else missing.push(`${section.numeral}、${section.name}（${section.questions.filter((_, k) => found[k]! < 0).map((q) => q.header).join('、')}，或一列“${section.numeral}”记本大题总分）`);
  }
  if (idIndex < 0 || missing.length > 0) {
    const what = [...(idIndex < 0 ? ['学号'] : []), ...missing];
    throw new EngineError('missing-columns', `成绩表缺少这些列：${what.join('；')}。找到的列：${headers.join(', ') || '（无）'}(missing columns: ${idIndex < 0 ? 'student id, ' : ''}${missing.length} section(s))`, { missing: what, headers: [...headers] });
  }

  const coursework: { header: string; weight: number; index: number }[] = [];
  const warnings: string[] = [];
  for (const item of layout.coursework) {
    const index = findHeader([item.header, ...item.synonyms]);
    if (index >= 0) coursework.push({ header: headers[index]!, weight: item.weight, index });
    else warnings.push(`成绩表中没有“${item.header}”列：达成度不计这一项（占 ${Math.round(item.weight * 100)}%），其余各项按比例折算。`);
  }
  const used = new Set([idIndex, nameIndex, ...columns.map((c) => c.index), ...coursework.map((c) => c.index)]);
  const ignored = headers.filter((h, i) => !used.has(i) && h !== '');
  if (ignored.length > 0) warnings.push(`这些列没有用到：${ignored.join('、')}。`);

  // Rows of the wrong width, which the reader skipped already.
  const issues: RowIssue[] = [...table.issues];
  const students: SheetStudent[] = [];
  const absent: { line: number; id: string; name: string }[] = [];
  const seen = new Map<string, number>();
  const cell = (column: number, row: number) => table.columns[column]![row] ?? '';
  for (let row = 0; row < table.length; row++) {
    const line = table.lines[row]!;
    const id = cell(idIndex, row);
    const name = nameIndex >= 0 ? cell(nameIndex, row) : '';
    if (FULL_MARK_ROW.test(id)) continue;
    const problems: RowIssue[] = [];
    if (id === '') problems.push({ line, column: headers[idIndex]!, message: `学号为空${name ? `（姓名：${name}）` : ''}` });
    else if (seen.has(id)) problems.push({ line, column: headers[idIndex]!, message: `学号 ${id} 与第 ${seen.get(id)} 行重复` });
    else seen.set(id, line);
    const examCells = columns.map((c) => cell(c.index, row));
    if (examCells.every((c) => c === '') || examCells.some((c) => ABSENT.test(c))) {
      if (problems.length > 0) issues.push(...problems);
      else absent.push({ line, id, name });
      continue;
    }
    const read = (text: string, header: string, full: number) => {
      if (text === '') {
        problems.push({ line, column: header, message: '成绩为空' });
        return 0;
      }
      const score = readScore(text);
      if (Number.isNaN(score)) problems.push({ line, column: header, message: `无法识别的分数：${quoteCell(text)}` });
      else if (score < 0) problems.push({ line, column: header, message: `分数不能为负：${quoteCell(text)}` });
      else if (score > full + 1e-9) problems.push({ line, column: header, message: `超过满分 ${full} 分：${quoteCell(text)}` });
      return score;
    };
    const exam = columns.map((c, k) => read(examCells[k]!, c.header, c.full));
    const work = coursework.map((c) => read(cell(c.index, row), c.header, 100));
    if (problems.length > 0) issues.push(...problems);
    else students.push({ line, id, name, exam, coursework: work });
  }
  return {
    columns: columns.map(({ header, full, shares }) => ({ header, full, shares })),
    coursework: coursework.map(({ header, weight }) => ({ header, weight })),
    examWeight: layout.examWeight,
    objectives: layout.objectives,
    students,
    absent,
    issues: [...issues].sort((a, b) => a.line - b.line),
    warnings: [...table.warnings, ...warnings],
  };
}
