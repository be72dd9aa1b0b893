// The columns a learner chose by hand for their own files (the dataset picker's 列的对应关系), remembered per
// set of headers: the next file with the same headers is read with the same choice.
import { persistentAtom } from './storage/persistent';
import type { VersionedSpec } from './storage/versioned';

/** One remembered choice: for a widget's fields (`fields`, their keys joined) and a file's headers. */
export interface ColumnMappingEntry {
  /** The fields' keys joined with `,` (e.g. `customer,date,amount,order`): one choice per kind of reading. */
  readonly fields: string;
  /** The file's headers, sorted: the same headers in another order are the same set. */
  readonly headers: readonly string[];
  /** Field key → the header chosen (null: none, for an optional field). */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** ISO time of the choice. */
  readonly savedAt: string;
}

export interface ColumnMappingsData {
  /** Newest first, at most `MAPPINGS_LIMIT`. */
  readonly entries: readonly ColumnMappingEntry[];
}

export const COLUMN_MAPPINGS_VERSION = 1;
/** Choices kept: a term's worth of different files; the oldest is dropped first. */
export const MAPPINGS_LIMIT = 30;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEntry(value: unknown): value is ColumnMappingEntry {
  return (
    isRecord(value) &&
    typeof value.fields === 'string' &&
    typeof value.savedAt === 'string' &&
    Array.isArray(value.headers) &&
    value.headers.every((h) => typeof h === 'string') &&
    isRecord(value.mapping) &&
    Object.values(value.mapping).every((h) => h === null || typeof h === 'string')
  );
}

/** The data when it has the current shape, else null (then it is set aside and reported, never dropped). */
export function parseColumnMappings(data: unknown): ColumnMappingsData | null {
  return isRecord(data) && Array.isArray(data.entries) && data.entries.every(isEntry) ? (data as unknown as ColumnMappingsData) : null;
}

export const columnMappingsSpec: VersionedSpec<ColumnMappingsData> = {
  key: 'crm-lab:column-mappings',
  version: COLUMN_MAPPINGS_VERSION,
  empty: () => ({ entries: [] }),
  migrations: {},
  parse: parseColumnMappings,
};

/** The learner's remembered column choices, kept in this browser. */
export const $columnMappings = persistentAtom<ColumnMappingsData>(columnMappingsSpec);

const headerSet = (headers: readonly string[]) => [...new Set(headers)].sort();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);
const matches = (entry: ColumnMappingEntry, fields: string, headers: readonly string[]) => entry.fields === fields && sameSet(entry.headers, headerSet(headers));

/** The choice remembered for these fields and headers (in any order), or null. */
export function findColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[]): ColumnMappingEntry['mapping'] | null {
  return data.entries.find((e) => matches(e, fields, headers))?.mapping ?? null;
}

/** The data with this choice first (replacing an earlier one for the same fields and headers), the oldest over the limit dropped. */
export function withColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[], mapping: ColumnMappingEntry['mapping'], now: Date = new Date()): ColumnMappingsData {
  const entry: ColumnMappingEntry = { fields, headers: headerSet(headers), mapping: { ...mapping }, savedAt: now.toISOString() };
  return { entries: [entry, ...data.entries.filter((e) => !matches(e, fields, headers))].slice(0, MAPPINGS_LIMIT) };
}

/** The data without a choice for these fields and headers. */
export function withoutColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[]): ColumnMappingsData {
  const entries = data.entries.filter((e) => !matches(e, fields, headers));
  return entries.length === data.entries.length ? data : { entries };
}

/**
 * Changes the stored choices. The store saves only while something listens to it; widgets read it now and then,
 * so it is listened to for the moment of the change.
 */
export function updateColumnMappings(change: (data: ColumnMappingsData) => ColumnMappingsData): void {
  const stop = $columnMappings.listen(() => undefined);
  const before = $columnMappings.get();
  const after = change(before);
  if (after !== before) $columnMappings.set(after);
  stop();
}
