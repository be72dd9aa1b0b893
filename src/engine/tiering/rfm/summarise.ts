import type { RfmCustomer, RfmSegmentDefinition, RfmSegmentModel, RfmSegmentSummary } from './types';
import { EngineError } from '../../core/errors';
import { rfmSegmentTable } from './segment-table';

type Scored = Pick<RfmCustomer, 'segmentKey' | 'recency' | 'frequency' | 'monetary'>;

/**
 * One row per segment of the model, in the model's order, empty segments included: customers,
 * orders (sum of frequency), revenue (sum of monetary), their shares of all customers and all
 * revenue, and the segment's mean recency, frequency and monetary (null when the segment is empty).
 *
 * Source: the segment table of the R package `rfm`'s introduction (customers / orders / revenue).
 * @throws EngineError `unknown-segment` when a customer's segmentKey is not in the model.
 * @example
 * summariseRfmSegments([{ segmentKey: 'Lost', recency: 300, frequency: 1, monetary: 40 }], 'rfm10')
 *   .find((s) => s.segmentKey === 'Lost') // { customers: 1, orders: 1, revenue: 40, customerShare: 1, … }
 */
export function summariseRfmSegments(
  customers: readonly Scored[],
  model: RfmSegmentModel | readonly RfmSegmentDefinition[],
): RfmSegmentSummary[] {
  const table = typeof model === 'string' ? rfmSegmentTable(model) : model;
  const slot = new Map(table.map((segment, i) => [segment.key, i]));
  const count = new Float64Array(table.length);
  const orders = new Float64Array(table.length);
  const revenue = new Float64Array(table.length);
  const recency = new Float64Array(table.length);
  let totalRevenue = 0;
  for (const c of customers) {
    const i = slot.get(c.segmentKey);
    if (i === undefined) {
      throw new EngineError('unknown-segment', `未知的客户分群 ${c.segmentKey}(unknown segment ${c.segmentKey})`, { segmentKey: c.segmentKey });
    }
    count[i]! += 1;
    orders[i]! += c.frequency;
    revenue[i]! += c.monetary;
    recency[i]! += c.recency;
    totalRevenue += c.monetary;
  }
  const total = customers.length;
  return table.map((segment, i) => {
    const n = count[i]!;
    return {
      segment: segment.name,
      segmentKey: segment.key,
      customers: n,
      orders: orders[i]!,
      revenue: revenue[i]!,
      customerShare: total > 0 ? n / total : null,
      revenueShare: totalRevenue !== 0 ? revenue[i]! / totalRevenue : null,
      meanRecency: n > 0 ? recency[i]! / n : null,
      meanFrequency: n > 0 ? orders[i]! / n : null,
      meanMonetary: n > 0 ? revenue[i]! / n : null,
    };
  });
}
