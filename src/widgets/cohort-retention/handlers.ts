// The cohort analysis, run in its worker on the dataset the picker loaded. Glue only: every number comes from the engine.
import { EngineError } from '../../engine/core/errors';
import { cohortRetention, repurchaseRate, retentionDrops, type CohortPeriod, type CohortRow, type RepurchaseRate, type RetentionDrops } from '../../engine/loyalty';
import { pooledCohortRetention, type PooledCohortRetention } from '../../engine/loyalty';
import type { HostContext } from '../shared/dataset-picker/host';

export interface CohortArgs {
  readonly period: CohortPeriod;
}

export interface CohortView {
  readonly period: CohortPeriod;
  readonly periods: readonly string[];
  readonly cohorts: readonly CohortRow[];
  readonly customers: number;
  /** The size-weighted curve over all cohorts. */
  readonly pooled: PooledCohortRetention;
  /** Where the weighted curve loses most. */
  readonly drops: RetentionDrops;
  readonly repurchase: RepurchaseRate;
}

export const cohortHandlers = {
  cohorts(ctx: HostContext, args: CohortArgs): CohortView {
    const tx = ctx.dataset?.transactions;
    if (!tx) throw new EngineError('no-dataset', '还没有可分析的交易记录，请先选择数据(no transactions loaded)');
    const table = cohortRetention(tx, { period: args.period });
    if (table.cohorts.length === 0) throw new EngineError('no-purchases', '数据里没有购买记录（金额都不是正数），无法分同期群(no purchases in the data)');
    const pooled = pooledCohortRetention(table.cohorts);
    return {
      period: table.period,
      periods: table.periods,
      cohorts: table.cohorts,
      customers: table.customers,
      pooled,
      drops: retentionDrops(pooled.share),
      repurchase: repurchaseRate(tx),
    };
  },
};
