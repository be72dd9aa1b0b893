import { EngineError } from '../../core/errors';
import { requireAbove, requireInRange } from '../../core/guards';

export type CreditFactor = 'character' | 'capacity' | 'capital' | 'collateral' | 'conditions';

/** One score (or weight) per C. */
export type CreditScores = Readonly<Record<CreditFactor, number>>;

/** The five Cs in the textbook order, with what each asks about the customer. */
export const CREDIT_FACTORS: readonly { readonly key: CreditFactor; readonly name: string; readonly english: string; readonly question: string }[] = Object.freeze([
  { key: 'character', name: '品格', english: 'Character', question: '是否诚实守信、按时履约：付款记录、商业口碑' },
  { key: 'capacity', name: '能力', english: 'Capacity', question: '经营和偿债能力：现金流、盈利水平、经营年限' },
  { key: 'capital', name: '资本', english: 'Capital', question: '财务实力：净资产规模、资产负债率' },
  { key: 'collateral', name: '抵押', english: 'Collateral', question: '能否提供抵押品或第三方担保' },
  { key: 'conditions', name: '条件', english: 'Conditions', question: '外部环境：经济形势、行业景气、竞争状况' },
] as const);

/** A grade band: scores from `min` up (to the next band) get `grade` and its credit policy. */
export interface CreditBand {
  readonly grade: string;
  /** Lowest weighted score of the band, 0–100. */
  readonly min: number;
  /** Credit limit as a share of the base limit (e.g. 0.8). */
  readonly limitFactor: number;
  /** Payment term to grant, in days (0 = cash before delivery). */
  readonly termDays: number;
  /** The policy in Chinese. */
  readonly advice: string;
}

/** Equal weights: no one C is privileged unless the instructor decides so. */
export const DEFAULT_CREDIT_WEIGHTS: CreditScores = Object.freeze({ character: 0.2, capacity: 0.2, capital: 0.2, collateral: 0.2, conditions: 0.2 });

/** AAA ≥ 90, AA ≥ 80, A ≥ 70, B ≥ 60, C below, with a teaching credit policy per grade. */
export const DEFAULT_CREDIT_BANDS: readonly CreditBand[] = Object.freeze([
  { grade: 'AAA', min: 90, limitFactor: 1, termDays: 60, advice: '信用极好：给予最高信用额度和最长账期，优先供货' },
  { grade: 'AA', min: 80, limitFactor: 0.8, termDays: 45, advice: '信用优良：给予较高额度和较长账期' },
  { grade: 'A', min: 70, limitFactor: 0.6, termDays: 30, advice: '信用较好：给予正常额度和标准账期' },
  { grade: 'B', min: 60, limitFactor: 0.3, termDays: 15, advice: '信用一般：只给小额度、短账期，加强跟踪和催收' },
  { grade: 'C', min: 0, limitFactor: 0, termDays: 0, advice: '信用较差：不给予信用，款到发货或要求提供担保' },
].map((band) => Object.freeze(band)));

export interface Credit5cOptions {
  /** Weight per C: non-negative, summing to 1 (default equal, 0.2 each). */
  readonly weights?: CreditScores;
  /** Grade bands, highest first; the last must start at 0 (default AAA/AA/A/B/C). */
  readonly bands?: readonly CreditBand[];
  /** The base credit limit (元) the limit factor applies to; omitted: no amount is suggested. */
  readonly baseLimit?: number;
}

export interface Credit5cFactor {
  readonly key: CreditFactor;
  readonly name: string;
  readonly english: string;
  readonly score: number;
  readonly weight: number;
  /** score × weight: this C's contribution to the weighted score. */
  readonly weighted: number;
  /** weight × (100 − score): points this C costs against a perfect 100. */
  readonly shortfall: number;
}

export interface Credit5cResult {
  /** Σ weight × score, 0–100. */
  readonly score: number;
  readonly grade: string;
  readonly band: CreditBand;
  readonly factors: Credit5cFactor[];
  /** The C that pulls the score down most (largest shortfall, first in C order on ties); null at 100 everywhere. */
  readonly weakest: Credit5cFactor | null;
  /** baseLimit × limitFactor; null without a base limit. */
  readonly creditLimit: number | null;
  readonly termDays: number;
  readonly advice: string;
  /** Points still needed for the next grade up; null at the top grade. */
  readonly nextGrade: { readonly grade: string; readonly pointsNeeded: number } | null;
}

/** Slack for sums of weights and for weighted scores landing on a band edge (0.2 × 90 × 5 ≠ 90 in floating point). */
const EPSILON = 1e-9;

/**
 * 5C credit rating: each C (品格 character, 能力 capacity, 资本 capital, 抵押 collateral, 条件 conditions)
 * is scored 0–100; the weighted score Σ wᵢ·sᵢ falls in a grade band (default AAA ≥ 90, AA ≥ 80, A ≥ 70,
 * B ≥ 60, C below) that carries a credit policy: a limit as a share of the base limit and a payment term.
 * The weakest C is the one with the largest weight × (100 − score).
 *
 * Source: the "five Cs of credit" in Brigham, E.F. & Ehrhardt, M.C., Financial Management: Theory and
 * Practice (credit policy); 客户信用评估 in the course standard 《客户关系管理实务》. Weights, bands and
 * policy are teaching defaults an instructor can change.
 * @throws EngineError `invalid-score` (a score missing or outside 0–100), `invalid-weights` (missing,
 *   negative, or not summing to 1 ± 1e-9), `invalid-bands` (empty, unsorted, last not starting at 0,
 *   negative limit factor or term, repeated grade), `invalid-base-limit` (negative).
 * @example
 * rateCredit5c({ character: 90, capacity: 80, capital: 70, collateral: 50, conditions: 80 })
 * // score 74 (equal weights: 370 / 5), grade 'A', weakest 'collateral' (0.2 × 50 = 10 points short)
 */
export function rateCredit5c(scores: CreditScores, options: Credit5cOptions = {}): Credit5cResult {
  const weights = options.weights ?? DEFAULT_CREDIT_WEIGHTS;
  const bands = options.bands ?? DEFAULT_CREDIT_BANDS;
  checkWeights(weights);
  checkBands(bands);
  const baseLimit =
    options.baseLimit === undefined ? null : requireAbove(options.baseLimit, 0, { code: 'invalid-base-limit', zh: '基础信用额度', en: 'base credit limit' }, true);

  const factors = CREDIT_FACTORS.map(({ key, name, english }) => {
    const score = requireInRange(scores[key], 0, 100, { code: 'invalid-score', zh: `${name}（${english}）得分`, en: `the ${english} score` });
    const weight = weights[key];
    return { key, name, english, score, weight, weighted: score * weight, shortfall: weight * (100 - score) };
  });
  const score = factors.reduce((sum, f) => sum + f.weighted, 0);
  const index = bands.findIndex((band) => score >= band.min - EPSILON);
  const band = bands[index]!;
  const weakest = factors.reduce<Credit5cFactor | null>((worst, f) => (f.shortfall > (worst?.shortfall ?? 0) ? f : worst), null);
  const above = index > 0 ? bands[index - 1]! : null;
  return {
    score,
    grade: band.grade,
    band,
    factors,
    weakest,
    creditLimit: baseLimit === null ? null : baseLimit * band.limitFactor,
    termDays: band.termDays,
    advice: band.advice,
    nextGrade: above ? { grade: above.grade, pointsNeeded: Math.max(0, above.min - score) } : null,
  };
}

function checkWeights(weights: CreditScores): void {
  let sum = 0;
  for (const { key, name, english } of CREDIT_FACTORS) {
    const w = weights[key];
    requireAbove(w, 0, { code: 'invalid-weights', zh: `${name}（${english}）的权重`, en: `the ${english} weight` }, true);
    sum += w;
  }
  if (Math.abs(sum - 1) > EPSILON) {
    throw new EngineError('invalid-weights', `五项权重之和必须等于 1，当前为 ${sum}(the five weights must add up to 1, got ${sum})`, { sum });
  }
}

function checkBands(bands: readonly CreditBand[]): void {
  const fail = (zh: string, en: string): never => {
    throw new EngineError('invalid-bands', `信用等级划分有误：${zh}(invalid grade bands: ${en})`);
  };
  if (bands.length === 0) fail('至少需要一个等级', 'at least one band is needed');
  const grades = new Set<string>();
  bands.forEach((band, i) => {
    if (typeof band.grade !== 'string' || band.grade.trim() === '') fail(`第 ${i + 1} 个等级没有名称`, `band ${i + 1} has no grade`);
    if (grades.has(band.grade)) fail(`等级 ${band.grade} 重复`, `grade ${band.grade} is repeated`);
    grades.add(band.grade);
    if (!(Number.isFinite(band.min) && band.min >= 0 && band.min <= 100)) fail(`${band.grade} 的下限必须在 0 到 100 之间`, `the lower bound of ${band.grade} must be 0–100`);
    if (i > 0 && !(band.min < bands[i - 1]!.min)) fail('各等级下限必须从高到低严格递减', 'lower bounds must strictly decrease');
    if (!(Number.isFinite(band.limitFactor) && band.limitFactor >= 0)) fail(`${band.grade} 的额度系数不能为负`, `the limit factor of ${band.grade} must be non-negative`);
    if (!(Number.isFinite(band.termDays) && band.termDays >= 0)) fail(`${band.grade} 的账期不能为负`, `the term of ${band.grade} must be non-negative`);
  });
  if (bands[bands.length - 1]!.min !== 0) fail('最低一档的下限必须是 0，保证每个分数都有等级', 'the last band must start at 0 so that every score gets a grade');
}
