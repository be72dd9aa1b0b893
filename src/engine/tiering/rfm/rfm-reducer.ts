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
  /** Slot of each customer id (-1: not seen); slots number customers in order of first row. */
  private slotOf = new Int32Array(1024).fill(-1);
  private customerOf = new Int32Array(1024);
  private last = new Int32Array(1024);
  private frequency = new Int32Array(1024);
  private monetary = new Float64Array(1024);
  private slots = 0;
  /** The slot that bought each order first (-1: none yet). */
  private orderOwner = new Int32Array(1024).fill(-1);
  /** Rare: an order id under several customers, each (order, slot) pair counted once. */
  private shared: Map<number, Set<number>> | null = null;
  private latestDay = -Infinity;
  private latestPurchase = -Infinity;

  /** One row: customer id (≥ 0), day number, amount, order id (≥ 0, or `OWN_ORDER`). */
  add(customerId: number, day: number, amount: number, orderId: number): void {
    if (customerId >= this.slotOf.length) this.slotOf = grown(this.slotOf, customerId, -1);
    let slot = this.slotOf[customerId]!;
    if (slot < 0) slot = this.newSlot(customerId);
    this.monetary[slot]! += amount;
    if (day > this.latestDay) this.latestDay = day;
    if (amount <= 0) return;
    if (day > this.last[slot]!) this.last[slot] = day;
    if (day > this.latestPurchase) this.latestPurchase = day;
    if (orderId === OWN_ORDER) {
      this.frequency[slot]! += 1;
      return;
    }
    if (orderId >= this.orderOwner.length) this.orderOwner = grown(this.orderOwner, orderId, -1);
    const owner = this.orderOwner[orderId]!;
    if (owner === -1) {
      this.orderOwner[orderId] = slot;
      this.frequency[slot]! += 1;
    } else if (owner !== slot) {
      this.shared ??= new Map();
      let slots = this.shared.get(orderId);
      if (slots === undefined) this.shared.set(orderId, (slots = new Set()));
      if (!slots.has(slot)) {
        slots.add(slot);
        this.frequency[slot]! += 1;
      }
    }
  }

  /** The measures so far; `customerIndex` points into `names` (the customer ids' texts). */
  measures(names: readonly string[]): RfmMeasures {
    let scored = 0;
    const withoutPurchase: string[] = [];
    for (let s = 0; s < this.slots; s++) {
      if (this.frequency[s]! > 0) scored++;
      else withoutPurchase.push(names[this.customerOf[s]!]!);
    }
    const customerIndex = new Int32Array(scored);
    const lastPurchase = new Int32Array(scored);
    const frequency = new Int32Array(scored);
    const monetary = new Float64Array(scored);
    for (let s = 0, k = 0; s < this.slots; s++) {
      if (this.frequency[s]! === 0) continue;
      customerIndex[k] = this.customerOf[s]!;
      lastPurchase[k] = this.last[s]!;
      frequency[k] = this.frequency[s]!;
      monetary[k] = this.monetary[s]!;
      k++;
    }
    return { customerIndex, lastPurchase, frequency, monetary, latestDay: this.latestDay, latestPurchase: this.latestPurchase, withoutPurchase };
  }

  private newSlot(customerId: number): number {
    const slot = this.slots++;
    if (slot === this.customerOf.length) {
      this.customerOf = grown(this.customerOf, slot, 0);
      this.last = grown(this.last, slot, 0);
      this.frequency = grown(this.frequency, slot, 0);
      this.monetary = grown(this.monetary, slot, 0);
    }
    this.slotOf[customerId] = slot;
    this.customerOf[slot] = customerId;
    this.last[slot] = -2147483648;
    return slot;
  }
}

/** `data` in an array at least `index + 1` long (doubling), the new entries set to `fill`. */
function grown<T extends Int32Array | Float64Array>(data: T, index: number, fill: number): T {
  let size = data.length * 2;
  while (size <= index) size *= 2;
  const bigger = new (data.constructor as new (n: number) => T)(size);
  bigger.set(data);
  if (fill !== 0) bigger.fill(fill, data.length);
  return bigger;
}
