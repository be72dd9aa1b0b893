import { acquisitionCostByChannel, type AcquisitionChannel } from '~/engine/selection/acquisition-cost';
import { customerLifetimeValue, type ClvInput } from '~/engine/tiering/clv';
import { DEFAULT_CREDIT_BANDS, rateCredit5c, type CreditScores } from '~/engine/information/credit/credit-5c';
import { customerProfitability } from '~/engine/selection/profitability';
import { weightedScorecard, type ScorecardCriterion, type ScorecardThresholds } from '~/engine/selection/weighted-scorecard';
import { handler, type ExampleHandler } from './handler';

/** Customer value: chapters 1, 3, 4, 5, 6 and 10 (CLV, profitability, scorecard, acquisition cost, 5C credit). */
export const VALUE_HANDLERS: Readonly<Record<string, ExampleHandler>> = {
  clv: handler((input: ClvInput) => {
    const result = customerLifetimeValue(input);
    // perYear in the fixtures is each year's discounted margin m·r^(t−1)/(1+d)^t.
    return { clv: result.clv, perYear: result.perYear.map((year) => year.presentValue) };
  }),

  profitability: handler((input: { revenue: number; margin: number; costToServe: number; badDebtRate: number; paymentDays?: number }) => {
    const [row] = customerProfitability([
      {
        customer: '例题客户',
        revenue: input.revenue,
        marginRate: input.margin,
        serviceCost: input.costToServe,
        // The chapter gives the bad-debt rate; payment days only feed the verdict rules, which the example does not check.
        paymentDays: input.paymentDays ?? 30,
        badDebtRate: input.badDebtRate,
      },
    ]);
    return { grossProfit: row!.grossMargin, expectedBadDebt: row!.expectedBadDebt, profit: row!.profit };
  }),

  'weighted-score': handler((input: { criteria: ScorecardCriterion[]; thresholds: ScorecardThresholds }) => weightedScorecard(input.criteria, input.thresholds)),

  'acquisition-cost': handler((input: { channels: AcquisitionChannel[] }) => acquisitionCostByChannel(input.channels)),

  'credit-5c': handler((input: { weights: CreditScores; bands: { grade: string; min: number }[]; customers: { customer: string; scores: CreditScores }[] }) => {
    // The example gives grades and their lower bounds only; the credit policy of each band does not enter the score.
    const bands = input.bands.map(({ grade, min }) => ({ limitFactor: 0, termDays: 0, advice: '', ...DEFAULT_CREDIT_BANDS.find((b) => b.grade === grade), grade, min }));
    return {
      customers: input.customers.map(({ customer, scores }) => {
        const rating = rateCredit5c(scores, { weights: input.weights, bands });
        return { customer, weighted: Object.fromEntries(rating.factors.map((f) => [f.key, f.weighted])), score: rating.score, grade: rating.grade };
      }),
    };
  }),
};
