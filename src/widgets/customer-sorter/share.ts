import type { DeckKind, SorterBin } from '../../engine/selection/sorter';

/** The URL prefix of the sorter's keys: `?sorter.deck=advanced&sorter.seed=7#customer-sorter`. */
export const SHARE_PREFIX = 'sorter';
export const WIDGET_ANCHOR = 'customer-sorter';

/** What a link carries: the deck and seed, the mode, the learner's piles and how far they got. */
export interface SorterLinkState {
  readonly deck: DeckKind;
  readonly seed: number;
  readonly mode: 'practice' | 'class';
  /** One letter per card in deal order: g (好客户), b (坏客户), - (not placed). */
  readonly picks: string;
  /** practice: 'result' once committed; class: the card on the projector, 1-based. */
  readonly step: 'result' | number | null;
}

const DECKS: readonly DeckKind[] = ['intro', 'advanced', 'random'];

/** The link's keys for the current state (no `picks` when nothing is placed, no `step` when there is none). */
export function toLinkKeys(state: SorterLinkState): Record<string, string | number> {
  const keys: Record<string, string | number> = { deck: state.deck, seed: state.seed };
  if (state.mode === 'class') keys.mode = 'class';
  if (state.mode === 'practice' && /[gb]/.test(state.picks)) keys.picks = state.picks;
  if (state.step !== null) keys.step = state.step;
  return keys;
}

/** Reads a link's keys; anything malformed is ignored (the widget falls back to its defaults). */
export function fromLinkKeys(keys: Readonly<Record<string, string>>): Partial<SorterLinkState> {
  const out: { -readonly [K in keyof SorterLinkState]?: SorterLinkState[K] } = {};
  if (DECKS.includes(keys.deck as DeckKind)) out.deck = keys.deck as DeckKind;
  if (keys.seed !== undefined && /^\d{1,10}$/.test(keys.seed) && Number(keys.seed) <= 2_147_483_647) out.seed = Number(keys.seed);
  if (keys.mode === 'class' || keys.mode === 'practice') out.mode = keys.mode;
  if (keys.picks !== undefined && /^[gb-]{1,12}$/.test(keys.picks)) out.picks = keys.picks;
  if (keys.step === 'result') out.step = 'result';
  else if (keys.step !== undefined && /^\d{1,2}$/.test(keys.step) && Number(keys.step) >= 1) out.step = Number(keys.step);
  return out;
}

/** The piles as link letters, in deal order. */
export function picksToText(cards: readonly string[], placements: Readonly<Record<string, SorterBin>>): string {
  return cards.map((id) => (placements[id] === 'good' ? 'g' : placements[id] === 'bad' ? 'b' : '-')).join('');
}

/** Link letters back to piles for the given cards (extra letters ignored, missing ones unplaced). */
export function picksFromText(cards: readonly string[], text: string): Record<string, SorterBin> {
  const placements: Record<string, SorterBin> = {};
  cards.forEach((id, i) => {
    if (text[i] === 'g') placements[id] = 'good';
    else if (text[i] === 'b') placements[id] = 'bad';
  });
  return placements;
}
