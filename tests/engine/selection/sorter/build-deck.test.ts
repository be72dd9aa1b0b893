import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, profitabilityOfCards, type SorterCard, type SorterDeck } from '~/engine/selection/sorter';
import { expectEngineError } from '../../expect-engine-error';
import { bundledCards, bundledRows, TWENTY, TWENTY_VERDICTS } from './fixtures';

const ids = (deck: SorterDeck) => [...deck.cards.map((c) => c.id)].sort();
const verdictCounts = (cards: readonly SorterCard[]) => {
  const counts = { good: 0, watch: 0, bad: 0 };
  for (const p of profitabilityOfCards(cards)) counts[p.verdict] += 1;
  return counts;
};

describe('the twenty hand-made customers', () => {
  it('have the verdicts worked out by hand', () => {
    const verdicts = Object.fromEntries(profitabilityOfCards(TWENTY).map((p) => [p.customer, p.verdict]));
    expect(verdicts).toEqual(TWENTY_VERDICTS);
  });

  it('入门: the four clearest good and bad customers, spread over the revenue range', () => {
    // Clear good (strong margin, on time, ≥ 3 good signs), by revenue: BG, M5, S11, ST, SU, SU2, S19 → picks 0, 2, 4, 6.
    // Clear bad (loss + 2 problems, not on time, no good fit): G1, M6, PF, S20 (SL and SL2 pay on time).
    expect(ids(buildDeck(TWENTY, { kind: 'intro', seed: 1 }))).toEqual(['BG', 'G1', 'M6', 'PF', 'S11', 'S19', 'S20', 'SU'].sort());
  });

  it('进阶: one card for each trap, then typical cards up to 5 good, 5 bad and 2 watch', () => {
    const deck = buildDeck(TWENTY, { kind: 'advanced', seed: 1 });
    expect(deck.traps).toEqual({
      G1: 'giant-loss', B2: 'big-thin', BG: 'big-good', ST: 'small-star', SU: 'start-up', LP: 'late-payer', CH: 'churned', PF: 'poor-fit', SL: 'small-loss',
    });
    // Fill: good median of M5, S11, SU2, S19 = (0.6 M + 0.9 M) / 2 → S11 and SU2 (tie, higher revenue first);
    // watch median of W4, M10, S18 = 4 M → M10.
    expect(ids(deck)).toEqual(['B2', 'BG', 'CH', 'G1', 'LP', 'M10', 'PF', 'S11', 'SL', 'ST', 'SU', 'SU2'].sort());
    expect(verdictCounts(deck.cards)).toEqual({ good: 5, bad: 5, watch: 2 });
  });

  it('随机: balanced, and always with a big customer that is not good and a small good one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 8, max: 12 }), (seed, size) => {
        const deck = buildDeck(TWENTY, { kind: 'random', seed, size });
        const watch = Math.round(size / 5);
        const good = Math.ceil((size - watch) / 2);
        expect(verdictCounts(deck.cards)).toEqual({ good, watch, bad: size - watch - good });
        const profits = profitabilityOfCards(TWENTY);
        const rank = (id: string) => profits.find((p) => p.customer === id)!.rankByRevenue;
        expect(deck.cards.some((c) => rank(c.id) <= 4 && TWENTY_VERDICTS[c.id] !== 'good')).toBe(true);
        expect(deck.cards.some((c) => rank(c.id) > 10 && TWENTY_VERDICTS[c.id] === 'good')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the seed orders (and for 随机 draws) the deck: same seed, same deal; the file is not changed', () => {
    fc.assert(
      fc.property(fc.constantFrom('intro' as const, 'advanced' as const, 'random' as const), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (kind, seed) => {
        const a = buildDeck(TWENTY, { kind, seed });
        const b = buildDeck(TWENTY, { kind, seed });
        expect(a).toEqual(b);
        expect(new Set(a.cards.map((c) => c.id)).size).toBe(a.cards.length);
        expect(a.cards.every((c) => TWENTY.includes(c))).toBe(true);
      }),
      { numRuns: 40 },
    );
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => buildDeck(TWENTY, { kind: 'advanced', seed }).cards.map((c) => c.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it.each([
    [{ kind: 'random' as const, seed: 1.5 }, 'invalid-seed'],
    [{ kind: 'random' as const, seed: -1 }, 'invalid-seed'],
    [{ kind: 'random' as const, seed: 1, size: 7 }, 'invalid-deck-size'],
    [{ kind: 'random' as const, seed: 1, size: 13 }, 'invalid-deck-size'],
  ])('%j throws %s', (choice, code) => {
    expectEngineError(() => buildDeck(TWENTY, choice), code);
  });

  it('needs enough customers for the deck', () => {
    const error = expectEngineError(() => buildDeck(TWENTY.slice(0, 11), { kind: 'advanced', seed: 1 }), 'too-few-cards');
    expect(error.message).toBe('至少需要 12 位客户才能组成这副卡，当前只有 11 位(at least 12 customers are needed for this deck, got 11)');
  });
});

describe('decks from the bundled logistics-customers.csv', () => {
  let cards: SorterCard[];
  beforeAll(async () => {
    cards = await bundledCards();
  });

  it.each([
    ['intro' as const, 8, { good: 4, bad: 4, watch: 0 }],
    ['advanced' as const, 12, { good: 5, bad: 5, watch: 2 }],
    ['random' as const, 10, { good: 4, bad: 4, watch: 2 }],
  ])('%s: %d cards, %j', (kind, size, counts) => {
    for (const seed of [1, 7, 2024]) {
      const deck = buildDeck(cards, { kind, seed });
      expect(deck.cards).toHaveLength(size);
      expect(verdictCounts(deck.cards)).toEqual(counts);
    }
  });

  it('进阶 finds every trap, and its giant is the file’s largest customer, losing money even before bad debt', () => {
    const deck = buildDeck(cards, { kind: 'advanced', seed: 1 });
    expect(Object.values(deck.traps).sort()).toEqual(['big-good', 'big-thin', 'churned', 'giant-loss', 'late-payer', 'poor-fit', 'small-loss', 'small-star', 'start-up']);
    // Checked on the raw CSV by plain arithmetic: the largest 年营收 and 年营收 × 毛利率 < 服务成本.
    const rows = bundledRows();
    const largest = rows.reduce((a, b) => (Number(b['年营收(万元)']) > Number(a['年营收(万元)']) ? b : a));
    const giant = Object.entries(deck.traps).find(([, trap]) => trap === 'giant-loss')![0];
    expect(giant).toBe(largest['客户编号']);
    expect(Number(largest['年营收(万元)']) * Number(largest['毛利率'])).toBeLessThan(Number(largest['服务成本(万元)']));
  });

  it('every trap card meets its rule, checked on the raw figures', () => {
    const deck = buildDeck(cards, { kind: 'advanced', seed: 1 });
    const byId = new Map(bundledRows().map((r) => [r['客户编号'], r]));
    for (const [id, trap] of Object.entries(deck.traps)) {
      const row = byId.get(id)!;
      const days = Number(row['平均回款天数']);
      if (trap === 'late-payer') expect(days > 90 && Number(row['毛利率']) >= 0.18 && Number(row['与定位匹配度']) >= 0.5).toBe(true);
      if (trap === 'churned') expect(row['状态']).toBe('已流失');
      if (trap === 'start-up') expect(row['状态'] === '新签约' || row['合作年限'] === '0').toBe(true);
      if (trap === 'poor-fit') expect(Number(row['与定位匹配度'])).toBeLessThan(0.4);
    }
  });
});
