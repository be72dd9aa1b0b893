import { bgNbdPAlive, type BgNbdParams } from '~/engine/models/bgnbd';
import { cohortRetention, repurchaseRate, winBackPriority, type CohortPeriod, type WinBackCandidate, type WinBackOptions } from '~/engine/loyalty';
import {
  churnCost,
  churnRate,
  constantRetentionProjection,
  mixtureRetention,
  pooledCohortRetention,
  retentionFromSurvivors,
  retentionRate,
  type RetentionSegment,
} from '~/engine/loyalty';
import { fitSbg, sbgProject, sbgRetention } from '~/engine/models/sbg';
import { shareOfWallet } from '~/engine/loyalty/share-of-wallet';
import { transactionsFromRecords, type TransactionRecord } from '~/engine/core/transactions-from-records';
import { handler, type ExampleHandler } from './handler';

const isoDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** Transactions with `occasions` purchase days for each customer of each group (one day apart, 10 元 each). */
function transactionsFromOccasions(groups: readonly { occasions: number; customers: number }[]) {
  const records: TransactionRecord[] = [];
  for (const { occasions, customers } of groups) {
    for (let c = 0; c < customers; c++) {
      for (let k = 0; k < occasions; k++) records.push({ customer: `${occasions}次-${c}`, date: isoDay(2024, 1, 1 + k), amount: 10 });
    }
  }
  return transactionsFromRecords(records);
}

/** Transactions whose monthly cohort table is the given one: member i of a cohort buys in month k when i < active[k]. */
function transactionsFromCohorts(cohorts: readonly { cohort: string; size: number; active: readonly number[] }[]) {
  const records: TransactionRecord[] = [];
  for (const { cohort, size, active } of cohorts) {
    const [year, month] = cohort.split('-').map(Number) as [number, number];
    if (active[0] !== size) throw new Error(`cohort ${cohort}: active[0] must be the size`);
    active.forEach((count, k) => {
      for (let i = 0; i < count; i++) records.push({ customer: `${cohort}-${i}`, date: isoDay(year, month + k, 1), amount: 10 });
    });
  }
  return transactionsFromRecords(records);
}

/** Loyalty, retention and win-back: chapters 9 and 10. */
export const LOYALTY_HANDLERS: Readonly<Record<string, ExampleHandler>> = {
  'repeat-purchase-rate': handler((input: { customersByOccasions: { occasions: number; customers: number }[] }) =>
    // No order column: an occasion is a purchase day.
    repurchaseRate(transactionsFromOccasions(input.customersByOccasions), { by: 'day' }),
  ),

  'retention-rate': handler((input: { startCustomers: number; stillActive: number }) => retentionRate({ startCustomers: input.startCustomers, retained: input.stillActive })),

  'cohort-retention': handler((input: { period: CohortPeriod; cohorts: { cohort: string; size: number; active: number[] }[] }) => {
    const table = cohortRetention(transactionsFromCohorts(input.cohorts), { period: input.period });
    return {
      cohorts: table.cohorts.map((c) => c.cohort),
      share: table.cohorts.map((c) => c.share),
      weightedShare: pooledCohortRetention(table.cohorts).share,
      periodOverPeriod: Object.fromEntries(table.cohorts.map((c) => [c.cohort, retentionFromSurvivors(c.active)])),
    };
  }),

  'share-of-wallet': handler((input: { categorySpend: number; ourSpend: number }) => ({ share: shareOfWallet(input) })),

  'churn-rate': handler((input: { startCustomers: number; lost: number }) => churnRate(input)),

  'churn-cost': handler((input: { lost: number; marginPerYear: number; acquisitionCost: number }) => churnCost(input)),

  'mixture-retention': handler((input: { segments: RetentionSegment[]; years: number }) => mixtureRetention(input.segments, input.years)),

  'retention-from-survivors': handler((input: { survivors: number[] }) => ({ retention: retentionFromSurvivors(input.survivors) })),

  // The fixtures list survivors from the end of year 1; the engine starts with n0 at year 0.
  'constant-retention-projection': handler((input: { n0: number; retention: number; years: number }) => ({
    survivors: constantRetentionProjection(input.n0, input.retention, input.years).slice(1),
  })),

  'sbg-projection': handler((input: { alpha: number; beta: number; n0: number; periods: number }) => ({
    retention: Array.from({ length: input.periods }, (_, i) => sbgRetention(input.alpha, input.beta, i + 1)),
    survivors: sbgProject(input.alpha, input.beta, input.n0, input.periods).slice(1),
  })),

  'sbg-fit': handler((input: { survivors: number[] }) => fitSbg(input.survivors)),

  'bgnbd-p-alive': handler((input: { params: BgNbdParams; x: number; t_x: number; T: number }) => ({ pAlive: bgNbdPAlive(input.params, input.x, input.t_x, input.T) })),

  'win-back-priority': handler((input: { candidates: WinBackCandidate[] } & WinBackOptions) => {
    const entries = winBackPriority(input.candidates, { activeFrom: input.activeFrom, lostBelow: input.lostBelow, score: input.score });
    const inBand = (band: string) => entries.filter((e) => e.band === band).map((e) => e.customer);
    return { winBackList: inBand('win-back'), scores: Object.fromEntries(entries.map((e) => [e.customer, e.score])), active: inBand('active'), lost: inBand('lost') };
  }),
};
