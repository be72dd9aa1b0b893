import { formatDay } from '../core/dates';
import { MAX_KEPT_ISSUES } from './issue-log';

/** A date more than this many days (10 years) from the file's median date is called far off. */
export const FAR_FROM_MEDIAN_DAYS = 3653;

/** One row whose date looks wrong: after the caller's today, or far from the file's other dates. */
export interface DateOutlier {
  readonly line: number;
  readonly day: number;
  readonly reason: 'future' | 'far';
}

/** Rows with suspicious dates: the first 20 in line order, how many in all, and one warning (Chinese). */
export interface DateOutliers {
  readonly rows: readonly DateOutlier[];
  readonly count: number;
  /** The median date of the file's rows (day number), the yardstick for "far". */
  readonly median: number;
  readonly warning: string | null;
}

/** How many suspicious rows the warning names. */
const NAMED_IN_WARNING = 5;

/**
 * Finds rows whose date is after `today` (when the caller gives it; the engine never reads the clock) or
 * more than 10 years (`FAR_FROM_MEDIAN_DAYS`) from the median date of all rows: typos (2204 for 2024) and
 * placeholders such as 9999-12-31 ("no end date") or 1900-01-01. Such a date moves the default as-of day
 * and stretches every observation period, so the rows are named in a warning; they are still read.
 *
 * Rows are given as date ids (`dateOf[i]` indexes `days`, the day of each distinct date text, NaN when the
 * text is not a date: those rows are ignored) with their lines.
 * @example dates 2024-01-05, 2024-01-06, 9999-12-31 on lines 2–4: rows [{ line: 4, reason: 'far', … }], count 1
 */
export function findDateOutliers(
  dateOf: Int32Array,
  lineOf: Int32Array,
  n: number,
  days: Float64Array,
  today?: number,
): DateOutliers {
  const uses = new Int32Array(days.length);
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(days[dateOf[i]!]!)) uses[dateOf[i]!]!++;
  }
  return dateOutliersOfUses(uses, days, today, (suspicious) => {
    const rows: { line: number; id: number }[] = [];
    for (let i = 0; i < n && rows.length < MAX_KEPT_ISSUES; i++) {
      if (suspicious[dateOf[i]!] === 1) rows.push({ line: lineOf[i]!, id: dateOf[i]! });
    }
    return rows;
  });
}

/**
 * `findDateOutliers` from how many rows use each date text (`uses[id]`) and a way to list the first
 * `MAX_KEPT_ISSUES` rows, in line order, whose date id is marked in `suspicious`: for a reader that keeps
 * counts and a few lines per date instead of every row (`readRfmMeasures`).
 */
export function dateOutliersOfUses(
  uses: Int32Array,
  days: Float64Array,
  today: number | undefined,
  firstRows: (suspicious: Uint8Array) => readonly { line: number; id: number }[],
): DateOutliers {
  let valid = 0;
  for (let id = 0; id < days.length; id++) if (!Number.isNaN(days[id]!)) valid += uses[id]!;
  const median = weightedMedian(days, uses, valid);
  const reasonOf = (day: number): DateOutlier['reason'] | null =>
    today !== undefined && day > today ? 'future' : Math.abs(day - median) > FAR_FROM_MEDIAN_DAYS ? 'far' : null;
  const suspicious = new Uint8Array(days.length);
  let count = 0;
  for (let id = 0; id < days.length; id++) {
    if (uses[id]! > 0 && !Number.isNaN(days[id]!) && reasonOf(days[id]!) !== null) {
      suspicious[id] = 1;
      count += uses[id]!;
    }
  }
  if (count === 0) return { rows: [], count: 0, median, warning: null };

  const rows: DateOutlier[] = firstRows(suspicious).map(({ line, id }) => ({ line, day: days[id]!, reason: reasonOf(days[id]!)! }));
  const named = rows
    .slice(0, NAMED_IN_WARNING)
    .map((r) => `第 ${r.line} 行 ${formatDay(r.day)}（${r.reason === 'future' ? `晚于今天 ${formatDay(today!)}` : '与其他日期相差 10 年以上'}）`)
    .join('、');
  const more = count > NAMED_IN_WARNING ? ' 等' : '';
  const warning =
    `有 ${count} 行的日期可疑：${named}${more}；文件中日期的中位数是 ${formatDay(median)}。` +
    '这类日期多半是笔误或“无结束日期”之类的占位值（如 9999-12-31），会推后默认的分析日期、拉长观察期，请核对';
  return { rows, count, median, warning };
}

/** The lower median of `values[id]` (NaN ones left out) where each id counts `weights[id]` times (`total` = Σ weights). */
function weightedMedian(values: Float64Array, weights: Int32Array, total: number): number {
  if (total === 0) return Number.NaN;
  const ids = Array.from({ length: values.length }, (_, id) => id).filter((id) => weights[id]! > 0 && !Number.isNaN(values[id]!));
  ids.sort((p, q) => values[p]! - values[q]!);
  const target = Math.floor((total - 1) / 2);
  let seen = 0;
  for (const id of ids) {
    seen += weights[id]!;
    if (seen > target) return values[id]!;
  }
  return values[ids[ids.length - 1]!]!;
}
