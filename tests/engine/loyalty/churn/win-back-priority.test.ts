import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { winBackPriority } from '~/engine/loyalty/churn/win-back-priority';

const rows = Object.freeze([
  Object.freeze({ customer: 'A', value: 1000, pAlive: 0.5 }),
  Object.freeze({ customer: 'B', value: 2000, pAlive: 0.2 }),
  Object.freeze({ customer: 'C', value: 5000, pAlive: 0.95 }),
  Object.freeze({ customer: 'D', value: 3000, pAlive: 0.05 }),
  Object.freeze({ customer: 'E', value: 500, pAlive: 0.6 }),
]);

describe('winBackPriority', () => {
  it('puts lapsing, valuable, still reachable customers first (score value × P(alive))', () => {
    // By hand: win-back band (0.1 ≤ P < 0.8): A 1000·0.5 = 500, B 2000·0.2 = 400, E 500·0.6 = 300;
    // C (0.95) is active (score 4750), D (0.05) lost (score 150).
    const result = winBackPriority(rows);
    expect(result.map((e) => [e.customer, e.band, e.rank])).toEqual([
      ['A', 'win-back', 1],
      ['B', 'win-back', 2],
      ['E', 'win-back', 3],
      ['C', 'active', null],
      ['D', 'lost', null],
    ]);
    expect(result.map((e) => e.score)).toEqual([500, 400, 300, 4750, 150]);
  });

  it('can score by value at risk, value × (1 − P(alive))', () => {
    // By hand: A 500, B 1600, E 200 → B, A, E.
    const result = winBackPriority(rows, { score: 'value-x-risk' });
    expect(result.filter((e) => e.band === 'win-back').map((e) => e.customer)).toEqual(['B', 'A', 'E']);
  });

  it('moves the thresholds', () => {
    // Everyone with P < 0.96 and ≥ 0 is on the list: C 4750, A 500, B 400, E 300, D 150.
    const result = winBackPriority(rows, { activeFrom: 0.96, lostBelow: 0 });
    expect(result.map((e) => e.customer)).toEqual(['C', 'A', 'B', 'E', 'D']);
  });

  it('breaks ties by customer id', () => {
    const tied = [
      { customer: 'b', value: 100, pAlive: 0.5 },
      { customer: 'a', value: 50, pAlive: 1 },
      { customer: 'c', value: 100, pAlive: 0.5 },
      { customer: 'a2', value: 100, pAlive: 0.5 },
    ];
    expect(winBackPriority(tied).map((e) => e.customer)).toEqual(['a2', 'b', 'c', 'a']);
  });

  it.each([
    [[{ customer: 'x', value: 1, pAlive: 1.2 }], {}],
    [[{ customer: 'x', value: Number.NaN, pAlive: 0.5 }], {}],
    [[], { activeFrom: 0.2, lostBelow: 0.5 }],
    [[], { score: 'value' }],
  ])('rejects %j with %j', (input, options) => {
    expect(() => winBackPriority(input, options as never)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('keeps every customer once, ranks 1…n on the list and sorts each band by score', () => {
    const candidate = fc.record({
      customer: fc.string({ maxLength: 3 }),
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      pAlive: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (input) => {
        const result = winBackPriority(input);
        expect(result.length).toBe(input.length);
        const list = result.filter((e) => e.band === 'win-back');
        expect(list.map((e) => e.rank)).toEqual(list.map((_, i) => i + 1));
        expect(result.slice(0, list.length)).toEqual(list);
        for (let i = 1; i < result.length; i++) {
          if (result[i]!.band === result[i - 1]!.band) expect(result[i]!.score).toBeLessThanOrEqual(result[i - 1]!.score);
        }
        list.forEach((e) => {
          expect(e.pAlive).toBeGreaterThanOrEqual(0.1);
          expect(e.pAlive).toBeLessThan(0.8);
        });
      }),
    );
  });
});
