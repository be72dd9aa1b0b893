import { normalizeHeader } from '../ingest/normalize-header';
import { toHalfWidth } from '../ingest/width';
import { readAnswerCell } from './answer-cell';

/**
 * What a questionnaire column holds: a rated item (`item`, grouped into a dimension), an importance rating
 * (`importance`, of a dimension or an item), the overall satisfaction question (`overall`, 1–5, for CSAT),
 * the recommend question (`nps`, 0–10), a grouping such as the customer type (`segment`), the respondent's
 * id (`id`), or nothing to analyse (`ignore`).
 */
export type SurveyColumnRole = 'item' | 'importance' | 'overall' | 'nps' | 'segment' | 'id' | 'ignore';

export interface SurveyColumn {
  readonly header: string;
  readonly role: SurveyColumnRole;
  /** `item`: its dimension (null: none); `importance`: the dimension or item it rates; otherwise null. */
  readonly group: string | null;
}

/** How to read a questionnaire file: one entry per column, in file order, and the rating scale. */
export interface SurveyLayout {
  readonly columns: readonly SurveyColumn[];
  /** The scale of the items and importance ratings (the overall question is 1–5, the NPS question 0–10). */
  readonly scale: { readonly min: number; readonly max: number };
}

const SEPARATOR = /[_\-:·/|]/;
const IMPORTANCE = ['重要性', '重要程度', '重要度', 'importance'];
const ID_NAMES = ['问卷编号', '答卷编号', '编号', '序号', '受访者编号', '受访者', '客户编号', '会员号', 'id', 'respondent', 'respondentid'];
const NPS_WORDS = ['推荐', 'nps', 'recommend'];
const OVERALL_WORDS = ['总体满意', '整体满意', '总满意', '综合满意', 'csat', 'overall'];
const MAX_SEGMENTS = 12;

/** The dimension and the item of a `维度_题目` header (split at the first `_`, `-`, `:`, `·`, `/` or `|`). */
export function splitItemHeader(header: string): { readonly dimension: string | null; readonly item: string } {
  const text = toHalfWidth(header).trim();
  const at = text.search(SEPARATOR);
  if (at <= 0 || at === text.length - 1) return { dimension: null, item: header.trim() };
  return { dimension: text.slice(0, at).trim(), item: text.slice(at + 1).trim() };
}

interface Profile {
  readonly filled: number;
  readonly numeric: boolean;
  readonly whole: boolean;
  readonly min: number;
  readonly max: number;
  readonly distinct: number;
}

function profile(cells: readonly string[]): Profile {
  let filled = 0;
  let numeric = true;
  let whole = true;
  let min = Infinity;
  let max = -Infinity;
  const seen = new Set<string>();
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    filled++;
    if (seen.size <= cells.length) seen.add(cell.trim());
    const value = readAnswerCell(cell);
    if (value === null || Number.isNaN(value)) {
      numeric = false;
      continue;
    }
    if (!Number.isInteger(value)) whole = false;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { filled, numeric: numeric && filled > 0, whole, min, max, distinct: seen.size };
}

function importanceTarget(header: string): string | null {
  const { dimension, item } = splitItemHeader(header);
  if (dimension === null) return null;
  if (IMPORTANCE.includes(normalizeHeader(dimension))) return item;
  const text = toHalfWidth(header).trim();
  let at = text.length - 1;
  while (at >= 0 && !SEPARATOR.test(text[at]!)) at--;
  return IMPORTANCE.includes(normalizeHeader(text.slice(at + 1))) ? text.slice(0, at).trim() : null;
}

const has = (header: string, words: readonly string[]) => words.some((w) => normalizeHeader(header).includes(w));

/**
 * Guesses what each column of a questionnaire file holds, from its header and its cells:
 * - `重要性_X` (or `重要程度_X`, `X_重要性`): the importance of X (a dimension or an item);
 * - a header with 推荐/NPS and whole answers within 0–10: the recommend question;
 * - 总体满意度/整体满意/CSAT with answers within 1–5: the overall satisfaction question;
 * - other whole-number columns within the rating scale: items, `维度_题目` grouping them by the part before
 *   the separator (a header without one is an item with no dimension);
 * - the first column named like 问卷编号/编号/ID, or text that differs on every row: the respondent id;
 * - text with 2–12 different values that repeat (客户类型, 使用频率): a segment to filter and compare by;
 * - anything else (free text, numbers off the scale such as 年龄): ignored.
 * The rating scale is 1–5 when every item answer is at most 5, 1–7 when at most 7, else 0–10.
 * The learner can change every guess; this only saves them the clicks.
 *
 * Source: the `维度_题目` naming of the course's survey files; SERVQUAL questionnaires (Parasuraman et al. 1988).
 * @example
 * guessSurveyLayout(['编号', '可靠性_准时', '总体满意度'], [['S1', 'S2'], ['4', '2'], ['5', '3']]).columns
 * // [{ header: '编号', role: 'id', group: null }, { header: '可靠性_准时', role: 'item', group: '可靠性' },
 * //  { header: '总体满意度', role: 'overall', group: null }]
 */
export function guessSurveyLayout(headers: readonly string[], columns: readonly (readonly string[])[]): SurveyLayout {
  const profiles = headers.map((_, k) => profile(columns[k] ?? []));
  const rows = Math.max(0, ...columns.map((c) => c.length));
  const roles: { role: SurveyColumnRole; group: string | null }[] = headers.map((header, k) => {
    const p = profiles[k]!;
    const rating = p.numeric && p.whole && p.min >= 0 && p.max <= 10;
    const target = importanceTarget(header);
    if (target !== null && rating) return { role: 'importance', group: target };
    if (rating && has(header, NPS_WORDS)) return { role: 'nps', group: null };
    if (rating && p.min >= 1 && p.max <= 5 && (has(header, OVERALL_WORDS) || normalizeHeader(header) === '满意度')) return { role: 'overall', group: null };
    if (rating) return { role: 'item', group: splitItemHeader(header).dimension };
    return { role: 'ignore', group: null };
  });

  const itemMax = Math.max(0, ...roles.flatMap((r, k) => (r.role === 'item' || r.role === 'importance' ? [profiles[k]!.max] : [])));
  const scale = itemMax <= 5 ? { min: 1, max: 5 } : itemMax <= 7 ? { min: 1, max: 7 } : { min: 0, max: 10 };
  roles.forEach((r, k) => {
    const p = profiles[k]!;
    if ((r.role === 'item' || r.role === 'importance') && (p.min < scale.min || p.max > scale.max)) roles[k] = { role: 'ignore', group: null };
  });

  const named = headers.findIndex((h, k) => ID_NAMES.includes(normalizeHeader(h)) && profiles[k]!.distinct === profiles[k]!.filled);
  const idColumn = named >= 0 ? named : headers.findIndex((_, k) => roles[k]!.role === 'ignore' && !profiles[k]!.numeric && profiles[k]!.filled === rows && profiles[k]!.distinct === rows && rows > 1);
  if (idColumn >= 0) roles[idColumn] = { role: 'id', group: null };
  roles.forEach((r, k) => {
    const p = profiles[k]!;
    if (r.role === 'ignore' && k !== idColumn && !p.numeric && p.distinct >= 2 && p.distinct <= MAX_SEGMENTS && p.distinct < p.filled) roles[k] = { role: 'segment', group: null };
  });
  return { columns: headers.map((header, k) => ({ header, ...roles[k]! })), scale };
}
