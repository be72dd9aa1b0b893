import { classifyAbc } from '../tiering/abc/classify-abc';
import type { GeneratedDataset } from '../generate/generate-dataset';
import { customerProfitability } from '../selection/profitability/customer-profitability';
import type { ProfitabilityVerdict } from '../selection/profitability/types';
import { profitabilityInputsFromColumns } from '../selection/profitability/profitability-inputs';
import { generatedColumn, numericColumn, textColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { LogisticsAnswerKey } from './types';

/** Chinese names of the three verdicts, as the answer key and the `profit` command print them. */
export const VERDICT_NAMES: Readonly<Record<ProfitabilityVerdict, string>> = Object.freeze({ good: '好客户', watch: '需关注', bad: '坏客户' });

const REVENUE = '年营收(万元)';
const SERVICE_COST = '服务成本(万元)';

/**
 * The answer key of a logistics customer file: ABC on yearly revenue (万元, as in the file; A below 70 %,
 * B below 90 %), and each customer's profitability verdict with its reasons (`customerProfitability` with
 * the default thresholds: profit = revenue × margin − cost to serve − expected bad debt, amounts in 元).
 * The same numbers as `crm abc <file> --amount 年营收(万元)` and `crm profit <file>`.
 *
 * Source: ABC (docs/contracts.md §5); cost-to-serve profitability after Kaplan & Cooper (1998), the 好客户/坏客户 rules of chapter 3.
 * @throws EngineError `missing-column` when the table is not a logistics file; as `classifyAbc` and `customerProfitability`.
 * @example logisticsAnswerKey(generateDataset('logistics')).profitability.counts // { good: …, watch: …, bad: … }
 */
export function logisticsAnswerKey(dataset: GeneratedDataset): LogisticsAnswerKey {
  const { table } = dataset;
  const ids = textColumn(table, '客户编号');
  const names = textColumn(table, '客户名称');
  const revenue = numericColumn(table, REVENUE);
  const nameOf = new Map(ids.map((id, i) => [id, names[i]!]));
  const abc = classifyAbc(ids.map((customer, i) => ({ customer, value: revenue[i] ?? Number.NaN })));

  const read = profitabilityInputsFromColumns({
    length: table.rows,
    columns: {
      customer: ids,
      name: names,
      revenue,
      marginRate: generatedColumn(table, '毛利率'),
      serviceCost: generatedColumn(table, SERVICE_COST),
      paymentDays: generatedColumn(table, '平均回款天数'),
      growth: generatedColumn(table, '年增长率'),
      strategicFit: generatedColumn(table, '与定位匹配度'),
    },
    mapping: { revenue: REVENUE, serviceCost: SERVICE_COST },
  });
  const verdicts = customerProfitability(read.inputs);
  const counts = { good: 0, watch: 0, bad: 0 };
  for (const v of verdicts) counts[v.verdict]++;
  const warnings = read.issues.map((issue) => `客户 ${issue.customer || '（无编号）'} 的“${issue.column}”：${issue.message}，未计入盈利分析`);
  const method = [
    `ABC：按“${REVENUE}”从高到低排序，排在前面的客户累计占比低于 70% 的为 A 类，低于 90% 的为 B 类，其余为 C 类。`,
    '盈利能力：客户利润 = 年营收 × 毛利率 − 服务成本 − 预期坏账（金额换算为元）；预期坏账 = 年营收 × 回款天数/365 × 违约概率（约定账期 30 天内 1%，每晚 30 天加 5%，最高 50%）。亏损或回款超过 90 天为坏客户；回款晚于 30 天、利润率低于 5%、服务成本超过毛利一半、营收下降 10% 以上或与定位匹配度低于 0.4 为需关注；其余为好客户。',
    `与命令行一致：crm abc ${dataset.file} --amount ${REVENUE} 以及 crm profit ${dataset.file}。`,
  ];
  return {
    ...answerKeyHeader(dataset, method, warnings),
    kind: 'logistics',
    abc: {
      a: abc.a,
      b: abc.b,
      summary: abc.summary,
      customers: abc.customers.map(({ rank, customer, value, share, cumulative, class: klass }) => ({ rank, customer, name: nameOf.get(customer) ?? '', value, share, cumulative, class: klass })),
    },
    profitability: {
      counts,
      customers: verdicts.map((v) => ({
        customer: v.customer,
        name: read.names[v.customer] ?? '',
        revenue: v.revenue,
        profit: v.profit,
        profitMargin: v.profitMargin,
        rankByRevenue: v.rankByRevenue,
        rankByProfit: v.rankByProfit,
        verdict: v.verdict,
        verdictName: VERDICT_NAMES[v.verdict],
        reasons: v.reasons,
      })),
    },
  };
}
