import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CREDIT_5C_CHAPTER_EXAMPLE, CREDIT_FACTORS, creditGradeDistribution, creditRiskRanking, creditScoreSeparation, creditWeightsFromPercents,
  parseDefaultFlag, rateCredit5c, rescaleCreditWeightPercents, type CreditScores,
} from '~/engine';
import { expectEngineError } from '../../expect-engine-error';

const all = (x: number): CreditScores => Object.freeze({ character: x, capacity: x, capital: x, collateral: x, conditions: x });
const percents = (character: number, capacity: number, capital: number, collateral: number, conditions: number): CreditScores =>
  Object.freeze({ character, capacity, capital, collateral, conditions });

describe('CREDIT_5C_CHAPTER_EXAMPLE: 联达建材’s four dealers', () => {
  // The chapter's table, worked by hand in the chapter and re-checked with Python fractions
  // (tests/fixtures/chapter-examples/05-customer-information.json); terms from the chapter's policy paragraph.
  it.each([
    ['甲', 87.1, 'AA', 60],
    ['乙', 71.75, 'A', 30],
    ['丙', 63, 'B', 15],
    ['丁', 54.75, 'C', 0],
  ])('%s: %d → %s, %i days', (name, score, grade, days) => {
    const applicant = CREDIT_5C_CHAPTER_EXAMPLE.applicants.find((a) => a.name === name)!;
    const result = rateCredit5c(applicant.scores, CREDIT_5C_CHAPTER_EXAMPLE);
    expect(result.score).toBeCloseTo(score, 9);
    expect(result.grade).toBe(grade);
    expect(result.termDays).toBe(days);
  });

  it('乙’s parts are 24, 18.75, 13, 9 and 7; capital (0.2 × 35 = 7 points short) pulls it down most', () => {
    const result = rateCredit5c(CREDIT_5C_CHAPTER_EXAMPLE.applicants[1]!.scores, CREDIT_5C_CHAPTER_EXAMPLE);
    result.factors.forEach((f, i) => expect(f.weighted).toBeCloseTo([24, 18.75, 13, 9, 7][i]!, 9));
    // Shortfalls by hand: 0.3 × 20 = 6, 0.25 × 25 = 6.25, 0.2 × 35 = 7, 0.15 × 40 = 6, 0.1 × 30 = 3.
    expect(result.weakest!.name).toBe('资本');
    expect(result.nextGrade!.grade).toBe('AA');
    expect(result.nextGrade!.pointsNeeded).toBeCloseTo(8.25, 9);
  });

  it('is frozen, and its weights add up to 1', () => {
    expect(Object.isFrozen(CREDIT_5C_CHAPTER_EXAMPLE.applicants[0]!.scores)).toBe(true);
    expect(CREDIT_FACTORS.reduce((s, f) => s + CREDIT_5C_CHAPTER_EXAMPLE.weights[f.key], 0)).toBeCloseTo(1, 12);
  });
});

describe('creditWeightsFromPercents', () => {
  it('turns 30/25/20/15/10 into shares', () => {
    const result = creditWeightsFromPercents(percents(30, 25, 20, 15, 10));
    expect(result).toMatchObject({ total: 100, remaining: 0 });
    expect(result.weights!.character).toBeCloseTo(0.3, 12);
    expect(result.weights!.conditions).toBeCloseTo(0.1, 12);
    // the shares rate 乙 as the chapter does
    expect(rateCredit5c(CREDIT_5C_CHAPTER_EXAMPLE.applicants[1]!.scores, { weights: result.weights! }).score).toBeCloseTo(71.75, 9);
  });

  it('reports a total other than 100 as a value, not an error', () => {
    expect(creditWeightsFromPercents(percents(30, 25, 20, 15, 5))).toEqual({ total: 95, remaining: 5, weights: null });
    expect(creditWeightsFromPercents(percents(40, 25, 20, 15, 10))).toEqual({ total: 110, remaining: -10, weights: null });
  });

  it('rejects a negative or missing percentage', () => {
    expectEngineError(() => creditWeightsFromPercents(percents(-5, 25, 20, 15, 45)), 'invalid-weights');
    expectEngineError(() => creditWeightsFromPercents(percents(Number.NaN, 25, 20, 15, 40)), 'invalid-weights');
  });
});

describe('rescaleCreditWeightPercents (largest remainder)', () => {
  it.each([
    // 95 in all: 31.58, 26.32, 21.05, 15.79, 5.26 → 31, 26, 21, 15, 5 and 2 points to collateral (.79) and character (.58).
    [percents(30, 25, 20, 15, 5), percents(32, 26, 21, 16, 5)],
    [percents(1, 1, 1, 0, 0), percents(34, 33, 33, 0, 0)], // 33.33 each; the 1 point left goes to the first on the tie
    [percents(0, 0, 0, 0, 0), percents(20, 20, 20, 20, 20)],
    [percents(30, 25, 20, 15, 10), percents(30, 25, 20, 15, 10)], // already 100: unchanged
    [percents(60, 50, 40, 30, 20), percents(30, 25, 20, 15, 10)], // doubled: halved exactly
  ])('%j → %j (by hand)', (input, expected) => {
    expect(rescaleCreditWeightPercents(input)).toEqual(expected);
  });

  it('gives whole numbers adding up to 100, each within 1 of its exact share (property)', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 5, maxLength: 5 }).filter((p) => p.some((x) => x > 0));
    fc.assert(fc.property(arb, (p) => {
      const input = percents(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!);
      const out = rescaleCreditWeightPercents(input);
      const total = p.reduce((s, x) => s + x, 0);
      let sum = 0;
      CREDIT_FACTORS.forEach(({ key }, i) => {
        const value = out[key];
        expect(Number.isInteger(value)).toBe(true);
        expect(Math.abs(value - (p[i]! * 100) / total)).toBeLessThan(1);
        sum += value;
      });
      expect(sum).toBe(100);
      expect(creditWeightsFromPercents(out).weights).not.toBeNull();
    }));
  });
});

describe('creditRiskRanking', () => {
  const g = (grade: string, defaultRate: number | null, known = 10) => ({ grade, defaultRate, known });

  it('accepts strictly rising default rates and lists every pair out of order (by hand)', () => {
    expect(creditRiskRanking([g('AAA', 0), g('AA', 0.05), g('A', 0.1), g('B', null, 0), g('C', 0.4)])).toMatchObject({ ranksRisk: true, inversions: [] });
    const broken = creditRiskRanking([g('A', 0.05), g('B', 0.2), g('C', 0.1)]);
    expect(broken.ranksRisk).toBe(false);
    expect(broken.inversions).toEqual([{ better: 'B', worse: 'C', betterRate: 0.2, worseRate: 0.1 }]);
    // equal rates do not rank: A and B both 10 %
    expect(creditRiskRanking([g('A', 0.1), g('B', 0.1)]).inversions).toHaveLength(1);
  });

  it('cannot rank fewer than two grades with outcomes', () => {
    expect(creditRiskRanking([g('A', 0.1), g('B', null, 0)])).toEqual({ grades: [{ grade: 'A', defaultRate: 0.1, known: 10 }], ranksRisk: false, inversions: [] });
  });

  it('ranks risk exactly when the rates strictly rise (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 6 }), (rates) => {
      const result = creditRiskRanking(rates.map((r, i) => g(`G${i}`, r / 20)));
      const rising = rates.every((r, i) => i === 0 || r > rates[i - 1]!);
      expect(result.ranksRisk).toBe(rising);
      expect(result.inversions.length === 0).toBe(rising);
    }));
  });
});

describe('creditScoreSeparation', () => {
  it('works a small case by hand', () => {
    // Scores 80 (repaid), 60 (repaid), 70 (defaulted): pairs (80 > 70) yes, (60 > 70) no → AUC 1/2.
    const result = creditScoreSeparation([{ scores: all(80), defaulted: false }, { scores: all(60), defaulted: false }, { scores: all(70), defaulted: true }, { scores: all(10), defaulted: null }]);
    expect(result).toEqual({ defaulted: 1, repaid: 2, meanDefaulted: 70, meanRepaid: 70, auc: 0.5 });
    // Perfect separation, and a tie counting half: repaid 70 vs defaulted 70 → 0.5.
    expect(creditScoreSeparation([{ scores: all(90), defaulted: false }, { scores: all(50), defaulted: true }]).auc).toBe(1);
    expect(creditScoreSeparation([{ scores: all(70), defaulted: false }, { scores: all(70), defaulted: true }]).auc).toBe(0.5);
    expect(creditScoreSeparation([{ scores: all(70), defaulted: false }]).auc).toBeNull();
  });

  it('counts equal weighted sums reached by different routes as ties', () => {
    // 0.2 × (90 + 80 + 70 + 60 + 50) and 0.2 × (50 + 60 + 70 + 80 + 90) are both 70 but may differ in the last bit.
    const a = Object.freeze({ character: 90, capacity: 80, capital: 70, collateral: 60, conditions: 50 });
    const b = Object.freeze({ character: 50, capacity: 60, capital: 70, collateral: 80, conditions: 90 });
    expect(creditScoreSeparation([{ scores: a, defaulted: false }, { scores: b, defaulted: true }]).auc).toBe(0.5);
  });

  it('equals the share of (repaid, defaulted) pairs the score orders right, ties half (brute force, property)', () => {
    const app = fc.record({ s: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }), d: fc.boolean() });
    fc.assert(fc.property(fc.array(app, { minLength: 2, maxLength: 40 }), (apps) => {
      const list = apps.map((a) => ({ scores: percents(a.s[0]! * 10, a.s[1]! * 10, a.s[2]! * 10, a.s[3]! * 10, a.s[4]! * 10), defaulted: a.d }));
      const result = creditScoreSeparation(list);
      const score = (x: (typeof list)[number]) => Math.round(rateCredit5c(x.scores).score * 1e6);
      const good = list.filter((x) => !x.defaulted).map(score);
      const bad = list.filter((x) => x.defaulted).map(score);
      if (good.length === 0 || bad.length === 0) {
        expect(result.auc).toBeNull();
        return;
      }
      let wins = 0;
      for (const s of good) for (const t of bad) wins += s > t ? 1 : s === t ? 0.5 : 0;
      expect(result.auc).toBeCloseTo(wins / (good.length * bad.length), 12);
    }));
  });
});

describe('parseDefaultFlag', () => {
  it.each([
    ['是', true], ['否', false], ['违约', true], ['正常', false], [' Yes ', true], ['no', false], ['1', true], ['0', false], ['TRUE', true],
    ['', null], ['待定', null], [null, null], [undefined, null],
  ])('%j → %j', (text, expected) => {
    expect(parseDefaultFlag(text as string | null | undefined)).toBe(expected);
  });
});

describe('the rating on the bundled credit-applications.csv is not this module’s concern', () => {
  it('creditGradeDistribution and creditRiskRanking fit together (types and order)', () => {
    const d = creditGradeDistribution([{ scores: all(95), defaulted: false }, { scores: all(50), defaulted: true }]);
    expect(creditRiskRanking(d.grades)).toMatchObject({ ranksRisk: true });
  });
});
