import { EngineError } from '../../core/errors';
import { createRandom, type Random } from '../../generate/random';
import { requireIntegerInRange } from '../../core/guards';
import { resolveProfitabilityOptions } from '../profitability/options';
import type { ProfitabilityOptions, ProfitabilityVerdict } from '../profitability/types';
import { profitabilityOfCards } from './card-profitability';
import { TRAP_FINDERS, type TrapCandidate, type TrapContext } from './traps';
import type { DeckKind, SorterCard, SorterDeck, TrapKind } from './types';

/** Which deck to deal: its kind, the seed that orders (and, for 随机, draws) it, and the 随机 deck's size. */
export interface DeckChoice {
  readonly kind: DeckKind;
  /** A whole number from 0 to 2^31 − 1; the same seed always deals the same deck. */
  readonly seed: number;
  /** Cards in a 随机 deck, 8 to 12 (default 10); 入门 always has 8 and 进阶 12. */
  readonly size?: number;
}

export const INTRO_DECK_SIZE = 8;
export const ADVANCED_DECK_SIZE = 12;
export const DEFAULT_RANDOM_DECK_SIZE = 10;
const MAX_SEED = 2_147_483_647;

/**
 * Deals a deck of customer cards from a whole file of customers, judged first with the chapter-3
 * profitability check (`profitabilityOfCards` over the whole file):
 * - 入门 (`intro`, 8 cards): 4 clear good customers (good with a strong margin, on-time payment and at
 *   least three good signs) and 4 clear bad ones (a loss plus two more problems, neither on-time payment
 *   nor a good fit), each four spread evenly from the largest to the smallest revenue; when a file has too
 *   few clear cases, the next clearest of the same verdict fill in.
 * - 进阶 (`advanced`, 12 cards): the trap cards `TRAP_FINDERS` find (a loss-making giant, a small star, a
 *   start-up, a late payer …), then typical cards (revenue closest to their group's median) until the
 *   deck holds 5 good, 5 bad and 2 watch customers.
 * - 随机 (`random`, 8–12 cards): a seeded, balanced draw: round(n / 5) watch customers and the rest split
 *   between good and bad (good gets the odd one), always including one 大客户 that is not good and one
 *   small good customer when the file has them.
 * Every deck is then shuffled with the seed, so a seed and a kind name one deal exactly.
 *
 * Source: the 好客户/坏客户 standards and the two claims of syllabus ch. 3 (大客户不等于好客户,
 * 小客户有可能是好客户); the seeded SFC32 stream of `createRandom`.
 * @throws EngineError `invalid-seed` (not a whole number in 0..2^31 − 1), `invalid-deck-size` (a 随机
 *   size outside 8..12), `too-few-cards` (fewer customers than the deck needs), and the errors of
 *   `customerProfitability` for a card with figures out of range.
 * @example
 * // On the bundled logistics-customers.csv the 进阶 deck holds KH077 (华东某电商平台, the largest
 * // revenue, 4,547.2 万元 at a 5.4 % margin with 333.6 万元 cost to serve: a loss) as its giant-loss trap.
 * buildDeck(cards, { kind: 'advanced', seed: 1 }).traps.KH077 // 'giant-loss'
 */
export function buildDeck(cards: readonly SorterCard[], choice: DeckChoice, options: ProfitabilityOptions = {}): SorterDeck {
  const seed = requireIntegerInRange(choice.seed, 0, MAX_SEED, { code: 'invalid-seed', zh: '随机种子', en: 'seed' });
  const size =
    choice.kind === 'intro'
      ? INTRO_DECK_SIZE
      : choice.kind === 'advanced'
        ? ADVANCED_DECK_SIZE
        : requireIntegerInRange(choice.size ?? DEFAULT_RANDOM_DECK_SIZE, 8, 12, { code: 'invalid-deck-size', zh: '随机卡组的张数', en: 'random deck size' });
  if (cards.length < size) {
    throw new EngineError('too-few-cards', `至少需要 ${size} 位客户才能组成这副卡，当前只有 ${cards.length} 位(at least ${size} customers are needed for this deck, got ${cards.length})`, { needed: size, found: cards.length });
  }
  const o = resolveProfitabilityOptions(options);
  const profits = profitabilityOfCards(cards, o);
  const all: TrapCandidate[] = cards.map((card, i) => ({ card, profit: profits[i]! }));
  const random = createRandom(seed);
  const context: TrapContext = { o, bigCutoff: Math.max(1, Math.ceil(all.length * o.bigShare)), smallFrom: Math.ceil(all.length / 2) };

  let picked: TrapCandidate[];
  const traps: Record<string, TrapKind> = {};
  if (choice.kind === 'intro') picked = introDeck(all);
  else if (choice.kind === 'advanced') {
    picked = [];
    for (const { trap, find } of TRAP_FINDERS) {
      if (picked.length >= size) break;
      const found = find(all.filter((x) => !picked.includes(x)), context);
      if (found) {
        picked.push(found);
        traps[found.card.id] = trap;
      }
    }
    picked = fillTypical(all, picked, { good: 5, bad: 5, watch: 2 });
  } else picked = randomDeck(all, size, context, random.fork('draw'));

  return { kind: choice.kind, seed, cards: random.fork('order').shuffle(picked).map((x) => x.card), traps };
}

const GOOD_SIGNS = ['strong-margin', 'pays-on-time', 'growing', 'good-fit'];
const PROBLEMS = ['credit-risk', 'late-payment', 'high-service-cost', 'decline', 'poor-fit'];

/** How plainly a customer shows its verdict: good signs for a good one, problems for a bad one (higher is clearer). */
function clarity(x: TrapCandidate): number {
  const rules = x.profit.rules;
  if (x.profit.verdict === 'good') {
    const signs = GOOD_SIGNS.filter((r) => rules.includes(r)).length;
    return signs + (signs >= 3 && rules.includes('strong-margin') && rules.includes('pays-on-time') ? 10 : 0);
  }
  const problems = PROBLEMS.filter((r) => rules.includes(r)).length;
  const clear = rules.includes('loss') && problems >= 2 && !rules.includes('pays-on-time') && !rules.includes('good-fit');
  return problems + (rules.includes('loss') ? 1 : 0) + (clear ? 10 : 0);
}

function introDeck(all: readonly TrapCandidate[]): TrapCandidate[] {
  const half = INTRO_DECK_SIZE / 2;
  const pick = (verdict: ProfitabilityVerdict) => {
    const group = all.filter((x) => x.profit.verdict === verdict);
    const clear = group.filter((x) => clarity(x) >= 10).sort(byRevenue);
    if (clear.length >= half) return Array.from({ length: half }, (_, k) => clear[Math.round((k * (clear.length - 1)) / (half - 1))]!);
    const rest = group.filter((x) => !clear.includes(x)).sort((a, b) => clarity(b) - clarity(a) || byRevenue(a, b));
    return [...clear, ...rest].slice(0, half);
  };
  return fillTypical(all, [...pick('good'), ...pick('bad')], { good: 0, bad: 0, watch: 0 }, INTRO_DECK_SIZE);
}

/**
 * Adds typical customers (revenue closest to the median of their verdict group) until each verdict has
 * its quota, then, if the file is short of some verdict, any typical customers up to `size`.
 */
function fillTypical(all: readonly TrapCandidate[], picked: readonly TrapCandidate[], quota: Readonly<Record<ProfitabilityVerdict, number>>, size = ADVANCED_DECK_SIZE): TrapCandidate[] {
  const deck = [...picked];
  const typicalOrder = (group: readonly TrapCandidate[]) => {
    const revenues = group.map((x) => x.card.revenue).sort((a, b) => a - b);
    const median = revenues.length ? (revenues[(revenues.length - 1) >> 1]! + revenues[revenues.length >> 1]!) / 2 : 0;
    return [...group].sort((a, b) => Math.abs(a.card.revenue - median) - Math.abs(b.card.revenue - median) || byRevenue(a, b));
  };
  for (const verdict of ['good', 'bad', 'watch'] as const) {
    const have = deck.filter((x) => x.profit.verdict === verdict).length;
    const group = typicalOrder(all.filter((x) => x.profit.verdict === verdict && !deck.includes(x)));
    deck.push(...group.slice(0, Math.min(Math.max(0, quota[verdict] - have), size - deck.length)));
  }
  if (deck.length < size) deck.push(...typicalOrder(all.filter((x) => !deck.includes(x))).slice(0, size - deck.length));
  return deck.slice(0, size);
}

function randomDeck(all: readonly TrapCandidate[], size: number, c: TrapContext, random: Random): TrapCandidate[] {
  const watchQuota = Math.round(size / 5);
  const quota: Record<ProfitabilityVerdict, number> = { watch: watchQuota, good: Math.ceil((size - watchQuota) / 2), bad: 0 };
  quota.bad = size - quota.watch - quota.good;
  const deck: TrapCandidate[] = [];
  const take = (x: TrapCandidate | undefined) => {
    if (!x || deck.includes(x)) return;
    deck.push(x);
    quota[x.profit.verdict] -= 1;
  };
  const bigNotGood = all.filter((x) => x.profit.rankByRevenue <= c.bigCutoff && x.profit.verdict !== 'good');
  const smallGood = all.filter((x) => x.profit.rankByRevenue > c.smallFrom && x.profit.verdict === 'good');
  if (bigNotGood.length) take(random.pick(bigNotGood));
  if (smallGood.length) take(random.pick(smallGood));
  for (const verdict of ['good', 'bad', 'watch'] as const) {
    for (const x of random.shuffle(all.filter((y) => y.profit.verdict === verdict && !deck.includes(y)))) {
      if (quota[verdict] <= 0) break;
      take(x);
    }
  }
  if (deck.length < size) for (const x of random.shuffle(all.filter((y) => !deck.includes(y))).slice(0, size - deck.length)) deck.push(x);
  return deck;
}

function byRevenue(a: TrapCandidate, b: TrapCandidate): number {
  return b.card.revenue - a.card.revenue || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
}
