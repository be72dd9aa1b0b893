import { requireAbove, requireInRange, requireIntegerInRange } from '../../core/guards';
import { EngineError } from '../../core/errors';
import type { LoyaltyQuadrantKey } from './quadrants';

/** What the firm knows about one customer: a satisfaction answer and behaviour. */
export interface LoyaltyProfile {
  /** Satisfaction survey answer, 1 (很不满意) to 5 (非常满意). */
  readonly satisfaction: number;
  /** Complaints made in the last year. */
  readonly complaints: number;
  /** Of those, complaints not resolved to the customer's satisfaction. */
  readonly unresolvedComplaints: number;
  /** Times the customer renewed (bought again) … */
  readonly renewals: number;
  /** … out of this many chances to renew. */
  readonly renewalChances: number;
  /** Share of wallet: the part of the customer's spending in the category spent with us, 0–1. */
  readonly walletShare: number;
  /** Answer to the NPS question “would you recommend us?”, 0–10. */
  readonly recommend: number;
}

/** Options: the cut between high and low and the weight of an unresolved complaint. */
export interface LoyaltyMatrixOptions {
  /** An index at or above this (0–100) counts as high; default 60. */
  readonly cut?: number;
  /** Points of satisfaction lost per unresolved complaint; default 20. */
  readonly complaintPenalty?: number;
  /** Distance from the cut within which a position is called borderline; default 10. */
  readonly margin?: number;
}

/** Where a customer sits in the satisfaction × loyalty matrix, and why. */
export interface LoyaltyMatrixPosition {
  /** 0–100: (satisfaction − 1) ÷ 4 × 100 − penalty × unresolved complaints, not below 0. */
  readonly satisfactionIndex: number;
  /** renewals ÷ chances (0–1). */
  readonly repeatRate: number;
  /** 0–100: the mean of repeat rate × 100, share of wallet × 100 and recommendation × 10. */
  readonly loyaltyIndex: number;
  readonly satisfactionHigh: boolean;
  readonly loyaltyHigh: boolean;
  readonly quadrant: LoyaltyQuadrantKey;
  /** True when either index lies within `margin` of the cut: a case worth discussing. */
  readonly borderline: boolean;
}

/**
 * Places a customer in the satisfaction × loyalty matrix from a survey answer and behaviour.
 * Satisfaction index = (answer − 1) ÷ 4 × 100 (1 → 0, 5 → 100) minus `complaintPenalty` points per
 * complaint not resolved to the customer's satisfaction (not below 0): what customers say, corrected by what
 * they have been through. Loyalty index = the mean of three 0–100 parts: repeat rate (renewals ÷ chances),
 * share of wallet, and the recommendation answer × 10: behaviour and attitude together, as chapter 9 asks
 * (衡量忠诚要把行为指标和态度指标结合起来). Each index is high when ≥ `cut`; the quadrant follows:
 * high/high 忠诚者, high satisfaction only 唯利是图者, high loyalty only 人质, low/low 背叛者.
 * Source: the matrix of Jones & Sasser (1995), "Why satisfied customers defect" (HBR 73(6)); the indicators of
 * course chapter 9, 第三节 (重复购买率、钱包份额、推荐意愿、对失误的承受能力). The equal weights and the
 * 20-point penalty are a teaching choice, stated in the widget's model notes.
 * @throws EngineError `invalid-argument` and friends when an answer is off its scale, a count is negative or not
 *   whole, unresolved complaints exceed complaints, renewals exceed chances, or there are no chances.
 * @example satisfaction 2, 3 complaints with 2 unresolved, renewed 3 of 3, wallet 100 %, recommend 2:
 *   satisfaction (2 − 1) ÷ 4 × 100 − 2 × 20 = −15 → 0 (low); loyalty (100 + 100 + 20) ÷ 3 ≈ 73.3 (high): 人质.
 */
export function loyaltyMatrixPosition(profile: LoyaltyProfile, options: LoyaltyMatrixOptions = {}): LoyaltyMatrixPosition {
  const cut = options.cut ?? 60;
  const penalty = options.complaintPenalty ?? 20;
  const margin = options.margin ?? 10;
  requireInRange(cut, 0, 100, { code: 'invalid-argument', zh: '分界线', en: 'cut' });
  requireAbove(penalty, 0, { code: 'invalid-argument', zh: '每次未解决投诉扣的分', en: 'complaint penalty' }, true);
  requireAbove(margin, 0, { code: 'invalid-argument', zh: '临界范围', en: 'margin' }, true);
  const p = profile;
  requireInRange(p.satisfaction, 1, 5, { code: 'invalid-answer', zh: '满意度打分', en: 'satisfaction answer' });
  requireInRange(p.recommend, 0, 10, { code: 'invalid-answer', zh: '推荐意愿打分', en: 'recommendation answer' });
  requireInRange(p.walletShare, 0, 1, { code: 'invalid-share', zh: '钱包份额', en: 'share of wallet' });
  for (const [value, zh, en] of [
    [p.complaints, '投诉次数', 'complaints'],
    [p.unresolvedComplaints, '未解决的投诉次数', 'unresolved complaints'],
    [p.renewals, '续卡次数', 'renewals'],
    [p.renewalChances, '可续卡次数', 'renewal chances'],
  ] as const) {
    requireIntegerInRange(value, 0, 1_000_000, { code: 'invalid-count', zh, en });
  }
  if (p.unresolvedComplaints > p.complaints) {
    throw new EngineError('invalid-count', `未解决的投诉（${p.unresolvedComplaints}）多于投诉次数（${p.complaints}）(more unresolved complaints than complaints)`, { ...p });
  }
  if (p.renewalChances === 0 || p.renewals > p.renewalChances) {
    throw new EngineError('invalid-count', `续卡次数必须在 0 到可续卡次数之间，且至少有一次续卡机会(renewals must lie between 0 and at least one chance)`, { ...p });
  }
  const satisfactionIndex = Math.max(0, ((p.satisfaction - 1) / 4) * 100 - penalty * p.unresolvedComplaints);
  const repeatRate = p.renewals / p.renewalChances;
  const loyaltyIndex = (repeatRate * 100 + p.walletShare * 100 + p.recommend * 10) / 3;
  const satisfactionHigh = satisfactionIndex >= cut;
  const loyaltyHigh = loyaltyIndex >= cut;
  const quadrant: LoyaltyQuadrantKey = satisfactionHigh ? (loyaltyHigh ? 'apostle' : 'mercenary') : loyaltyHigh ? 'hostage' : 'defector';
  return {
    satisfactionIndex,
    repeatRate,
    loyaltyIndex,
    satisfactionHigh,
    loyaltyHigh,
    quadrant,
    borderline: Math.abs(satisfactionIndex - cut) < margin || Math.abs(loyaltyIndex - cut) < margin,
  };
}
