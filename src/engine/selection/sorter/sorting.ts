import { EngineError } from '../../core/errors';
import type { SorterBin } from './types';

/** The learner's sorting: cards dealt, where each placed card lies, and whether it has been committed. */
export interface SortingState {
  readonly phase: 'sorting' | 'committed';
  /** Card ids in deal order. */
  readonly cards: readonly string[];
  /** Placed cards only: id → pile. */
  readonly placements: Readonly<Record<string, SorterBin>>;
}

/**
 * Deals cards for sorting: every card unplaced. deal → place / move / unplace → commit.
 * @throws EngineError `empty-deck` (no cards), `duplicate-card` (an id twice).
 * @example dealSorting(['KH001', 'KH002']) // { phase: 'sorting', cards: ['KH001', 'KH002'], placements: {} }
 */
export function dealSorting(cards: readonly string[]): SortingState {
  if (cards.length === 0) throw new EngineError('empty-deck', '这副卡没有卡片(the deck has no cards)');
  const duplicate = cards.find((id, i) => cards.indexOf(id) !== i);
  if (duplicate !== undefined) throw new EngineError('duplicate-card', `卡片 ${duplicate} 出现了两次(card ${duplicate} appears twice)`, { card: duplicate });
  return { phase: 'sorting', cards: [...cards], placements: {} };
}

/**
 * Puts a card on a pile; a card already on the other pile moves. Returns the same state when nothing changes.
 * @throws EngineError `sorting-committed` (after commit), `unknown-card` (not in the deck).
 * @example placeCard(dealSorting(['A', 'B']), 'A', 'good').placements // { A: 'good' }
 */
export function placeCard(state: SortingState, card: string, bin: SorterBin): SortingState {
  requireOpen(state, card);
  if (bin !== 'good' && bin !== 'bad') throw new EngineError('unknown-bin', `没有这一栏：${String(bin)}(no such pile: ${String(bin)})`);
  if (state.placements[card] === bin) return state;
  return { ...state, placements: { ...state.placements, [card]: bin } };
}

/**
 * Takes a card off its pile, back to the cards still to sort. Returns the same state when it was not placed.
 * @throws EngineError `sorting-committed`, `unknown-card`.
 * @example unplaceCard(placeCard(dealSorting(['A']), 'A', 'bad'), 'A').placements // {}
 */
export function unplaceCard(state: SortingState, card: string): SortingState {
  requireOpen(state, card);
  if (!(card in state.placements)) return state;
  const placements = { ...state.placements };
  delete placements[card];
  return { ...state, placements };
}

/**
 * The cards not yet placed, in deal order.
 * @throws never.
 * @example unplacedCards(placeCard(dealSorting(['A', 'B', 'C']), 'B', 'good')) // ['A', 'C']
 */
export function unplacedCards(state: SortingState): string[] {
  return state.cards.filter((id) => !(id in state.placements));
}

/**
 * Commits the sorting: after this the cards are turned over and scored; no more moves.
 * @throws EngineError `cards-unplaced` (some card is on no pile; `details.cards` lists them), `sorting-committed`.
 * @example commitSorting(placeCard(dealSorting(['A']), 'A', 'good')).phase // 'committed'
 */
export function commitSorting(state: SortingState): SortingState {
  if (state.phase === 'committed') throw committedError();
  const left = unplacedCards(state);
  if (left.length > 0) {
    throw new EngineError('cards-unplaced', `还有 ${left.length} 张卡片没有分类，请先放进“好客户”或“坏客户”(${left.length} cards are not sorted yet)`, { cards: left });
  }
  return { ...state, phase: 'committed' };
}

function requireOpen(state: SortingState, card: string): void {
  if (state.phase === 'committed') throw committedError();
  if (!state.cards.includes(card)) throw new EngineError('unknown-card', `这副卡里没有卡片 ${card}(card ${card} is not in the deck)`, { card });
}

function committedError(): EngineError {
  return new EngineError('sorting-committed', '已经提交，不能再移动卡片；请点“再来一次”重新分类(already committed; start again to sort anew)');
}
