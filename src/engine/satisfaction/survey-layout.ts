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
  /** Most cells (90 %) are numbers. */
  readonly numeric: boolean;
  /** Most cells (90 %) are whole numbers from 0 to 10: a rating question (a stray typo does not change that). */
  readonly rating: boolean;
  /** How many cells hold each whole number 0–10. */
  readonly counts: readonly number[];
  readonly distinct: number;
}

/** Share of a column's cells a kind must reach to name the column: one typo in a rating column is an issue, not a new kind. */
const MOST = 0.9;

function profile(cells: readonly string[]): Profile {
  let filled = 0;
  let numbers = 0;
  const counts = new Array<number>(11).fill(0);
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    filled++;
    seen.add(text);
    const value = readAnswerCell(text);
    if (value === null || Number.isNaN(value)) continue;
    numbers++;
    if (Number.isInteger(value) && value >= 0 && value <= 10) counts[value]!++;
  }
  const ratings = counts.reduce((a, b) => a + b, 0);
  return { filled, numeric: filled > 0 && numbers >= MOST * filled, rating: filled > 0 && ratings >= MOST * filled, counts, distinct: seen.size };
}

/** The scale most answers fit: 1–5 when 98 % of the item answers are 1–5, else 1–7 likewise, else 0–10. */
function ratingScale(counts: readonly number[]): { min: number; max: number } {
  const total = counts.reduce((a, b) => a + b, 0);
  const within = (min: number, max: number) => counts.slice(min, max + 1).reduce((a, b) => a + b, 0) >= 0.98 * total;
  return total === 0 || within(1, 5) ? { min: 1, max: 5 } : within(1, 7) ? { min: 1, max: 7 } : { min: 0, max: 10 };
}

/** Share of a column's rating cells that lie in [min, max]. */
function shareWithin(p: Profile, min: number, max: number): number {
  const total = p.counts.reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : p.counts.slice(min, max + 1).reduce((a, b) => a + b, 0) / total;
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
 *   the separator (a header without one is an item with no dimension).
 * A column is taken as ratings when 90 % of its answers are (a typo such as 44 is reported later, not a reason to
 * drop the column), and as text when fewer than 90 % are numbers:
 * - the first column named like 问卷编号/编号/ID, or text that differs on every row: the respondent id;
 * - text with 2–12 different values that repeat (客户类型, 使用频率): a segment to filter and compare by;
 * - anything else (free text, numbers off the scale such as 年龄): ignored.
 * The rating scale is 1–5 when 98 % of the item answers are 1–5, 1–7 when 98 % are 1–7, else 0–10.
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
    const target = importanceTarget(header);
    if (!p.rating) return { role: 'ignore', group: null };
    if (target !== null) return { role: 'importance', group: target };
    if (has(header, NPS_WORDS)) return { role: 'nps', group: null };
    if (shareWithin(p, 1, 5) >= MOST && (has(header, OVERALL_WORDS) || normalizeHeader(header) === '满意度')) return { role: 'overall', group: null };
    return { role: 'item', group: splitItemHeader(header).dimension };
  });

  const rated = roles.flatMap((r, k) => (r.role === 'item' || r.role === 'importance' ? [profiles[k]!] : []));
  const scale = ratingScale(rated.reduce((sum, p) => sum.map((n, v) => n + p.counts[v]!), new Array<number>(11).fill(0)));
  roles.forEach((r, k) => {
    if ((r.role === 'item' || r.role === 'importance') && shareWithin(profiles[k]!, scale.min, scale.max) < MOST) roles[k] = { role: 'ignore', group: null };
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
