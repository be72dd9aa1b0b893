import type { RfmMeasures } from './aggregate';

/** `RfmReducer.add`'s order id when each purchase row is an order of its own (no order column, or an empty cell). */
export const OWN_ORDER = -1;

/**
 * `aggregateRfmMeasures` fed one row at a time, holding only per-customer state (last purchase day, distinct
 * purchase orders, the sum of amounts) and one owner per order id: memory grows with customers and orders,
 * not rows (docs/contracts.md §5). Rows must come in file order, with their final day: customers are then
 * numbered in order of first appearance and each customer's amounts summed in the same order as
 * `aggregateRfmMeasures` does, so the measures are exactly the same.
 * @example
 * // Rows (customer, day, amount, order): 0 1 +10 own, 1 2 −5 own, 0 3 +20 order 7, 0 4 +1 order 7, 0 5 −8 own.
 * const r = new RfmReducer(); …; r.measures(['A', 'B'])
 * // lastPurchase [4], frequency [2], monetary [23], latestDay 5, latestPurchase 4, withoutPurchase ['B']
 */
export class RfmReducer {
  /**
   * Per customer id, one record of four numbers (one cache line for a row's work): the sum of amounts, the last
   * purchase day, the distinct purchase orders, and when the customer's first row came (0: none yet).
   */
  private state = new Float64Array(4 * 1024);
  private seen = 0;
  /** False once a customer's first row came after a later id's: then `measures` sorts by first row. */
  private inIdOrder = true;
  private lastNewId = -1;
  /** The customer that bought each order first, + 1 (0: none yet). */
  private orderOwner = new Int32Array(1024);
  /** Rare: an order id under several customers, each (order, customer) pair counted once. */
  private shared: Map<number, Set<number>> | null = null;
  private latestDay = -Infinity;
  private latestPurchase = -Infinity;

  /** One row: customer id (≥ 0), day number, amount, order id (≥ 0, or `OWN_ORDER`). */
  add(customerId: number, day: number, amount: number, orderId: number): void {
    const at = customerId << 2;
    if (at >= this.state.length) this.state = grown(this.state, at + 3);
    const state = this.state;
    if (state[at + 3] === 0) this.firstRow(customerId);
    state[at]! += amount;
    if (day > this.latestDay) this.latestDay = day;
    if (amount <= 0) return;
    if (day > state[at + 1]!) state[at + 1] = day;
    if (day > this.latestPurchase) this.latestPurchase = day;
    if (orderId === OWN_ORDER) state[at + 2]! += 1;
    else this.countOrder(customerId, orderId);
  }

  /**
   * `add` for rows `from..to-1` of columns whose dates are ids into `dayOf` (rows whose day is NaN are skipped):
   * the loop of a block of rows in one place, with the tables in locals.
   */
  addRows(customer: Int32Array, dateId: Int32Array, dayOf: Float64Array, amount: Float64Array, order: Int32Array, from: number, to: number): void {
    let state = this.state;
    let latestDay = this.latestDay;
    let latestPurchase = this.latestPurchase;
    for (let i = from; i < to; i++) {
      const day = dayOf[dateId[i]!]!;
      if (Number.isNaN(day)) continue;
      const c = customer[i]!;
      const at = c << 2;
      if (at >= state.length) state = this.state = grown(state, at + 3);
      if (state[at + 3] === 0) this.firstRow(c);
      const a = amount[i]!;
      state[at]! += a;
      if (day > latestDay) latestDay = day;
      if (a <= 0) continue;
      if (day > state[at + 1]!) state[at + 1] = day;
      if (day > latestPurchase) latestPurchase = day;
      const o = order[i]!;
      if (o === OWN_ORDER) state[at + 2]! += 1;
      else this.countOrder(c, o);
    }
    this.latestDay = latestDay;
    this.latestPurchase = latestPurchase;
  }

  /** The measures so far; `customerIndex` points into `names` (the customer ids' texts). */
  measures(names: readonly string[]): RfmMeasures {
    const state = this.state;
    const ids: number[] = [];
    for (let c = 0; 4 * c < state.length; c++) if (state[4 * c + 3] !== 0) ids.push(c);
    if (!this.inIdOrder) ids.sort((p, q) => state[4 * p + 3]! - state[4 * q + 3]!);
    const scoredIds = ids.filter((c) => state[4 * c + 2]! > 0);
    const withoutPurchase = ids.filter((c) => state[4 * c + 2] === 0).map((c) => names[c]!);
    const n = scoredIds.length;
    const customerIndex = Int32Array.from(scoredIds);
    const lastPurchase = new Int32Array(n);
    const frequency = new Int32Array(n);
    const monetary = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const at = 4 * scoredIds[k]!;
      monetary[k] = state[at]!;
      lastPurchase[k] = state[at + 1]!;
      frequency[k] = state[at + 2]!;
    }
    return { customerIndex, lastPurchase, frequency, monetary, latestDay: this.latestDay, latestPurchase: this.latestPurchase, withoutPurchase };
  }

  /** A purchase of `customerId` in order `orderId`: one more order unless the customer had it already. */
  private countOrder(customerId: number, orderId: number): void {
    if (orderId >= this.orderOwner.length) this.orderOwner = grown(this.orderOwner, orderId);
    const owner = this.orderOwner[orderId]! - 1;
    if (owner === -1) {
      this.orderOwner[orderId] = customerId + 1;
      this.state[(customerId << 2) + 2]! += 1;
    } else if (owner !== customerId) {
      this.shared ??= new Map();
      let customers = this.shared.get(orderId);
      if (customers === undefined) this.shared.set(orderId, (customers = new Set()));
      if (!customers.has(customerId)) {
        customers.add(customerId);
        this.state[(customerId << 2) + 2]! += 1;
      }
    }
  }

  private firstRow(customerId: number): void {
    const at = customerId << 2;
    this.state[at + 1] = -Infinity;
    this.state[at + 3] = ++this.seen;
    if (customerId < this.lastNewId) this.inIdOrder = false;
    this.lastNewId = customerId;
  }
}

/** `data` in an array at least `index + 1` long (doubling), the new entries 0. */
function grown<T extends Int32Array | Float64Array>(data: T, index: number): T {
  let size = data.length * 2;
  while (size <= index) size *= 2;
  const bigger = new (data.constructor as new (n: number) => T)(size);
  bigger.set(data);
  return bigger;
}
