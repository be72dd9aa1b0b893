// The columns a learner chose by hand for their own files (the dataset picker's 列的对应关系), remembered per
// set of headers: the next file with the same headers is read with the same choice.
import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

/** One remembered choice: for a widget's fields (`fields`, their keys joined) and a file's headers. */
export interface ColumnMappingEntry {
  /** The fields' keys joined with `,` (e.g. `customer,date,amount,order`): one choice per kind of reading. */
  readonly fields: string;
  /** The file's headers, sorted: the same headers in another order are the same set. */
  readonly headers: readonly string[];
  /** Field key → the header chosen (null: none, for an optional field); empty when the choice was forgotten. */
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

const headerSet = (headers: readonly string[]) => [...new Set(headers)].sort();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);
const entrySchema = z.strictObject({
  fields: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.nullable(z.string())),
  savedAt: z.string(),
});

const sameChoice = (a: ColumnMappingEntry, b: ColumnMappingEntry) => a.fields === b.fields && sameSet(a.headers, b.headers);

/** Both tabs' (or a backup's) choices: the newer one for the same fields and headers, newest first, within the limit. */
function mergeColumnMappings(mine: ColumnMappingsData, theirs: ColumnMappingsData): ColumnMappingsData {
  const kept: ColumnMappingEntry[] = [];
  for (const entry of [...mine.entries, ...theirs.entries].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))) {
    if (!kept.some((k) => sameChoice(k, entry))) kept.push(entry);
  }
  return { entries: kept.slice(0, MAPPINGS_LIMIT) };
}

export const columnMappingsSpec: VersionedSpec<ColumnMappingsData> = {
  key: 'crm-lab:column-mappings',
  label: '自己文件的列对应关系',
  version: COLUMN_MAPPINGS_VERSION,
  empty: () => ({ entries: [] }),
  migrations: {},
  schema: z.strictObject({ entries: z.array(entrySchema) }),
  merge: mergeColumnMappings,
};

/** The learner's remembered column choices, kept in this browser. */
export const $columnMappings = persistentAtom<ColumnMappingsData>(columnMappingsSpec);

const matches = (entry: ColumnMappingEntry, fields: string, headers: readonly string[]) => entry.fields === fields && sameSet(entry.headers, headerSet(headers));

/** The choice remembered for these fields and headers (in any order), or null (never chosen, or forgotten). */
export function findColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[]): ColumnMappingEntry['mapping'] | null {
  const mapping = data.entries.find((e) => matches(e, fields, headers))?.mapping;
  return mapping && Object.keys(mapping).length > 0 ? mapping : null;
}

/** The data with this choice first (replacing an earlier one for the same fields and headers), the oldest over the limit dropped. */
export function withColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[], mapping: ColumnMappingEntry['mapping'], now: Date = new Date()): ColumnMappingsData {
  const entry: ColumnMappingEntry = { fields, headers: headerSet(headers), mapping: { ...mapping }, savedAt: now.toISOString() };
  return { entries: [entry, ...data.entries.filter((e) => !matches(e, fields, headers))].slice(0, MAPPINGS_LIMIT) };
}

/**
 * The data with the choice for these fields and headers forgotten. It stays as an empty choice with the time it was
 * forgotten, so that merging with another tab's older copy (or a backup) does not bring it back.
 */
export function withoutColumnMapping(data: ColumnMappingsData, fields: string, headers: readonly string[], now: Date = new Date()): ColumnMappingsData {
  return findColumnMapping(data, fields, headers) === null ? data : withColumnMapping(data, fields, headers, {}, now);
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
