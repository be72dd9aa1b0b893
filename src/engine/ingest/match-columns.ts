import { normalizeHeader } from './normalize-header';

/** For each field, the column names that mean it, most usual first (written in any case or width). */
export type FieldSynonyms<F extends string> = Readonly<Record<F, readonly string[]>>;

/** Which header each field was matched to (null: none), and every header that could mean it, best first. */
export interface ColumnGuess<F extends string> {
  readonly mapping: Readonly<Record<F, string | null>>;
  readonly candidates: Readonly<Record<F, readonly string[]>>;
}

const CJK = /[\u3400-\u9fff]/;

/** Headers longer than this are no column name (a data row or a whole file on one line): never matched. */
const MAX_HEADER_CHARS = 200;

function comparable(header: string): string {
  return header.length > MAX_HEADER_CHARS ? '' : normalizeHeader(header);
}

/** A synonym long enough to be looked for inside a longer header (`订单金额(元)` holds `金额`). */
function usableInside(synonym: string): boolean {
  return CJK.test(synonym) ? synonym.length >= 2 : synonym.length >= 4;
}

/** One field's synonyms, normalised: exact names with their rank, and those long enough to look for inside. */
interface FieldNames {
  readonly exact: ReadonlyMap<string, number>;
  readonly inside: readonly (readonly [rank: number, synonym: string])[];
}

function fieldNames(synonyms: readonly string[]): FieldNames {
  const exact = new Map<string, number>();
  const inside: [number, string][] = [];
  synonyms.map(normalizeHeader).forEach((synonym, k) => {
    if (!exact.has(synonym)) exact.set(synonym, k);
    if (usableInside(synonym)) inside.push([k, synonym]);
  });
  return { exact, inside };
}

function score(header: string, names: FieldNames): number {
  const exact = names.exact.get(header);
  if (exact !== undefined) return 1000 - exact;
  for (const [k, synonym] of names.inside) if (header.includes(synonym)) return 500 - k;
  return 0;
}

/**
 * Matches column headers to fields by name. Headers and synonyms are compared after `normalizeHeader`
 * (case, width, Traditional/Simplified, spaces and `_` ignored). An exact name beats a name found inside a
 * longer header; an earlier synonym beats a later one. Assignment is greedy over all (field, header)
 * pairs, best score first, so one header serves at most one field (`订单日期` goes to the date, not to
 * the order number). Duplicate headers: the first one is used.
 *
 * @example matchColumns(['会员号', '日期', '消费金额'], { customer: ['客户id', '会员号'], amount: ['金额', '消费金额'] }).mapping
 * // { customer: '会员号', amount: '消费金额' }
 */
export function matchColumns<F extends string>(headers: readonly string[], synonyms: FieldSynonyms<F>): ColumnGuess<F> {
  const fields = Object.keys(synonyms) as F[];
  const names = new Map<F, FieldNames>(fields.map((f) => [f, fieldNames(synonyms[f])]));
  const normalizedHeaders = headers.map(comparable);
  // A Map, not indexOf per header: a file may have tens of thousands of columns.
  const firstColumn = new Map<string, number>();
  normalizedHeaders.forEach((header, column) => {
    if (!firstColumn.has(header)) firstColumn.set(header, column);
  });
  const pairs: { field: F; column: number; score: number }[] = [];
  for (const field of fields) {
    normalizedHeaders.forEach((header, column) => {
      if (header === '' || firstColumn.get(header) !== column) return;
      const s = score(header, names.get(field)!);
      if (s > 0) pairs.push({ field, column, score: s });
    });
  }
  pairs.sort((p, q) => q.score - p.score || p.column - q.column);

  const mapping = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, string | null>;
  const candidates = Object.fromEntries(fields.map((f) => [f, [] as string[]])) as Record<F, string[]>;
  const usedColumns = new Set<number>();
  for (const { field, column } of pairs) {
    candidates[field].push(headers[column]!);
    if (mapping[field] === null && !usedColumns.has(column)) {
      mapping[field] = headers[column]!;
      usedColumns.add(column);
    }
  }
  return { mapping, candidates };
}

/**
 * The index of the column a caller named, compared exactly first and then in normalised form
 * (`findColumn(['客戶編號'], '客户编号')` is 0); -1 when there is none.
 */
export function findColumn(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = normalizeHeader(name);
  if (wanted === '') return -1;
  return headers.findIndex((header) => comparable(header) === wanted);
}
