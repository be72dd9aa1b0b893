// The learner's lab worksheets (实训报告): per lab, per field, what they typed, each with the time of its last edit.
// Field ids are kept as stored even when a worksheet's definition no longer has them (the view leaves those out), so
// a change of definition never throws a learner's work away.
import { dictOf, editStamp, mergeMaps, newer } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

/** One table row: column id → cell text. */
export type TableRow = Readonly<Record<string, string>>;

/** A field's value: text (text, textarea, number as typed, one choice), the choices ticked, or a table's rows. */
export type FieldValue = string | readonly string[] | { readonly rows: readonly TableRow[] };

export interface FieldEntry {
  readonly value: FieldValue;
  /** ISO time of the last edit. */
  readonly updatedAt: string;
}

/** Lab slug → field id → entry. */
export interface WorksheetsData {
  readonly labs: Readonly<Record<string, Readonly<Record<string, FieldEntry>>>>;
}

export const fieldValueSchema: z.ZodMiniType<FieldValue> = z.union([
  z.string(),
  z.array(z.string()),
  z.strictObject({ rows: z.array(z.record(kebabId, z.string())) }),
]);
const worksheetsSchema: z.ZodMiniType<WorksheetsData> = z.strictObject({
  labs: z.record(kebabId, z.record(kebabId, z.strictObject({ value: fieldValueSchema, updatedAt: z.string() }))),
});

/** Two tabs' (or devices') worksheets field by field: the one edited last wins each field, none is dropped. */
export function mergeWorksheets(mine: WorksheetsData, theirs: WorksheetsData): WorksheetsData {
  return { labs: mergeMaps(mine.labs, theirs.labs, (a, b) => (a && b ? mergeMaps(a, b, newer) : (a ?? b))) };
}

export const worksheetsSpec: VersionedSpec<WorksheetsData> = {
  key: 'crm-lab:worksheets',
  label: '实训报告',
  version: 1,
  empty: () => ({ labs: {} }),
  migrations: {},
  schema: worksheetsSchema,
  merge: mergeWorksheets,
};

export const $worksheets = persistentAtom<WorksheetsData>(worksheetsSpec);

/** Saves one field of one lab's worksheet (called as the learner types). */
export function setFieldValue(lab: string, field: string, value: FieldValue, now: Date = new Date()): void {
  const current = $worksheets.get();
  const fields = Object.hasOwn(current.labs, lab) ? current.labs[lab]! : {};
  const before = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (before && JSON.stringify(before.value) === JSON.stringify(value)) return;
  const labs = dictOf(current.labs);
  labs[lab] = { ...dictOf(fields), [field]: { value, updatedAt: editStamp(before?.updatedAt, now) } };
  $worksheets.set({ labs });
}

/** The stored fields of one lab (empty when it was never opened). */
export function worksheetOf(data: WorksheetsData, lab: string): Readonly<Record<string, FieldEntry>> {
  return Object.hasOwn(data.labs, lab) ? data.labs[lab]! : {};
}
