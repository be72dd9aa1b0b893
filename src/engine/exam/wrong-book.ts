import type { ExamVerdict } from './responses';

/** One item in the learner's 错题本. */
export interface WrongBookEntry {
  /** Times answered wrong (or only partly right). */
  readonly wrongCount: number;
  /** Right answers since the last wrong one. */
  readonly streak: number;
  /** ISO time of the last answer to it. */
  readonly lastAnsweredAt: string;
  /** ISO time the second right answer took it out of the book; null while it is in. Kept so two tabs agree it left. */
  readonly clearedAt: string | null;
}

/** Item id → entry. */
export type WrongBook = Readonly<Record<string, WrongBookEntry>>;

/** Right answers in a row that take an item out of the 错题本. */
export const RIGHT_ANSWERS_TO_CLEAR = 2;

/**
 * The 错题本 after one answer. An answer that is not fully right puts the item in the book (or back in), its
 * right-answer streak at 0. A right answer to an item in the book adds to its streak; the second in a row takes it
 * out (`clearedAt`). A right answer to an item not in the book changes nothing. A partial answer counts as wrong.
 *
 * Source: our own rule (src/widgets/exam-practice/MODEL.md): an item comes back until answered right twice.
 * @throws never.
 * @example recordWrongBookAnswer({}, '06-mc-001', 'wrong', '2026-03-01T08:00:00.000Z')
 *   // { '06-mc-001': { wrongCount: 1, streak: 0, lastAnsweredAt: '2026-03-01T08:00:00.000Z', clearedAt: null } }
 */
export function recordWrongBookAnswer(book: WrongBook, itemId: string, verdict: ExamVerdict, at: string): WrongBook {
  const entry = Object.hasOwn(book, itemId) ? book[itemId] : undefined;
  if (verdict !== 'right') {
    return { ...book, [itemId]: { wrongCount: (entry?.wrongCount ?? 0) + 1, streak: 0, lastAnsweredAt: at, clearedAt: null } };
  }
  if (!entry || entry.clearedAt !== null) return book;
  const streak = entry.streak + 1;
  return { ...book, [itemId]: { ...entry, streak, lastAnsweredAt: at, clearedAt: streak >= RIGHT_ANSWERS_TO_CLEAR ? at : null } };
}

/**
 * The ids of the items in the 错题本 now, the most often missed first (then the most recently answered, then id).
 * @throws never.
 * @example openWrongBookItems({ a: { wrongCount: 1, streak: 0, lastAnsweredAt: 't1', clearedAt: null }, b: { …, clearedAt: 't2' } }) // ['a']
 */
export function openWrongBookItems(book: WrongBook): string[] {
  return Object.entries(book)
    .filter(([, entry]) => entry.clearedAt === null)
    .sort(([a, x], [b, y]) => y.wrongCount - x.wrongCount || y.lastAnsweredAt.localeCompare(x.lastAnsweredAt) || a.localeCompare(b))
    .map(([id]) => id);
}

/**
 * Two books item by item (two tabs, or a backup): the entry answered last wins.
 * @throws never.
 * @example mergeWrongBooks({ a: older }, { a: newer, b }) // { a: newer, b }
 */
export function mergeWrongBooks(mine: WrongBook, theirs: WrongBook): Record<string, WrongBookEntry> {
  const merged: Record<string, WrongBookEntry> = Object.create(null);
  for (const [id, entry] of Object.entries(mine)) merged[id] = entry;
  for (const [id, entry] of Object.entries(theirs)) {
    const current = merged[id];
    if (!current || entry.lastAnsweredAt > current.lastAnsweredAt) merged[id] = entry;
  }
  return merged;
}
