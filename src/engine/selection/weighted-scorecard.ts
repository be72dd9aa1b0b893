import { EngineError } from '../core/errors';
import { requireAbove, requireFinite } from '../core/guards';

/** One criterion of a scorecard and the score a candidate got on it. */
export interface ScorecardCriterion {
  readonly name: string;
  /** Weight, ≥ 0; the weights of a scorecard add up to 1. */
  readonly weight: number;
  /** The candidate's score on this criterion (e.g. 1–5). */
  readonly score: number;
}

/** The cut-offs of the decision: develop from `develop` up, watch from `watch` up, else skip. */
export interface ScorecardThresholds {
  readonly develop: number;
  readonly watch: number;
}

/** 重点开发 / 观察 / 暂不开发. */
export type ScorecardDecision = 'develop' | 'watch' | 'skip';

/** Chinese names of the decisions, for views. */
export const SCORECARD_DECISION_LABELS: Readonly<Record<ScorecardDecision, string>> = Object.freeze({
  develop: '重点开发',
  watch: '观察',
  skip: '暂不开发',
});

export interface WeightedScorecardResult {
  /** Σ weight × score. */
  readonly score: number;
  readonly decision: ScorecardDecision;
  /** weight × score per criterion, in input order. */
  readonly contributions: { readonly name: string; readonly weight: number; readonly score: number; readonly weighted: number }[];
}

/** Slack for weights summing to 1 and for a score landing on a cut-off (0.3 × 3 + … in floating point). */
const EPSILON = 1e-9;

/**
 * A weighted scorecard for choosing customers (加权评分卡): the total is Σ weight × score over the
 * criteria, and the decision is develop (重点开发) when the total reaches `develop`, watch (观察) when it
 * reaches `watch`, else skip (暂不开发). A total within 1e-9 of a cut-off counts as reaching it.
 *
 * Source: the linear additive (weighted-sum) model of multi-criteria evaluation, the usual form of a
 * customer or prospect scorecard; course chapter 3 (选择“好客户”类型的客户, 例题 用评分卡比较两位候选客户).
 * @throws EngineError `invalid-criteria` (no criterion), `invalid-weights` (a weight negative or not finite,
 *   or the weights not summing to 1 ± 1e-9), `invalid-score` (a score not finite), `invalid-threshold`
 *   (a cut-off not finite, or watch above develop).
 * @example weightedScorecard([{ name: '盈利', weight: 0.6, score: 4 }, { name: '信用', weight: 0.4, score: 2 }], { develop: 3.5, watch: 2.5 })
 *   // { score: 3.2 (2.4 + 0.8), decision: 'watch', … }
 */
export function weightedScorecard(criteria: readonly ScorecardCriterion[], thresholds: ScorecardThresholds): WeightedScorecardResult {
  if (criteria.length === 0) throw new EngineError('invalid-criteria', '评分卡至少需要一项标准(a scorecard needs at least one criterion)');
  const develop = requireFinite(thresholds.develop, { code: 'invalid-threshold', zh: '重点开发分数线', en: 'develop cut-off' });
  const watch = requireFinite(thresholds.watch, { code: 'invalid-threshold', zh: '观察分数线', en: 'watch cut-off' });
  if (watch > develop) {
    throw new EngineError('invalid-threshold', `观察分数线 ${watch} 不能高于重点开发分数线 ${develop}(the watch cut-off must not exceed the develop cut-off)`, { develop, watch });
  }
  const contributions = criteria.map(({ name, weight, score }) => {
    requireAbove(weight, 0, { code: 'invalid-weights', zh: `“${name}”的权重`, en: `the weight of ${name}` }, true);
    requireFinite(score, { code: 'invalid-score', zh: `“${name}”的得分`, en: `the score of ${name}` });
    return { name, weight, score, weighted: weight * score };
  });
  const weightSum = contributions.reduce((sum, c) => sum + c.weight, 0);
  if (Math.abs(weightSum - 1) > EPSILON) {
    throw new EngineError('invalid-weights', `各项权重之和必须等于 1，当前为 ${weightSum}(the weights must add up to 1, got ${weightSum})`, { sum: weightSum });
  }
  const score = contributions.reduce((sum, c) => sum + c.weighted, 0);
  const decision: ScorecardDecision = score >= develop - EPSILON ? 'develop' : score >= watch - EPSILON ? 'watch' : 'skip';
  return { score, decision, contributions };
}
