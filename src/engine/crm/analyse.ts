import { classifyAbc } from '../tiering/abc/classify-abc';
import { valuePerCustomer } from '../tiering/abc/value-per-customer';
import { computeRfm } from '../tiering/rfm/compute-rfm';
import { transactionsFromRecords } from '../core/transactions-from-records';
import { EngineError } from '../core/errors';
import type { CrmOrder } from './types';
import { ABC_TAG_PREFIX, RFM_TAG_PREFIX } from './segment-tags';

export interface SegmentTagging {
  /** Customer id → the tags the analysis gives (one RFM segment, one ABC class). */
  readonly tags: ReadonlyMap<string, readonly string[]>;
  /** Customers per RFM segment and per ABC class, for the status line and a worksheet. */
  readonly segmentCounts: ReadonlyMap<string, number>;
  readonly classCounts: Readonly<Record<'A' | 'B' | 'C', number>>;
  readonly asOf: string;
  readonly warnings: readonly string[];
}

/**
 * Runs chapter 6's RFM (docs/contracts.md §5: rank rule, 5 bins, the eight-class model, as-of the day after the last order) and
 * ABC (70 % / 90 %, on each customer's net spend) on the CRM's orders, the same engine functions the RFM calculator
 * and the ABC widget use, and turns the results into tags `RFM:重要价值客户` and `ABC:A类`.
 *
 * @throws EngineError `no-orders` when there is no order; the RFM and ABC errors otherwise.
 */
export function segmentTagsFromOrders(orders: readonly CrmOrder[]): SegmentTagging {
  if (orders.length === 0) throw new EngineError('no-orders', '还没有订单，无法做 RFM/ABC 分析：请先导入订单流水(no orders to analyse)');
  const tx = transactionsFromRecords(orders.map((o) => ({ customer: o.customerId, date: o.date.slice(0, 10), amount: o.amount, order: o.id })));
  const rfm = computeRfm(tx);
  const abc = classifyAbc(valuePerCustomer(tx));
  const tags = new Map<string, string[]>();
  const segmentCounts = new Map<string, number>();
  for (const c of rfm.customers) {
    tags.set(c.customer, [`${RFM_TAG_PREFIX}${c.segment}`]);
    segmentCounts.set(c.segment, (segmentCounts.get(c.segment) ?? 0) + 1);
  }
  const classCounts = { A: 0, B: 0, C: 0 };
  for (const c of abc.customers) {
    tags.set(c.customer, [...(tags.get(c.customer) ?? []), `${ABC_TAG_PREFIX}${c.class}类`]);
    classCounts[c.class]++;
  }
  const asOf = new Date(rfm.asOf * 86_400_000).toISOString().slice(0, 10);
  return { tags, segmentCounts, classCounts, asOf, warnings: rfm.warnings };
}
