import type { CrmOpportunity } from './types';

/** The stages of the sales funnel, in order; the last two end an opportunity. */
export const FUNNEL_STAGES = Object.freeze(['线索', '初步接触', '需求确认', '方案报价', '谈判', '成交', '输单'] as const);
export const WON_STAGE = '成交';
export const LOST_STAGE = '输单';

export interface FunnelStageTotal {
  readonly stage: string;
  /** Opportunities in this stage now, and their amounts. */
  readonly count: number;
  readonly amount: number;
  /** Opportunities that reached this stage or went further (lost ones left out): the funnel's width. */
  readonly reached: number;
}

export interface FunnelTotals {
  readonly stages: readonly FunnelStageTotal[];
  /** Still open (neither won nor lost): count and amount (the pipeline). */
  readonly openCount: number;
  readonly openAmount: number;
  readonly wonAmount: number;
  /** Won ÷ (won + lost), null before any opportunity has ended. */
  readonly winRate: number | null;
  /** Opportunities whose stage is not one of `FUNNEL_STAGES` (counted nowhere else). */
  readonly unknownStage: number;
}

/**
 * Totals of a sales funnel: per stage the opportunities in it and their amounts, how many reached it (the funnel
 * narrows: reached never grows from one stage to the next), the open pipeline, won amount and win rate.
 * @example funnelTotals([{ stage: '谈判', amount: 50_000, … }, { stage: '成交', amount: 20_000, … }]).stages[0].reached // 2
 */
export function funnelTotals(opportunities: readonly CrmOpportunity[]): FunnelTotals {
  const index = new Map<string, number>(FUNNEL_STAGES.map((s, i) => [s, i]));
  const count = FUNNEL_STAGES.map(() => 0), amount = FUNNEL_STAGES.map(() => 0);
  let unknownStage = 0;
  for (const o of opportunities) {
    const i = index.get(o.stage);
    if (i === undefined) {
      unknownStage++;
      continue;
    }
    count[i]!++;
    amount[i]! += o.amount;
  }
  const won = index.get(WON_STAGE)!, lost = index.get(LOST_STAGE)!;
  const stages = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: count[i]!,
    amount: amount[i]!,
    reached: i === lost ? count[i]! : count.slice(i, lost).reduce((s, n) => s + n, 0),
  }));
  const ended = count[won]! + count[lost]!;
  return {
    stages,
    openCount: count.slice(0, won).reduce((s, n) => s + n, 0),
    openAmount: amount.slice(0, won).reduce((s, n) => s + n, 0),
    wonAmount: amount[won]!,
    winRate: ended === 0 ? null : count[won]! / ended,
    unknownStage,
  };
}
