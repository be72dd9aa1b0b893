import { createRandom } from '../generate/random';
import { hashText } from '../generate/hash-text';
import { EXAM_ITEM_TYPES, type ExamDifficulty, type ExamItemFacts, type ExamItemType } from './types';

/** Which items a practice set may draw from; an empty or absent list means any. */
export interface PracticeFilter {
  readonly chapters?: readonly string[];
  readonly types?: readonly ExamItemType[];
  readonly difficulties?: readonly ExamDifficulty[];
  /** Only these ids (the 错题本). */
  readonly only?: readonly string[];
}

const allows = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);

/** The items a filter lets through, in the bank's order. */
export function practicePool<T extends ExamItemFacts>(items: readonly T[], filter: PracticeFilter): T[] {
  const only = filter.only ? new Set(filter.only) : null;
  return items.filter((item) => allows(filter.chapters, item.chapter) && allows(filter.types, item.type) && allows(filter.difficulties, item.difficulty) && (!only || only.has(item.id)));
}

/**
 * A practice set: `count` items drawn at random (seeded) from those the filter lets through, or all of them when
 * there are fewer, then put in a paper's order (名词解释 … 案例分析; within a type, as drawn). The same bank, filter
 * and seed give the same set in every browser; the bank's order does not matter.
 *
 * Source: Fisher–Yates shuffle on SFC32 (`createRandom`) seeded by FNV-1a of the seed (`hashText`).
 * @throws never.
 * @example drawPracticeSet(bank, { chapters: ['06-customer-tiering'], types: ['单选'] }, 10, 42) // ten 单选 ids of chapter 6
 */
export function drawPracticeSet(items: readonly ExamItemFacts[], filter: PracticeFilter, count: number, seed: number): string[] {
  const ids = practicePool(items, filter)
    .map((item) => item.id)
    .sort();
  const typeOf = new Map(items.map((item) => [item.id, EXAM_ITEM_TYPES.indexOf(item.type)]));
  const drawn = createRandom(hashText(`exam-practice|${seed | 0}`)).shuffle(ids).slice(0, Math.max(0, Math.floor(count)));
  const rank = new Map(drawn.map((id, i) => [id, i]));
  return drawn.sort((a, b) => typeOf.get(a)! - typeOf.get(b)! || rank.get(a)! - rank.get(b)!);
}
