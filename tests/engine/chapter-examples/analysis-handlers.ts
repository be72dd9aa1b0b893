import { classifyAbc } from '~/engine/tiering/abc';
import { associationRuleMetrics } from '~/engine/technology/association-rule';
import { dayFromYmd, formatDay } from '~/engine/core/dates';
import { erlangC, type ErlangCInput } from '~/engine/technology/erlang-c';
import { computeRfm } from '~/engine/tiering/rfm';
import { transactionsFromRecords, type TransactionRecord } from '~/engine/core/transactions-from-records';
import { handler, type ExampleHandler } from './handler';

const erlangFigures = ({ agents, probabilityOfWaiting, serviceLevel, asa, occupancy }: ReturnType<typeof erlangC>) => ({ agents, probabilityOfWaiting, serviceLevel, asa, occupancy });

/** Analyses of data: chapters 2 and 6 (Erlang C, association rules, RFM, ABC). */
export const ANALYSIS_HANDLERS: Readonly<Record<string, ExampleHandler>> = {
  'erlang-c': handler(
    (input: ErlangCInput & { agentsRange?: [number, number] }) => {
      if (input.agentsRange) {
        // The chapter's table: one engine call per row with agents = N (the range is inclusive).
        const [from, to] = input.agentsRange;
        return { rows: Array.from({ length: to - from + 1 }, (_, i) => erlangFigures(erlangC({ ...input, agents: from + i }))) };
      }
      const result = erlangC(input);
      return { ...erlangFigures(result), intensity: result.intensity, requiredAgents: result.requiredAgents, scheduledStaff: result.scheduledStaff };
    },
    // The note: "Compare with a tolerance of 1e-6 (asa 1e-5)".
    { asa: 1e-5 },
  ),

  'association-rule': handler((input: { transactions: number; antecedentCount: number; consequentCount: number; bothCount: number }) =>
    associationRuleMetrics({ transactions: input.transactions, antecedent: input.antecedentCount, consequent: input.consequentCount, both: input.bothCount }),
  ),

  rfm: handler((input: { transactions: TransactionRecord[]; asOf: string; bins: number }) => {
    const [year, month, day] = input.asOf.split('-').map(Number) as [number, number, number];
    // docs/contracts.md §5 as the chapter teaches it: rank scores, the eight-class model.
    const result = computeRfm(transactionsFromRecords(input.transactions), { asOf: dayFromYmd(year, month, day), bins: input.bins, method: 'rank', segments: 'cn8' });
    return {
      asOf: formatDay(result.asOf),
      meanScores: result.meanScores,
      customers: result.customers.map(({ customer, recency, frequency, monetary, r, f, m, code, segment }) => ({ customer, recency, frequency, monetary, r, f, m, code, segment })),
      segments: result.segments.map(({ segment, customers, orders, revenue }) => ({ segment, customers, orders, revenue })),
    };
  }),

  abc: handler((input: { customers: { customer: string; value: number }[]; a: number; b: number }) => {
    const result = classifyAbc(input.customers, { a: input.a, b: input.b });
    return {
      customers: result.customers,
      summary: (['A', 'B', 'C'] as const).map((c) => ({ class: c, customers: result.summary[c].customers, value: result.summary[c].value, share: result.summary[c].valueShare })),
    };
  }),
};
