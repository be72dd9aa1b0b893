// Who the learner is, for what they hand in: the notebook's Markdown and print header now, lab worksheets (.docx)
// and exam papers later. Kept only in this browser, like the answers, and carried in the JSON backup.
import { editStamp } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export interface Identity {
  /** 姓名 */
  readonly name: string;
  /** 学号 (as the school writes it: digits, sometimes letters). */
  readonly studentId: string;
  /** 班级 */
  readonly className: string;
  /** ISO time of the last edit ('' when never filled in). */
  readonly updatedAt: string;
}

export type IdentityField = 'name' | 'studentId' | 'className';

/** The fields in the order a header shows them, with their labels. */
export const IDENTITY_FIELDS: readonly { readonly field: IdentityField; readonly label: string }[] = [
  { field: 'name', label: '姓名' },
  { field: 'studentId', label: '学号' },
  { field: 'className', label: '班级' },
];

export const identitySpec: VersionedSpec<Identity> = {
  key: 'crm-lab:identity',
  label: '姓名、学号和班级',
  version: 1,
  empty: () => ({ name: '', studentId: '', className: '', updatedAt: '' }),
  migrations: {},
  schema: z.strictObject({ name: z.string(), studentId: z.string(), className: z.string(), updatedAt: z.string() }),
  merge: (mine, theirs) => (theirs.updatedAt > mine.updatedAt ? theirs : mine),
};

/** The learner's 姓名, 学号 and 班级. */
export const $identity = persistentAtom<Identity>(identitySpec);

/** Changes one field (called as the learner types). */
export function setIdentityField(field: IdentityField, value: string, now: Date = new Date()): void {
  const current = $identity.get();
  if (current[field] === value) return;
  $identity.set({ ...current, [field]: value, updatedAt: editStamp(current.updatedAt, now) });
}

/**
 * “姓名：张三　学号：2023123456　班级：营销 2301” with the fields filled in, or '' when none is. `words` puts the
 * labels in the page's script (the learner's own entries stay as typed).
 */
export function identityLine(identity: Identity, words: (text: string) => string = (text) => text): string {
  return IDENTITY_FIELDS.filter(({ field }) => identity[field].trim() !== '')
    .map(({ field, label }) => `${words(label)}：${identity[field].trim()}`)
    .join('　');
}
