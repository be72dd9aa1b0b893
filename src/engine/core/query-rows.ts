import { EngineError } from './errors';
import { requireIntegerInRange } from './guards';

/** What part of a table to show: filter, search, sort, then one page. */
export interface RowQuery<Row> {
  /** Keep only rows whose fields equal these values (e.g. `{ segmentKey: 'important-value' }`). */
  readonly where?: Partial<Record<keyof Row & string, string | number>>;
  /** Keep rows where one of `searchIn` contains this text (case-insensitive, spaces at the ends ignored). */
  readonly search?: string;
  readonly searchIn?: readonly (keyof Row & string)[];
  /** Sort by this field: numbers by value, text by code points; ties keep the input order. */
  readonly sortBy?: keyof Row & string;
  readonly descending?: boolean;
  /** First row of the page (default 0) and page size (default 50, at most 10,000). */
  readonly offset?: number;
  readonly limit?: number;
}

/** One page of a query: the rows and where they sit among the matches. */
export interface RowPage<Row> {
  readonly rows: Row[];
  /** Rows that pass the filter and the search. */
  readonly matched: number;
  /** Rows in the table. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/**
 * A page of a table after filtering, searching and sorting, for a widget that shows a long customer list a page
 * at a time (the view never holds 100,000 rows). Sorting is stable; nulls and NaN sort last either way; text
 * made only of digits sorts by number (`'9'` before `'10'`), other text by code points.
 *
 * @throws EngineError `invalid-page` when offset or limit is not a whole number in range.
 * @example
 * queryRows([{ id: 'a', v: 2 }, { id: 'b', v: 9 }, { id: 'c', v: 5 }], { sortBy: 'v', descending: true, limit: 2 }).rows
 * // [{ id: 'b', v: 9 }, { id: 'c', v: 5 }]
 */
export function queryRows<Row extends object>(rows: readonly Row[], query: RowQuery<Row> = {}): RowPage<Row> {
  return rowQuerier(rows)(query);
}

/**
 * `queryRows` for one table asked for page after page: the matching rows in order are kept from the last call,
 * so turning a page (a new `offset` or `limit` only) does not filter and sort 100,000 rows again.
 *
 * @throws EngineError `invalid-page` as `queryRows`.
 */
export function rowQuerier<Row extends object>(rows: readonly Row[]): (query?: RowQuery<Row>) => RowPage<Row> {
  let lastKey: string | null = null;
  let lastOrder: readonly number[] = [];
  return (query = {}) => {
    const offset = requireIntegerInRange(query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER, { code: 'invalid-page', zh: '起始行', en: 'offset' });
    const limit = requireIntegerInRange(query.limit ?? 50, 1, 10_000, { code: 'invalid-page', zh: '每页行数', en: 'limit' });
    const key = JSON.stringify([query.where ?? {}, query.search ?? '', query.searchIn ?? [], query.sortBy ?? null, query.descending === true]);
    if (key !== lastKey) {
      lastOrder = matchingOrder(rows, query);
      lastKey = key;
    }
    return {
      rows: lastOrder.slice(offset, offset + limit).map((i) => rows[i]!),
      matched: lastOrder.length,
      total: rows.length,
      offset,
      limit,
    };
  };
}

/** The indexes of the rows that pass the filter and the search, in the query's sort order. */
function matchingOrder<Row extends object>(rows: readonly Row[], query: RowQuery<Row>): number[] {
  const field = (row: Row, key: string) => (row as Record<string, unknown>)[key];

  const picked: number[] = [];
  const where = Object.entries(query.where ?? {}).filter(([, v]) => v !== undefined);
  const needle = (query.search ?? '').trim().toLowerCase();
  const searchIn = query.searchIn ?? [];
  if (needle !== '' && searchIn.length === 0) {
    throw new EngineError('invalid-page', '搜索时要指明在哪些列里找(searchIn must name the columns to search)');
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (where.length > 0 && !where.every(([k, v]) => field(row, k) === v)) continue;
    if (needle !== '' && !searchIn.some((k) => String(field(row, k) ?? '').toLowerCase().includes(needle))) continue;
    picked.push(i);
  }
  if (query.sortBy === undefined) return picked;

  const key = query.sortBy;
  const sign = query.descending ? -1 : 1;
  const value = picked.map((i) => field(rows[i]!, key));
  const order = picked.map((_, k) => k);
  order.sort((x, y) => {
    const a = value[x], b = value[y];
    const aMissing = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a));
    const bMissing = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b));
    if (aMissing || bMissing) return aMissing === bMissing ? x - y : aMissing ? 1 : -1;
    let c = 0;
    if (typeof a === 'number' && typeof b === 'number') c = a - b;
    else c = compareText(String(a), String(b));
    return c !== 0 ? sign * c : x - y;
  });
  return order.map((k) => picked[k]!);
}

const DIGITS = /^\d+$/;

function compareText(s: string, t: string): number {
  if (DIGITS.test(s) && DIGITS.test(t)) {
    const a = s.replace(/^0+(?=\d)/, ''), b = t.replace(/^0+(?=\d)/, '');
    if (a.length !== b.length) return a.length - b.length;
    if (a !== b) return a < b ? -1 : 1;
  }
  return s < t ? -1 : s > t ? 1 : 0;
}
