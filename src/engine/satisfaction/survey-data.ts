import { EngineError } from '../core/errors';
import { IssueLog, quoteCell } from '../ingest/issue-log';
import type { TextColumns } from '../ingest/read-text-columns';
import type { RowIssue } from '../core/types';
import { readAnswerCell } from './answer-cell';
import { splitItemHeader, type SurveyLayout } from './survey-layout';

/** One answered question: its column, and one answer per respondent (null: not answered). */
export interface SurveyQuestion {
  readonly key: string;
  readonly answers: readonly (number | null)[];
}

/** A rated item: its column (`key`), the item's name without the dimension (`label`), and its dimension. */
export interface SurveyItem extends SurveyQuestion {
  readonly label: string;
  readonly dimension: string | null;
}

/** An importance rating and what it rates (a dimension or an item, as the column names it). */
export interface SurveyImportance extends SurveyQuestion {
  readonly target: string;
}

/** A questionnaire file read into answers, one entry per respondent in every array. */
export interface SurveyData {
  readonly respondents: number;
  /** Respondent ids (to pair with an expectations file), or null when the file has no id column. */
  readonly ids: readonly string[] | null;
  /** Columns to filter and compare by (客户类型…), the value per respondent ('' when blank). */
  readonly segments: readonly { readonly column: string; readonly values: readonly string[] }[];
  readonly items: readonly SurveyItem[];
  readonly importance: readonly SurveyImportance[];
  /** The 1–5 overall satisfaction question (CSAT), or null. */
  readonly overall: SurveyQuestion | null;
  /** The 0–10 recommend question (NPS), or null. */
  readonly nps: SurveyQuestion | null;
  readonly scale: { readonly min: number; readonly max: number };
  /** Cells that could not be used and were counted as not answered: the first 20 (line, column, why). */
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
}

/**
 * Turns a questionnaire file read as text (`readTextColumns`) into answers, following a layout (which column is
 * an item of which dimension, which the overall or NPS question…; see `guessSurveyLayout`). Empty cells are
 * "not answered". A cell that is no number, not whole, or off its scale (items and importance: the layout's
 * scale; overall: 1–5; NPS: 0–10) is also counted as not answered and reported with its line and column: the
 * respondent's other answers still count.
 *
 * Source: the questionnaire conventions of chapter 8 (1–5 items, 1–5 overall satisfaction, 0–10 recommend).
 * @throws EngineError `invalid-layout` (a layout column that is not in the file, more than one overall, NPS or
 *   id column, a scale that is not whole numbers with min < max).
 * @example
 * surveyFromColumns({ headers: ['可靠性_准时', 'NPS'], columns: [['4', '9'], ['10', '']], lines: [2, 3], length: 2, delimiter: ',' },
 *   { columns: [{ header: '可靠性_准时', role: 'item', group: '可靠性' }, { header: 'NPS', role: 'nps', group: null }], scale: { min: 1, max: 5 } })
 * // items [{ key: '可靠性_准时', label: '准时', dimension: '可靠性', answers: [4, null] }], nps answers [10, null],
 * // issues [{ line: 3, column: '可靠性_准时', message: '“9”不在 1–5 之间，按未作答处理' }]
 */
export function surveyFromColumns(
  table: Pick<TextColumns, 'headers' | 'columns' | 'lines' | 'length' | 'delimiter'>,
  layout: SurveyLayout,
): SurveyData {
  const { scale } = layout;
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new EngineError('invalid-layout', `评分量表 ${scale.min}–${scale.max} 无效，应为整数且下限小于上限(the rating scale must be whole numbers with min < max)`);
  }
  const index = (header: string) => {
    const k = table.headers.indexOf(header);
    if (k < 0) throw new EngineError('invalid-layout', `文件中没有“${header}”这一列(the file has no column ${header})`, { header });
    return k;
  };
  for (const role of ['overall', 'nps', 'id'] as const) {
    const named = layout.columns.filter((c) => c.role === role);
    if (named.length > 1) {
      throw new EngineError('invalid-layout', `只能有一列${ROLE_NAMES[role]}，现在有 ${named.length} 列：${named.map((c) => c.header).join('、')}(only one ${role} column is allowed)`);
    }
  }

  // Every rated column with its range; answers are read row by row so the issues come in line order.
  const rated = layout.columns.flatMap((column) => {
    const range = column.role === 'item' || column.role === 'importance' ? scale : column.role === 'overall' ? { min: 1, max: 5 } : column.role === 'nps' ? { min: 0, max: 10 } : null;
    return range === null ? [] : [{ column, cells: table.columns[index(column.header)]!, ...range, answers: new Array<number | null>(table.length) }];
  });
  const log = new IssueLog();
  const decimalComma = table.delimiter === ';';
  for (let i = 0; i < table.length; i++) {
    for (const q of rated) {
      const cell = q.cells[i]!;
      const value = readAnswerCell(cell, decimalComma);
      const problem = value === null ? null : Number.isNaN(value) ? `无法识别的分数：${quoteCell(cell)}` : !Number.isInteger(value) || value < q.min || value > q.max ? `${quoteCell(cell)}不在 ${q.min}–${q.max} 之间` : null;
      if (problem !== null) log.add(table.lines[i]!, q.column.header, `${problem}，按未作答处理`);
      q.answers[i] = problem === null ? value : null;
    }
  }

  const answered = (header: string) => rated.find((q) => q.column.header === header)!.answers;
  const items: SurveyItem[] = [];
  const importance: SurveyImportance[] = [];
  let overall: SurveyQuestion | null = null;
  let nps: SurveyQuestion | null = null;
  let ids: string[] | null = null;
  const segments: { column: string; values: readonly string[] }[] = [];
  for (const { header, role, group } of layout.columns) {
    if (role === 'item') items.push({ key: header, label: group === null ? header : splitItemHeader(header).item, dimension: group, answers: answered(header) });
    else if (role === 'importance') importance.push({ key: header, target: group ?? header, answers: answered(header) });
    else if (role === 'overall') overall = { key: header, answers: answered(header) };
    else if (role === 'nps') nps = { key: header, answers: answered(header) };
    else if (role === 'id') ids = [...table.columns[index(header)]!];
    else if (role === 'segment') segments.push({ column: header, values: table.columns[index(header)]! });
  }
  return { respondents: table.length, ids, segments, items, importance, overall, nps, scale, issues: log.kept, issueCount: log.count };
}

const ROLE_NAMES = { overall: '总体满意度', nps: '推荐意愿（NPS）', id: '问卷编号' } as const;
