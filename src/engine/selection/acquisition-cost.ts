import { requireAbove, requireInRange } from '../core/guards';

/** What one acquisition channel cost and brought in. */
export interface AcquisitionChannel {
  readonly channel: string;
  /** Money spent on the channel (元), ≥ 0. */
  readonly cost: number;
  /** New customers it brought, ≥ 0. */
  readonly newCustomers: number;
  /** Share of those new customers who bought again (e.g. within 30 days), 0–1. */
  readonly repeatRate: number;
}

export interface AcquisitionChannelCost extends AcquisitionChannel {
  /** cost / newCustomers; null with no new customer. */
  readonly costPerNewCustomer: number | null;
  /** newCustomers × repeatRate: the customers who stayed. */
  readonly retainedCustomers: number;
  /** cost / retainedCustomers; null when nobody stayed. */
  readonly costPerRetainedCustomer: number | null;
}

export interface AcquisitionCostComparison {
  /** The channels in input order with their costs. */
  readonly channels: AcquisitionChannelCost[];
  /** The channel with the lowest cost per new customer (first on ties); null when none has one. */
  readonly cheapestPerNewCustomer: string | null;
  /** The channel with the lowest cost per retained customer (first on ties); null when none has one. */
  readonly cheapestPerRetainedCustomer: string | null;
}

/**
 * Compares acquisition channels by two costs: the acquisition cost per new customer (获客成本 = spend ÷
 * new customers) and the cost per retained customer (spend ÷ (new customers × repeat rate)). The second
 * is what the chapter teaches to look at: a channel that brings many cheap one-off buyers can be the
 * dearest per customer who stays. A cost with nothing to divide by is null and never the cheapest.
 *
 * Source: customer acquisition cost (CAC) as in Blattberg, R.C., Getz, G. & Thomas, J.S. (2001),
 * Customer Equity (acquisition spending per acquired customer); course chapter 4 (客户的开发, 例题 青柠茶铺).
 * @throws EngineError `invalid-cost`, `invalid-customers` (negative or not finite), `invalid-repeat-rate` (outside 0–1).
 * @example acquisitionCostByChannel([{ channel: '地推', cost: 2400, newCustomers: 200, repeatRate: 0.25 }]).channels[0]
 *   // costPerNewCustomer 12 (2400 / 200), retainedCustomers 50 (200 × 0.25), costPerRetainedCustomer 48 (2400 / 50)
 */
export function acquisitionCostByChannel(channels: readonly AcquisitionChannel[]): AcquisitionCostComparison {
  const rows = channels.map((input) => {
    const cost = requireAbove(input.cost, 0, { code: 'invalid-cost', zh: `${input.channel} 的花费`, en: `the cost of ${input.channel}` }, true);
    const newCustomers = requireAbove(input.newCustomers, 0, { code: 'invalid-customers', zh: `${input.channel} 的新客户数`, en: `new customers of ${input.channel}` }, true);
    const repeatRate = requireInRange(input.repeatRate, 0, 1, { code: 'invalid-repeat-rate', zh: `${input.channel} 的复购率`, en: `the repeat rate of ${input.channel}` });
    const retainedCustomers = newCustomers * repeatRate;
    return {
      channel: input.channel,
      cost,
      newCustomers,
      repeatRate,
      costPerNewCustomer: newCustomers > 0 ? cost / newCustomers : null,
      retainedCustomers,
      costPerRetainedCustomer: retainedCustomers > 0 ? cost / retainedCustomers : null,
    };
  });
  return {
    channels: rows,
    cheapestPerNewCustomer: cheapest(rows, (r) => r.costPerNewCustomer),
    cheapestPerRetainedCustomer: cheapest(rows, (r) => r.costPerRetainedCustomer),
  };
}

function cheapest(rows: readonly AcquisitionChannelCost[], cost: (row: AcquisitionChannelCost) => number | null): string | null {
  let best: AcquisitionChannelCost | null = null;
  for (const row of rows) {
    const value = cost(row);
    if (value !== null && (best === null || value < cost(best)!)) best = row;
  }
  return best?.channel ?? null;
}
