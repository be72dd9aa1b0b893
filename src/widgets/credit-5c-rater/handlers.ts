// The batch rating, run in its worker on the applications the picker loaded. Glue only: every number comes from the engine.
import { DEFAULT_CREDIT_WEIGHTS, type CreditBand, type CreditScores } from '../../engine/information/credit/credit-5c';
import { creditGradeDistribution, type CreditApplication, type CreditGradeDistribution } from '../../engine/information/credit/credit-grade-distribution';
import { creditRiskRanking, type CreditRiskRanking } from '../../engine/information/credit/credit-risk-ranking';
import { creditScoreSeparation, type CreditScoreSeparation } from '../../engine/information/credit/credit-score-separation';
import { parseDefaultFlag } from '../../engine/information/credit/credit-default-flag';
import { EngineError } from '../../engine/core/errors';
import type { HostContext } from '../shared/dataset-picker/host';

export interface BatchArgs {
  readonly weights: CreditScores;
  readonly bands: readonly CreditBand[];
}

export interface BatchSide {
  readonly distribution: CreditGradeDistribution;
  readonly ranking: CreditRiskRanking;
  readonly separation: CreditScoreSeparation;
}

export interface BatchView {
  readonly applications: number;
  /** Applications whose outcome cell could not be read as 是/否 (or the file has no such column). */
  readonly unknownOutcomes: number;
  readonly hasOutcomes: boolean;
  /** Defaults / known outcomes over the whole file. */
  readonly overallDefaultRate: number | null;
  /** With the weights and bands being tried. */
  readonly current: BatchSide;
  /** Equal weights (0.2 each) with the same bands: what the weights change. */
  readonly baseline: BatchSide;
}

const APPLICATIONS = 'credit:applications';
const KEYS = ['character', 'capacity', 'capital', 'collateral', 'conditions'] as const;

function applications(ctx: HostContext): CreditApplication[] {
  const cached = ctx.memo.get(APPLICATIONS) as CreditApplication[] | undefined;
  if (cached) return cached;
  const table = ctx.dataset?.table;
  if (!table) throw new EngineError('no-dataset', '还没有申请数据，请先选择数据(no applications loaded)');
  const columns = KEYS.map((k) => table.columns[k] as Float64Array);
  const outcome = table.columns.defaulted as readonly string[] | null;
  const out: CreditApplication[] = Array.from({ length: table.length }, (_, i) => ({
    scores: { character: columns[0]![i]!, capacity: columns[1]![i]!, capital: columns[2]![i]!, collateral: columns[3]![i]!, conditions: columns[4]![i]! },
    defaulted: outcome ? parseDefaultFlag(outcome[i]) : null,
  }));
  ctx.memo.set(APPLICATIONS, out);
  return out;
}

function side(list: readonly CreditApplication[], weights: CreditScores, bands: readonly CreditBand[]): BatchSide {
  const distribution = creditGradeDistribution(list, { weights, bands });
  return { distribution, ranking: creditRiskRanking(distribution.grades), separation: creditScoreSeparation(list, { weights, bands }) };
}

export const creditHandlers = {
  rate(ctx: HostContext, args: BatchArgs): BatchView {
    const list = applications(ctx);
    const known = list.filter((a) => a.defaulted !== null);
    const defaults = known.filter((a) => a.defaulted).length;
    return {
      applications: list.length,
      unknownOutcomes: list.length - known.length,
      hasOutcomes: known.length > 0,
      overallDefaultRate: known.length > 0 ? defaults / known.length : null,
      current: side(list, args.weights, args.bands),
      baseline: side(list, DEFAULT_CREDIT_WEIGHTS, args.bands),
    };
  },
};
