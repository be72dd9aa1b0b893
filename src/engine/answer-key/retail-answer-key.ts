import { classifyAbc } from '../tiering/abc/classify-abc';
import { valuePerCustomer } from '../tiering/abc/value-per-customer';
import { formatDay } from '../core/dates';
import type { GeneratedDataset } from '../generate/generate-dataset';
import { computeRfm } from '../tiering/rfm/compute-rfm';
import { transactionsFromRecords } from '../core/transactions-from-records';
import type { Transactions } from '../core/types';
import { numericColumn, textColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { RetailAnswerKey } from './types';

const TOP = 10;

/** The retail file's rows as transactions: 会员号, the day of 下单时间, 实付金额 and 订单号 (returns end in -R). */
export function retailTransactions(dataset: GeneratedDataset): Transactions {
  const { table } = dataset;
  const member = textColumn(table, '会员号');
  const time = textColumn(table, '下单时间');
  const amount = numericColumn(table, '实付金额');
  const order = textColumn(table, '订单号');
  return transactionsFromRecords(member.map((customer, i) => ({ customer, date: time[i]!.slice(0, 10), amount: amount[i] ?? Number.NaN, order: order[i]! })));
}

/**
 * The answer key of a retail transactions file: RFM with the eight textbook segments (cn8), 5 bins, the
 * rank rule and the default as-of day (the day after the latest row); ABC on each member's net spend
 * (purchases minus returns, A below 70 %, B below 90 %); and the 10 members with the largest net spend.
 * The same numbers as `crm rfm` and `crm abc` on the file.
 *
 * Source: docs/contracts.md §5 (RFM after Hughes 1994 and the Chinese textbooks' eight segments; ABC after the Pareto principle).
 * @throws EngineError `missing-column` when the table is not a retail file; as `computeRfm` and `classifyAbc`.
 * @example retailAnswerKey(generateVariant('retail', '2023123456')).top[0].class // 'A'
 */
export function retailAnswerKey(dataset: GeneratedDataset): RetailAnswerKey {
  const tx = retailTransactions(dataset);
  const rfm = computeRfm(tx, { bins: 5, method: 'rank', segments: 'cn8' });
  const abc = classifyAbc(valuePerCustomer(tx));
  const byCustomer = new Map(rfm.customers.map((c) => [c.customer, c]));
  const top = abc.customers.slice(0, TOP).map(({ rank, customer, value, share, cumulative, class: klass }) => {
    const r = byCustomer.get(customer);
    return {
      rank, customer, value, share, cumulative, class: klass,
      recency: r?.recency ?? null, frequency: r?.frequency ?? null, monetary: r?.monetary ?? null, code: r?.code ?? null, segment: r?.segment ?? null,
    };
  });
  const asof = formatDay(rfm.asOf);
  const method = [
    `RFM：分析日期 ${asof}（最后一笔交易的次日），R、F、M 各按排名法分 5 档（得分 = 1 + ⌊5 × 比该客户差的客户数 ÷ 客户数⌋），高于全体平均分为“高”，按八类客户模型分群；订单号相同的多行算一次购买，退货（负数金额）不算购买，但计入消费金额。`,
    'ABC：每位会员的净消费额（购买减退货）从高到低排序，排在前面的会员累计占比低于 70% 的为 A 类，低于 90% 的为 B 类，其余为 C 类。',
    `与命令行一致：npm run --silent crm -- rfm ${dataset.file} 以及 crm abc ${dataset.file}。`,
  ];
  return {
    ...answerKeyHeader(dataset, method, [...rfm.warnings]),
    kind: 'retail',
    asof,
    rfm: { bins: rfm.bins, method: 'rank', segmentModel: 'cn8', customers: rfm.customers.length, meanScores: rfm.meanScores, segments: rfm.segments },
    abc: { a: abc.a, b: abc.b, summary: abc.summary },
    top,
  };
}
