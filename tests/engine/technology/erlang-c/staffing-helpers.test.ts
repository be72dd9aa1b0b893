import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangC, erlangCAroundRequired, poolingEffect, staffIntervals, type StaffingInterval } from '~/engine/technology/erlang-c';
import { expectEngineError } from '../../expect-engine-error';

// Chapter 2's worked example: 100 calls in 30 minutes, 180 s, 80 % within 20 s, 30 % shrinkage.
const CHAPTER = Object.freeze({ calls: 100, interval: 1800, aht: 180, target: 20, sl: 0.8, shrinkage: 0.3 });
const TARGETS = Object.freeze({ interval: 1800, target: 20, sl: 0.8, shrinkage: 0.3 });

describe('erlangCAroundRequired: the chapter’s table', () => {
  it('lists 11 to 16 agents around the required 14, with the chapter’s printed figures', () => {
    const { result, rows } = erlangCAroundRequired(CHAPTER);
    expect(result).toMatchObject({ intensity: 10, requiredAgents: 14, scheduledStaff: 20 });
    expect(rows.map((r) => r.agents)).toEqual([11, 12, 13, 14, 15, 16]);
    // The chapter's table (worked with Python fractions by the chapter's author, see
    // tests/fixtures/chapter-examples/02-crm-technology.json), rounded as printed: P(wait) %, SL %, ASA s, occupancy %.
    const printed = rows.map((r) => [(r.probabilityOfWaiting * 100).toFixed(1), (r.serviceLevel * 100).toFixed(1), r.asa.toFixed(1), (r.occupancy * 100).toFixed(1)]);
    expect(printed).toEqual([
      ['68.2', '39.0', '122.8', '90.9'],
      ['44.9', '64.0', '40.4', '83.3'],
      ['28.5', '79.6', '17.1', '76.9'],
      ['17.4', '88.8', '7.8', '71.4'],
      ['10.2', '94.1', '3.7', '66.7'],
      ['5.7', '97.1', '1.7', '62.5'],
    ]);
    expect(rows.map((r) => r.meetsTarget)).toEqual([false, false, false, true, true, true]);
  });

  it('starts at 1 agent at the least, and keeps rows that cannot settle (N ≤ A)', () => {
    // 10 calls of 180 s in 30 min: A = 1; required 3 (2 agents: P(wait) 1/3, SL = 1 − e^(−20/180)/3 = 0.701 < 0.8 by hand).
    const { result, rows } = erlangCAroundRequired({ ...CHAPTER, calls: 10 }, { below: 5, above: 1 });
    expect(result.requiredAgents).toBe(3);
    expect(rows.map((r) => r.agents)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({ stable: false, serviceLevel: 0, probabilityOfWaiting: 1 });
    expect(rows[1]!.serviceLevel).toBeCloseTo(1 - Math.exp(-20 / 180) / 3, 12);
  });

  it('checks the row counts', () => {
    expectEngineError(() => erlangCAroundRequired(CHAPTER, { below: -1 }), 'invalid-agents');
    expectEngineError(() => erlangCAroundRequired(CHAPTER, { above: 2.5 }), 'invalid-agents');
    expectEngineError(() => erlangCAroundRequired({ ...CHAPTER, aht: 0 }), 'invalid-aht');
  });
});

describe('poolingEffect: 来电翻倍', () => {
  it('reproduces the chapter: 100 → 200 calls needs 14 → 24 agents (not 28), 20 → 35 staff, occupancy 71.4 % → 83.3 %', () => {
    const effect = poolingEffect(Object.freeze({ ...CHAPTER }));
    expect(effect.base).toMatchObject({ calls: 100, intensity: 10, requiredAgents: 14, scheduledStaff: 20 });
    // 24 / 0.7 = 34.29 → 35 (the chapter, by hand); occupancies 10/14 and 20/24.
    expect(effect.scaled).toMatchObject({ calls: 200, intensity: 20, requiredAgents: 24, scheduledStaff: 35 });
    expect(effect.base.occupancy).toBeCloseTo(10 / 14, 12);
    expect(effect.scaled.occupancy).toBeCloseTo(20 / 24, 12);
    expect(effect).toMatchObject({ factor: 2, proportionalAgents: 28, agentsSaved: 4 });
    expect(effect.base.callsPerAgent).toBeCloseTo(100 / 14, 12);
    expect(effect.scaled.callsPerAgent).toBeCloseTo(200 / 24, 12);
  });

  it('takes other factors and checks them', () => {
    expect(poolingEffect(CHAPTER, 1).agentsSaved).toBe(0);
    expectEngineError(() => poolingEffect(CHAPTER, 0), 'invalid-factor');
  });

  it('a pool k times as large never needs more than k times the agents (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 800 }),
        fc.integer({ min: 60, max: 600 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom(0.7, 0.8, 0.9),
        (calls, aht, factor, sl) => {
          const effect = poolingEffect({ calls, interval: 1800, aht, target: 20, sl }, factor);
          expect(effect.scaled.requiredAgents).toBeLessThanOrEqual(effect.proportionalAgents);
          expect(effect.scaled.requiredAgents).toBeGreaterThanOrEqual(effect.base.requiredAgents);
          expect(effect.agentsSaved).toBe(effect.proportionalAgents - effect.scaled.requiredAgents);
        },
      ),
    );
  });
});

describe('staffIntervals: a day’s staffing curve', () => {
  const slot = (s: string, calls: number, aht: number): StaffingInterval => Object.freeze({ slot: s, calls, aht });

  it('staffs each interval like the chapter’s example and marks the peak (by hand / the chapter)', () => {
    const plan = staffIntervals(Object.freeze([slot('09:30', 0, 0), slot('10:00', 100, 180), slot('10:30', 200, 180), slot('11:00', 100, 180)]), TARGETS);
    expect(plan.intervals.map((r) => [r.requiredAgents, r.scheduledStaff])).toEqual([[0, 0], [14, 20], [24, 35], [14, 20]]);
    expect(plan.intervals[0]).toMatchObject({ intensity: 0, serviceLevel: null, occupancy: null, problem: null });
    expect(plan.intervals[1]!.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(plan).toMatchObject({ peakIndex: 2, totalCalls: 400, agentIntervals: 52, staffIntervals: 75, problems: 0 });
  });

  it('keeps the first of equal peaks', () => {
    expect(staffIntervals([slot('a', 100, 180), slot('b', 100, 180)], TARGETS).peakIndex).toBe(0);
  });

  it('sets aside an interval it cannot staff and still plans the others', () => {
    const plan = staffIntervals([slot('a', 100, 0), slot('b', -3, 180), slot('c', Number.NaN, 180), slot('d', 100, 180)], TARGETS);
    expect(plan.intervals.map((r) => r.requiredAgents)).toEqual([null, null, null, 14]);
    expect(plan.intervals[0]!.problem).toBe('平均处理时长“0”必须大于 0');
    expect(plan.intervals[1]!.problem).toBe('来电量“-3”必须是不小于 0 的数字');
    expect(plan).toMatchObject({ peakIndex: 3, totalCalls: 100, agentIntervals: 14, problems: 3 });
    expect(staffIntervals([slot('a', 1, 0)], TARGETS)).toMatchObject({ peakIndex: null, problems: 1 });
    expect(staffIntervals([], TARGETS)).toMatchObject({ peakIndex: null, totalCalls: 0, agentIntervals: 0 });
  });

  it('checks the targets even for an empty day', () => {
    expectEngineError(() => staffIntervals([], { ...TARGETS, sl: 1 }), 'invalid-service-level');
    expectEngineError(() => staffIntervals([], { ...TARGETS, shrinkage: -0.1 }), 'invalid-shrinkage');
    expectEngineError(() => staffIntervals([], { ...TARGETS, interval: 0 }), 'invalid-interval');
  });

  it('agrees with erlangC row by row; the peak needs the most agents; totals add up (property)', () => {
    const day = fc.array(fc.record({ slot: fc.string({ maxLength: 5 }), calls: fc.integer({ min: 0, max: 400 }), aht: fc.integer({ min: 30, max: 600 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(day, (rows) => {
        const plan = staffIntervals(rows, TARGETS);
        let sum = 0;
        plan.intervals.forEach((r, i) => {
          const expected = rows[i]!.calls === 0 ? 0 : erlangC({ ...TARGETS, calls: rows[i]!.calls, aht: rows[i]!.aht }).requiredAgents;
          expect(r.requiredAgents).toBe(expected);
          sum += expected;
        });
        expect(plan.agentIntervals).toBe(sum);
        expect(plan.totalCalls).toBe(rows.reduce((s, r) => s + r.calls, 0));
        if (rows.length > 0) {
          const max = Math.max(...plan.intervals.map((r) => r.requiredAgents!));
          expect(plan.intervals[plan.peakIndex!]!.requiredAgents).toBe(max);
          expect(plan.intervals.findIndex((r) => r.requiredAgents === max)).toBe(plan.peakIndex);
        }
      }),
    );
  });
});
