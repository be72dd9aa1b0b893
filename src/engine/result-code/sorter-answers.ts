import type { DeckChoice } from '../selection/sorter/build-deck';
import type { DeckKind, SorterBin, SorterDeck } from '../selection/sorter/types';

import { SORTER_ACTIVITY } from './activity-kinds';

export { SORTER_ACTIVITY };
const KINDS: readonly DeckKind[] = ['intro', 'advanced', 'random'];
const BINS: readonly (SorterBin | null)[] = [null, 'good', 'bad'];

/** A deck's cards in the order a code lists them: by 客户编号, so the order the cards were dealt in does not matter. */
export function sorterCodeOrder(deck: SorterDeck): string[] {
  return deck.cards.map((card) => card.id).sort();
}

/**
 * A sorted deck as a code carries it: the activity (`customer-sorter/<kind>`), the seed as variant for a 随机 deck
 * (its cards depend on it; 入门 and 进阶 always hold the same cards), and per card in `sorterCodeOrder` 0 no call,
 * 1 好客户, 2 坏客户.
 * @throws never.
 * @example sorterCodeAnswers(introDeck, { KH012: 'good' }) // { activity: 'customer-sorter/intro', variant: null, answers: [0, 1, 0, …] }
 */
export function sorterCodeAnswers(deck: SorterDeck, calls: Readonly<Record<string, SorterBin | null | undefined>>): { activity: string; variant: number | null; answers: number[] } {
  return {
    activity: `${SORTER_ACTIVITY}/${deck.kind}`,
    variant: deck.kind === 'random' ? deck.seed : null,
    answers: sorterCodeOrder(deck).map((id) => BINS.indexOf(calls[id] ?? null)),
  };
}

/**
 * The deck a sorter code was made on, to deal it again: the kind from the activity, the seed from the variant (0 for
 * 入门 and 进阶, whose cards do not depend on it) and a 随机 deck's size from the number of answers. Null for
 * an activity that is not the sorter's.
 * @throws never.
 * @example sorterDeckOfCode('customer-sorter/random', 77, 10) // { kind: 'random', seed: 77, size: 10 }
 */
export function sorterDeckOfCode(activity: string, variant: number | null, answers: number): DeckChoice | null {
  const [widget, kind, ...rest] = activity.split('/');
  if (widget !== SORTER_ACTIVITY || rest.length > 0 || !KINDS.includes(kind as DeckKind)) return null;
  if (kind === 'random') return variant === null ? null : { kind: 'random', seed: variant, size: answers };
  return { kind: kind as DeckKind, seed: 0 };
}

/** A sorter code's answers as calls per card (`sorterCodeOrder`); a value no release writes counts as no call. */
export function sorterCallsOfCode(deck: SorterDeck, answers: readonly number[]): Record<string, SorterBin | null> {
  return Object.fromEntries(sorterCodeOrder(deck).map((id, k) => [id, BINS[answers[k] ?? 0] ?? null]));
}
