// Every store the site keeps in localStorage, in one list: the JSON backup, its import, migration and setting
// aside go through this list, and a test fails when the site writes a localStorage key that is not here.
import { $classBoard } from './class-board';
import { $classCode } from './class-code';
import { $columnMappings } from './column-mappings';
import { $examPractice } from './exam-practice';
import { $identity } from './identity';
import { $labMarks } from './lab-marks';
import { $notebook } from './notebook';
import { $profileDrafts } from './profile-drafts';
import { $progress } from './progress';
import { $selfCheck } from './self-check';
import { $settings } from './settings';
import { $thinkMarks } from './think-marks';
import { $widgetResults } from './widget-results';
import { $worksheets } from './worksheets';
import type { PersistentStore } from './storage/persistent';
import { readEnvelope, type EnvelopeResult } from './storage/versioned';

export interface RegisteredStore {
  /** The part's name in a backup file (`stores.<name>`). */
  readonly name: string;
  readonly key: string;
  /** What the learner calls it (学习笔记). */
  readonly label: string;
  /** Learner data goes into the backup; a device setting (teacher mode) stays with the device. */
  readonly inBackup: boolean;
  /** Starts following the stored value (loading it migrates an older version or sets an unreadable one aside). */
  open(): () => void;
  /** The current value as a backup carries it: `{ v, data }`. */
  envelope(): { readonly v: number; readonly data: unknown };
  /** Reads a backup's part with the same envelope reader as localStorage. */
  read(part: unknown): EnvelopeResult<unknown>;
  /** Adds a value read by `read` to this browser's, the newer of each part winning (nothing local is dropped). */
  add(value: unknown): void;
}

function register<T>(name: string, store: PersistentStore<T>, inBackup = true): RegisteredStore {
  const { spec } = store;
  return {
    name,
    key: spec.key,
    label: spec.label,
    inBackup,
    open: () => store.listen(() => undefined),
    envelope: () => ({ v: spec.version, data: store.get() }),
    read: (part) => readEnvelope(spec, part),
    add: (value) => store.set(spec.merge ? spec.merge(store.get(), value as T) : (value as T)),
  };
}

export const STORES: readonly RegisteredStore[] = [
  register('notebook', $notebook),
  register('identity', $identity),
  register('progress', $progress),
  register('selfCheck', $selfCheck),
  register('profileDrafts', $profileDrafts),
  register('columnMappings', $columnMappings),
  register('thinkMarks', $thinkMarks),
  register('examPractice', $examPractice),
  register('worksheets', $worksheets),
  register('labMarks', $labMarks),
  register('classCode', $classCode),
  register('classBoard', $classBoard),
  register('settings', $settings, false),
  register('widgetResults', $widgetResults, false),
];

/** The stores a backup carries, by their name in the file. */
export const BACKUP_STORES: ReadonlyMap<string, RegisteredStore> = new Map(STORES.filter((s) => s.inBackup).map((s) => [s.name, s]));

/** True for a registered store's key and for a value set aside from one (`<key>:aside:<time>`). */
export function isRegisteredKey(key: string): boolean {
  return STORES.some((store) => key === store.key || key.startsWith(`${store.key}:aside:`));
}

/** Loads every registered store (each migrated or set aside and reported as needed) and keeps them live until the returned function is called. */
export function openAllStores(): () => void {
  const closers = STORES.map((store) => store.open());
  return () => closers.forEach((close) => close());
}
