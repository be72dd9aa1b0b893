import type { FieldChange } from './types';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two versions of a record (an audit log entry's changes), in the order the fields
 * appear in `before` then `after`; `ignore` leaves bookkeeping fields out (by default `updatedAt`). Arrays and
 * objects compare by content. A field only on one side changes from or to `undefined`.
 * @example diffRecords({ id: 'C1', tier: '' }, { id: 'C1', tier: '关键客户' }) // [{ field: 'tier', from: '', to: '关键客户' }]
 */
export function diffRecords(before: object, after: object, ignore: readonly string[] = ['updatedAt']): FieldChange[] {
  const a = before as Record<string, unknown>, b = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !ignore.includes(f));
  return fields.filter((f) => !same(a[f], b[f])).map((f) => ({ field: f, from: a[f], to: b[f] }));
}
