import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangB, erlangC, erlangCProbabilityOfWaiting, erlangCServiceLevel, erlangCTable } from '~/engine/technology/erlang-c';
import { expectEngineError } from '../../expect-engine-error';

/**
 * docs/contracts.md §5's P(wait) read literally, in log space so that it can be evaluated for large N too:
 * terms A^k/k! for k < N and A^N/N! · N/(N−A), summed with log-sum-exp. An independent route to
 * the same number (no Erlang B recurrence).
 */
function literalProbabilityOfWaiting(a: number, n: number): number {
  const logTerms: number[] = [];
  let logFactorial = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) logFactorial += Math.log(k);
    logTerms.push(k * Math.log(a) - logFactorial);
  }
  const logLast = n * Math.log(a) - (logFactorial + Math.log(n)) + Math.log(n / (n - a));
  const max = Math.max(...logTerms, logLast);
  const sum = logTerms.reduce((s, t) => s + Math.exp(t - max), 0) + Math.exp(logLast - max);
  return Math.exp(logLast - max) / sum;
}

const HELPER = Object.freeze({ calls: 100, interval: 1800, aht: 180, target: 20 });

describe('Erlang C, Call Centre Helper worked example (published; also in pyworkforce tests)', () => {
  // 100 calls in 30 minutes at 180 s: A = 100 × 180 / 1800 = 10 Erlangs.
  it.each([
    [12, 0.4494, 0.6402, 40.4, 1],
    [13, 0.2853, 0.7956, 17.1, 1],
    [14, 0.1741, 0.8884, 7.84, 2],
    [15, 0.102, 0.9415, 3.67, 2],
  ])('%i agents: P(wait) %d, service level %d, ASA %d s', (agents, pWait, sl, asa, asaDigits) => {
    const result = erlangC({ ...HELPER, agents });
    expect(result.intensity).toBe(10);
    expect(result.probabilityOfWaiting).toBeCloseTo(pWait, 4);
    expect(result.serviceLevel).toBeCloseTo(sl, 4);
    expect(result.asa).toBeCloseTo(asa, asaDigits);
    expect(result.occupancy).toBeCloseTo(10 / agents, 12);
    expect(result.requiredAgents).toBe(14);
  });

  it('needs 14 agents for 80 % in 20 s, and 20 staff with 30 % shrinkage', () => {
    const result = erlangC({ ...HELPER, shrinkage: 0.3 });
    expect(result).toMatchObject({ agents: 14, requiredAgents: 14, scheduledStaff: 20, meetsTarget: true, stable: true });
  });

  it('gives the same rows as a table', () => {
    const rows = erlangCTable(HELPER, 12, 15);
    expect(rows.map((r) => r.agents)).toEqual([12, 13, 14, 15]);
    expect(rows.map((r) => Number(r.serviceLevel.toFixed(4)))).toEqual([0.6402, 0.7956, 0.8884, 0.9415]);
    expect(rows.map((r) => r.meetsTarget)).toEqual([false, false, true, true]);
  });
});

describe('Erlang B and C building blocks, by hand', () => {
  it.each([
    [1, 0, 1], // B(0) = 1
    [1, 1, 0.5], // A/(1 + A)
    [2, 2, 0.4], // B(1) = 2/3, B(2) = (4/3)/(2 + 4/3)
    [3, 2, 0.5294117647], // B(1) = 3/4, B(2) = 2.25/4.25 = 9/17
  ])('erlangB(%d, %i) = %d', (a, n, b) => {
    expect(erlangB(a, n)).toBeCloseTo(b, 9);
  });

  it('P(wait) for A = 1, N = 2 is 1/3 and service level with target 0 is 2/3', () => {
    // B = 0.2; C = 2·0.2/(2 − 1·0.8) = 1/3.
    expect(erlangCProbabilityOfWaiting(1, 2)).toBeCloseTo(1 / 3, 12);
    expect(erlangCServiceLevel(1, 2, 0, 60)).toBeCloseTo(2 / 3, 12);
    // target 60 s, aht 60 s: 1 − (1/3)e^(−1)
    expect(erlangCServiceLevel(1, 2, 60, 60)).toBeCloseTo(1 - Math.exp(-1) / 3, 12);
  });

  it('matches the literal formula for small and for large staffing', () => {
    for (const [a, n] of [[10, 12], [0.5, 1], [7.3, 9], [95, 101], [1900, 1950], [1990, 2000]] as const) {
      expect(erlangCProbabilityOfWaiting(a, n)).toBeCloseTo(literalProbabilityOfWaiting(a, n), 10);
    }
  });
});

describe('Erlang C when agents do not cover the traffic (N ≤ A)', () => {
  // Decision: no steady state exists, so report the limit: every call waits, none is answered in time.
  it.each([8, 10])('%i agents for 10 Erlangs: P(wait) 1, service level 0, ASA Infinity, occupancy 1', (agents) => {
    const result = erlangC({ ...HELPER, agents });
    expect(result).toMatchObject({ probabilityOfWaiting: 1, serviceLevel: 0, asa: Number.POSITIVE_INFINITY, occupancy: 1, stable: false, meetsTarget: false });
    expect(result.requiredAgents).toBe(14);
    expect(erlangCProbabilityOfWaiting(10, agents)).toBe(1);
    expect(erlangCServiceLevel(10, agents, 20, 180)).toBe(0);
  });

  it('handles 0 agents', () => {
    expect(erlangC({ ...HELPER, agents: 0 })).toMatchObject({ agents: 0, serviceLevel: 0, probabilityOfWaiting: 1 });
  });
});

describe('Erlang C, large centres', () => {
  it('stays finite and exact at 2,000 agents', () => {
    // 38,000 calls per 30 min at 90 s: A = 1,900 Erlangs.
    const result = erlangC({ calls: 38_000, interval: 1800, aht: 90, target: 20, agents: 2000 });
    expect(result.intensity).toBe(1900);
    expect(Number.isFinite(result.asa)).toBe(true);
    expect(result.probabilityOfWaiting).toBeCloseTo(literalProbabilityOfWaiting(1900, 2000), 10);
    expect(result.serviceLevel).toBeGreaterThan(0.99);
    expect(result.requiredAgents).toBeGreaterThan(1900);
    expect(result.requiredAgents).toBeLessThanOrEqual(2000);
    const before = erlangC({ calls: 38_000, interval: 1800, aht: 90, target: 20, agents: result.requiredAgents - 1 });
    expect(before.serviceLevel).toBeLessThan(0.8);
  });
});

describe('Erlang C, properties', () => {
  const inputArb = fc.record({
    calls: fc.integer({ min: 1, max: 2000 }),
    interval: fc.constantFrom(900, 1800, 3600),
    aht: fc.integer({ min: 30, max: 900 }),
    target: fc.integer({ min: 0, max: 120 }),
    sl: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
  });

  it('service level rises with agents and P(wait) stays in [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 40 }), (input, span) => {
        const a = (input.calls * input.aht) / input.interval;
        const from = Math.max(0, Math.floor(a) - 2);
        const rows = erlangCTable(input, from, from + span);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          expect(row.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
          expect(row.probabilityOfWaiting).toBeLessThanOrEqual(1);
          expect(row.serviceLevel).toBeGreaterThanOrEqual(0);
          expect(row.serviceLevel).toBeLessThanOrEqual(1);
          if (i > 0) {
            expect(row.serviceLevel).toBeGreaterThanOrEqual(rows[i - 1]!.serviceLevel - 1e-12);
            expect(row.probabilityOfWaiting).toBeLessThanOrEqual(rows[i - 1]!.probabilityOfWaiting + 1e-12);
          }
        }
      }),
    );
  });

  it('requiredAgents is the least staffing that meets the target, and staff cover shrinkage', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.6, noNaN: true }), (input, shrinkage) => {
        const result = erlangC({ ...input, shrinkage });
        const n = result.requiredAgents;
        expect(n).toBeGreaterThan(result.intensity);
        expect(erlangCServiceLevel(result.intensity, n, input.target, input.aht)).toBeGreaterThanOrEqual(input.sl - 1e-9);
        expect(erlangCServiceLevel(result.intensity, n - 1, input.target, input.aht)).toBeLessThan(input.sl);
        expect(result.scheduledStaff * (1 - shrinkage)).toBeGreaterThanOrEqual(n - 1e-9);
        expect((result.scheduledStaff - 1) * (1 - shrinkage)).toBeLessThan(n);
      }),
    );
  });
});

describe('Erlang C input checks', () => {
  it.each([
    [{ ...HELPER, calls: 0 }, 'invalid-calls'],
    [{ ...HELPER, interval: -5 }, 'invalid-interval'],
    [{ ...HELPER, aht: 0 }, 'invalid-aht'],
    [{ ...HELPER, target: -1 }, 'invalid-target'],
    [{ ...HELPER, sl: 1 }, 'invalid-service-level'],
    [{ ...HELPER, sl: -0.1 }, 'invalid-service-level'],
    [{ ...HELPER, shrinkage: 1 }, 'invalid-shrinkage'],
    [{ ...HELPER, agents: 3.5 }, 'invalid-agents'],
    [{ ...HELPER, calls: 1e9 }, 'invalid-intensity'],
  ])('%j → %s', (input, code) => {
    expectEngineError(() => erlangC(input), code);
  });

  it('checks the building blocks and the table range', () => {
    expectEngineError(() => erlangB(0, 3), 'invalid-intensity');
    expectEngineError(() => erlangB(2, -1), 'invalid-agents');
    expectEngineError(() => erlangCServiceLevel(2, 3, -1, 60), 'invalid-target');
    expectEngineError(() => erlangCTable(HELPER, 15, 12), 'invalid-agents');
    expectEngineError(() => erlangCTable(HELPER, 0, 20_000), 'invalid-agents');
  });
});
