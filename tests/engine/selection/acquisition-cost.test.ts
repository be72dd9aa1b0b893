import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acquisitionCostByChannel } from '~/engine/selection/acquisition-cost';
import { expectEngineError } from '../expect-engine-error';

describe('acquisitionCostByChannel, worked by hand', () => {
  const channels = Object.freeze([
    Object.freeze({ channel: '短视频', cost: 3000, newCustomers: 500, repeatRate: 0.08 }),
    Object.freeze({ channel: '社群', cost: 800, newCustomers: 80, repeatRate: 0.5 }),
    Object.freeze({ channel: '门店', cost: 1200, newCustomers: 200, repeatRate: 0.2 }),
  ]);

  it('costs per new and per retained customer', () => {
    // 3000/500 = 6, 500·0.08 = 40, 3000/40 = 75; 800/80 = 10, 40, 800/40 = 20; 1200/200 = 6, 40, 1200/40 = 30.
    const result = acquisitionCostByChannel(channels);
    expect(result.channels.map((c) => [c.costPerNewCustomer, c.retainedCustomers, c.costPerRetainedCustomer])).toEqual([
      [6, 40, 75],
      [10, 40, 20],
      [6, 40, 30],
    ]);
    // 短视频 and 门店 tie at 6 per new customer: the first listed wins.
    expect(result.cheapestPerNewCustomer).toBe('短视频');
    expect(result.cheapestPerRetainedCustomer).toBe('社群');
  });

  it('leaves costs with nothing to divide by null, and never cheapest', () => {
    const result = acquisitionCostByChannel([
      { channel: '试投', cost: 500, newCustomers: 0, repeatRate: 0.3 },
      { channel: '特价', cost: 500, newCustomers: 100, repeatRate: 0 },
    ]);
    expect(result.channels[0]).toMatchObject({ costPerNewCustomer: null, retainedCustomers: 0, costPerRetainedCustomer: null });
    expect(result.channels[1]).toMatchObject({ costPerNewCustomer: 5, retainedCustomers: 0, costPerRetainedCustomer: null });
    expect(result.cheapestPerNewCustomer).toBe('特价');
    expect(result.cheapestPerRetainedCustomer).toBeNull();
    expect(acquisitionCostByChannel([])).toEqual({ channels: [], cheapestPerNewCustomer: null, cheapestPerRetainedCustomer: null });
  });

  it('rejects impossible inputs', () => {
    expectEngineError(() => acquisitionCostByChannel([{ channel: 'x', cost: -1, newCustomers: 1, repeatRate: 0 }]), 'invalid-cost');
    expectEngineError(() => acquisitionCostByChannel([{ channel: 'x', cost: 1, newCustomers: Number.NaN, repeatRate: 0 }]), 'invalid-customers');
    expectEngineError(() => acquisitionCostByChannel([{ channel: 'x', cost: 1, newCustomers: 1, repeatRate: 1.5 }]), 'invalid-repeat-rate');
  });
});

describe('acquisitionCostByChannel, properties', () => {
  const channel = fc.record({
    channel: fc.string({ minLength: 1, maxLength: 4 }),
    cost: fc.integer({ min: 0, max: 100_000 }),
    newCustomers: fc.integer({ min: 1, max: 10_000 }),
    repeatRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  });

  it('a retained customer never costs less than a new one, and cost per retained = cost per new ÷ repeat rate', () => {
    fc.assert(
      fc.property(fc.uniqueArray(channel, { minLength: 1, maxLength: 6, selector: (c) => c.channel }), (input) => {
        const result = acquisitionCostByChannel(input);
        result.channels.forEach((c) => {
          expect(c.costPerRetainedCustomer!).toBeGreaterThanOrEqual(c.costPerNewCustomer! * (1 - 1e-12));
          expect(c.costPerRetainedCustomer!).toBeCloseTo(c.costPerNewCustomer! / c.repeatRate, 6);
        });
        const lowest = Math.min(...result.channels.map((c) => c.costPerNewCustomer!));
        expect(result.channels.find((c) => c.channel === result.cheapestPerNewCustomer)!.costPerNewCustomer).toBe(lowest);
      }),
    );
  });
});
