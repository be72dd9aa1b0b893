import type { TransactionRecord } from '../../core/transactions-from-records';

/** A small set of transactions from a chapter, for step-by-step teaching and for checking hand work. */
export interface RfmTeachingExample {
  readonly id: string;
  /** Chinese title as the chapter names it. */
  readonly title: string;
  /** What the rows are, in one sentence. */
  readonly story: string;
  /** The as-of date the chapter uses (also the default: the day after the latest row). */
  readonly asOf: string;
  readonly bins: number;
  readonly records: readonly TransactionRecord[];
  /** The customer each step's 试一试 asks about (the chapter works these by hand). */
  readonly focus: { readonly measures: string; readonly scores: string; readonly segments: string };
}

const rows: [string, string, number][] = [
  ['C01', '2024-04-06', 320], ['C01', '2024-04-25', 350], ['C01', '2024-05-16', 290], ['C01', '2024-06-07', 380], ['C01', '2024-06-28', 340],
  ['C02', '2024-04-02', 300], ['C02', '2024-04-13', 260], ['C02', '2024-04-24', 310], ['C02', '2024-05-08', 280], ['C02', '2024-05-20', 300],
  ['C03', '2024-05-30', 580], ['C03', '2024-06-25', 680],
  ['C04', '2024-04-03', 450], ['C04', '2024-04-18', 530],
  ['C05', '2024-05-08', 95], ['C05', '2024-05-25', 110], ['C05', '2024-06-12', 120], ['C05', '2024-06-30', 95],
  ['C06', '2024-04-05', 80], ['C06', '2024-04-16', 75], ['C06', '2024-04-28', 85], ['C06', '2024-05-10', 70],
  ['C07', '2024-06-20', 85],
  ['C08', '2024-04-05', 60],
  ['C09', '2024-04-20', 160], ['C09', '2024-05-15', 190], ['C09', '2024-06-10', 170],
  ['C10', '2024-04-09', 220], ['C10', '2024-05-02', 260], ['C10', '2024-05-28', 240], ['C10', '2024-06-05', -80],
];

/**
 * Chapter 6's worked example 鲜邻超市十位会员的 RFM 分级: 31 rows for ten members, April–June 2024, no order
 * column (each purchase row is one order), one return (C10, 2024-06-05, −80 元). As of 2024-07-01 with 5 bins
 * the chapter's table gives C01 555 重要价值客户 … C09 and C10 333 一般挽留客户.
 * Source: content/chapters/06-customer-tiering.mdx; tests/fixtures/chapter-examples/06-customer-tiering.json.
 */
export const RFM_CHAPTER_EXAMPLE: RfmTeachingExample = Object.freeze({
  id: 'ch06-xianlin',
  title: '例题：鲜邻超市十位会员',
  story: '鲜邻超市十位会员 2024 年 4 月至 6 月的消费记录（没有订单号，每一行购买算一笔订单；C10 在 6 月 5 日退货 80 元）。',
  asOf: '2024-07-01',
  bins: 5,
  focus: Object.freeze({ measures: 'C10', scores: 'C05', segments: 'C09' }),
  records: Object.freeze(rows.map(([customer, date, amount]) => Object.freeze({ customer, date, amount }))),
});
