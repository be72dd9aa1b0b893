import type { CreditBand, CreditScores } from './credit-5c';

/** One dealer of the chapter's example and its five scores. */
export interface CreditExampleApplicant {
  readonly name: string;
  readonly scores: CreditScores;
}

/**
 * Chapter 5's worked example 建材批发商给四家经销商评信用等级: 联达建材's weights (品格 30 %, 能力 25 %, 资本 20 %,
 * 抵押 15 %, 条件 10 %), its grade bands (AAA ≥ 90, AA ≥ 80, A ≥ 70, B ≥ 60, C below) with the chapter's credit
 * policy (AAA 月结 60 天 with the highest limit, AA 月结 60 天, A 月结 30 天, B 15 天 with a small limit, C 款到发货),
 * and the four dealers' scores. The limit factors
 * (AAA 1, AA 0.8, A 0.6, B 0.3, C 0) are the engine's defaults (`DEFAULT_CREDIT_BANDS`).
 *
 * Source: content/chapters/05-customer-information.mdx (the example and the policy after it); by hand: 乙
 * 80 × 0.3 + 75 × 0.25 + 65 × 0.2 + 60 × 0.15 + 70 × 0.1 = 24 + 18.75 + 13 + 9 + 7 = 71.75 → A.
 * @example rateCredit5c(CREDIT_5C_CHAPTER_EXAMPLE.applicants[1].scores, CREDIT_5C_CHAPTER_EXAMPLE) // score 71.75, grade 'A', termDays 30
 */
export const CREDIT_5C_CHAPTER_EXAMPLE: {
  readonly company: string;
  readonly weights: CreditScores;
  readonly bands: readonly CreditBand[];
  readonly applicants: readonly CreditExampleApplicant[];
} = Object.freeze({
  company: '联达建材',
  weights: Object.freeze({ character: 0.3, capacity: 0.25, capital: 0.2, collateral: 0.15, conditions: 0.1 }),
  bands: Object.freeze([
    { grade: 'AAA', min: 90, limitFactor: 1, termDays: 60, advice: '信用极好：月结 60 天，给予最高额度并优先供货' },
    { grade: 'AA', min: 80, limitFactor: 0.8, termDays: 60, advice: '信用优良：月结 60 天' },
    { grade: 'A', min: 70, limitFactor: 0.6, termDays: 30, advice: '信用较好：月结 30 天' },
    { grade: 'B', min: 60, limitFactor: 0.3, termDays: 15, advice: '信用一般：账期 15 天，额度较小' },
    { grade: 'C', min: 0, limitFactor: 0, termDays: 0, advice: '信用较差：款到发货' },
  ].map((band) => Object.freeze(band))),
  applicants: Object.freeze([
    { name: '甲', scores: Object.freeze({ character: 92, capacity: 88, capital: 85, collateral: 80, conditions: 85 }) },
    { name: '乙', scores: Object.freeze({ character: 80, capacity: 75, capital: 65, collateral: 60, conditions: 70 }) },
    { name: '丙', scores: Object.freeze({ character: 70, capacity: 68, capital: 55, collateral: 50, conditions: 65 }) },
    { name: '丁', scores: Object.freeze({ character: 55, capacity: 65, capital: 50, collateral: 40, conditions: 60 }) },
  ].map((a) => Object.freeze(a))),
});
