import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CREDIT_BANDS, rateCredit5c, type CreditBand, type CreditScores } from '~/engine/information/credit/credit-5c';
import { expectEngineError } from '../../expect-engine-error';

const scores = (character: number, capacity: number, capital: number, collateral: number, conditions: number): CreditScores =>
  Object.freeze({ character, capacity, capital, collateral, conditions });

describe('rateCredit5c, worked by hand', () => {
  it.each([
    // equal weights: the mean of the five scores
    [scores(90, 80, 70, 50, 80), 74, 'A', 'collateral'], // 370/5; collateral 0.2 × 50 = 10 short
    [scores(100, 100, 100, 100, 100), 100, 'AAA', null],
    [scores(90, 90, 90, 90, 90), 90, 'AAA', 'character'], // exactly on the edge; all equal, first C wins the tie
    [scores(80, 80, 80, 80, 79), 79.8, 'A', 'conditions'],
    [scores(60, 60, 60, 60, 60), 60, 'B', 'character'],
    [scores(100, 0, 100, 100, 99), 79.8, 'A', 'capacity'],
    [scores(0, 0, 0, 0, 0), 0, 'C', 'character'],
  ])('%j → %d, %s, weakest %s', (input, score, grade, weakest) => {
    const result = rateCredit5c(input);
    expect(result.score).toBeCloseTo(score, 9);
    expect(result.grade).toBe(grade);
    expect(result.weakest?.key ?? null).toBe(weakest);
  });

  it('uses an instructor\'s weights and reports each C\'s part', () => {
    // 0.3 × 90 + 0.3 × 60 + 0.2 × 80 + 0.1 × 40 + 0.1 × 70 = 27 + 18 + 16 + 4 + 7 = 72 → A.
    // Shortfalls: 3, 12, 4, 6, 3 → capacity pulls down most, although collateral scores lowest.
    const weights = Object.freeze({ character: 0.3, capacity: 0.3, capital: 0.2, collateral: 0.1, conditions: 0.1 });
    const result = rateCredit5c(scores(90, 60, 80, 40, 70), { weights });
    expect(result.score).toBeCloseTo(72, 12);
    expect(result.grade).toBe('A');
    expect(result.factors.map((f) => f.name)).toEqual(['品格', '能力', '资本', '抵押', '条件']);
    result.factors.forEach((f, i) => expect(f.shortfall).toBeCloseTo([3, 12, 4, 6, 3][i]!, 12));
    expect(result.weakest).toMatchObject({ key: 'capacity', name: '能力' });
  });

  it('suggests a credit limit and a term from the grade', () => {
    const result = rateCredit5c(scores(85, 85, 80, 75, 80), { baseLimit: 500_000 }); // 81 → AA: 0.8 × 500,000, 45 days
    expect(result).toMatchObject({ grade: 'AA', creditLimit: 400_000, termDays: 45 });
    expect(result.nextGrade!.grade).toBe('AAA');
    expect(result.nextGrade!.pointsNeeded).toBeCloseTo(9, 9);
    expect(rateCredit5c(scores(85, 85, 80, 75, 80)).creditLimit).toBeNull();
    expect(rateCredit5c(scores(40, 40, 40, 40, 40), { baseLimit: 500_000 })).toMatchObject({ grade: 'C', creditLimit: 0, termDays: 0 });
    expect(rateCredit5c(scores(95, 95, 95, 95, 95)).nextGrade).toBeNull();
  });

  it('takes other grade bands', () => {
    const bands: CreditBand[] = [
      { grade: '优', min: 85, limitFactor: 1, termDays: 60, advice: '优' },
      { grade: '良', min: 65, limitFactor: 0.5, termDays: 30, advice: '良' },
      { grade: '差', min: 0, limitFactor: 0, termDays: 0, advice: '差' },
    ];
    expect(rateCredit5c(scores(90, 80, 70, 50, 80), { bands }).grade).toBe('良'); // 74
    expect(rateCredit5c(scores(90, 90, 90, 80, 80), { bands }).grade).toBe('优'); // 86
  });
});

describe('rateCredit5c, checks', () => {
  it('rejects scores, weights, bands and limits out of range', () => {
    expectEngineError(() => rateCredit5c(scores(101, 80, 70, 50, 80)), 'invalid-score');
    expectEngineError(() => rateCredit5c({ character: 90 } as unknown as CreditScores), 'invalid-score');
    const w = { character: 0.2, capacity: 0.2, capital: 0.2, collateral: 0.2, conditions: 0.2 };
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { weights: { ...w, conditions: 0.3 } }), 'invalid-weights');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { weights: { ...w, character: -0.1, conditions: 0.5 } }), 'invalid-weights');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { weights: { ...w, conditions: Number.NaN } }), 'invalid-weights');
    expect(rateCredit5c(scores(50, 50, 50, 50, 50), { weights: { ...w, conditions: 0.2 + 5e-10 } }).grade).toBe('C'); // within 1e-9
    const band = DEFAULT_CREDIT_BANDS[0]!;
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { bands: [] }), 'invalid-bands');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { bands: [{ ...band, min: 10 }] }), 'invalid-bands');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { bands: [{ ...band, min: 0 }, { ...band, grade: 'X', min: 50 }] }), 'invalid-bands');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { bands: [{ ...band, min: 50 }, { ...band, min: 0 }] }), 'invalid-bands');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { bands: [{ ...band, min: 0, termDays: -1 }] }), 'invalid-bands');
    expectEngineError(() => rateCredit5c(scores(1, 1, 1, 1, 1), { baseLimit: -1 }), 'invalid-base-limit');
  });
});

describe('rateCredit5c, properties', () => {
  const score = fc.integer({ min: 0, max: 100 });
  const scoresArb = fc.tuple(score, score, score, score, score).map((s) => scores(...s));
  const weightsArb = fc
    .tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100))
    .filter((raw) => raw.some((x) => x > 0))
    .map((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const [character, capacity, capital, collateral, conditions] = raw.map((x) => x / total) as [number, number, number, number, number];
      return { character, capacity, capital, collateral, conditions };
    });

  it('the score lies between the lowest and highest C, the grade is the band it falls in, and the weakest costs most', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, (s, weights) => {
        const result = rateCredit5c(s, { weights });
        const values = Object.values(s);
        expect(result.score).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(result.score).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        const expected = DEFAULT_CREDIT_BANDS.find((b) => result.score >= b.min - 1e-9)!;
        expect(result.grade).toBe(expected.grade);
        for (const f of result.factors) expect(result.weakest?.shortfall ?? 0).toBeGreaterThanOrEqual(f.shortfall);
        expect(result.score + result.factors.reduce((sum, f) => sum + f.shortfall, 0)).toBeCloseTo(100, 9);
      }),
    );
  });

  it('raising any one C never lowers the grade', () => {
    const rank = (grade: string) => DEFAULT_CREDIT_BANDS.findIndex((b) => b.grade === grade);
    fc.assert(
      fc.property(scoresArb, fc.constantFrom('character', 'capacity', 'capital', 'collateral', 'conditions' as const), fc.integer({ min: 0, max: 100 }), (s, key, raise) => {
        const higher = { ...s, [key]: Math.min(100, s[key] + raise) };
        expect(rank(rateCredit5c(higher).grade)).toBeLessThanOrEqual(rank(rateCredit5c(s).grade));
      }),
    );
  });
});
