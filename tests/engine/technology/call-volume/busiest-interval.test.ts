import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busiestInterval, type IntervalVolume } from '~/engine/technology/call-volume';
import { expectEngineError } from '../../expect-engine-error';

const row = (weekday: string, slot: string, calls: number, aht: number): IntervalVolume => Object.freeze({ weekday, slot, calls, aht });

describe('busiestInterval', () => {
  it('averages each weekday and slot over the weeks and weights handling time by calls (by hand)', () => {
    // 一 10:00: (100 + 60) / 2 = 80 calls; aht (100 × 200 + 60 × 160) / 160 = 29,600 / 160 = 185 s.
    // 二 10:00: 70 calls. 一 10:30: (50 + 50) / 2 = 50.
    const rows = Object.freeze([row('一', '10:00', 100, 200), row('一', '10:30', 50, 180), row('二', '10:00', 70, 180), row('一', '10:00', 60, 160), row('一', '10:30', 50, 180)]);
    expect(busiestInterval(rows)).toEqual({ weekday: '一', slot: '10:00', observations: 2, meanCalls: 80, maxCalls: 100, aht: 185 });
  });

  it('a tie goes to the first group in the log; a slot without calls takes the plain mean handling time', () => {
    expect(busiestInterval([row('二', '9', 5, 100), row('一', '9', 5, 100)])!.weekday).toBe('二');
    expect(busiestInterval([row('一', '9', 0, 100), row('一', '9', 0, 200)])).toMatchObject({ meanCalls: 0, aht: 150 });
  });

  it('no rows: null (nothing to staff yet)', () => {
    expect(busiestInterval([])).toBeNull();
  });

  it('refuses negative or non-finite figures', () => {
    expectEngineError(() => busiestInterval([row('一', '9', -1, 100)]), 'invalid-calls');
    expectEngineError(() => busiestInterval([row('一', '9', 1, Number.NaN)]), 'invalid-aht');
  });

  it('properties: no group has a higher mean; the handling time lies within the group’s own', () => {
    const arbRow = fc.record({ weekday: fc.constantFrom('一', '二', '三'), slot: fc.constantFrom('a', 'b'), calls: fc.integer({ min: 0, max: 300 }), aht: fc.integer({ min: 60, max: 600 }) });
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 60 }), (rows) => {
        const best = busiestInterval(Object.freeze(rows))!;
        const group = rows.filter((r) => r.weekday === best.weekday && r.slot === best.slot);
        for (const w of ['一', '二', '三']) {
          for (const s of ['a', 'b']) {
            const g = rows.filter((r) => r.weekday === w && r.slot === s);
            if (g.length > 0) expect(g.reduce((n, r) => n + r.calls, 0) / g.length).toBeLessThanOrEqual(best.meanCalls + 1e-9);
          }
        }
        expect(best.observations).toBe(group.length);
        expect(best.aht).toBeGreaterThanOrEqual(Math.min(...group.map((r) => r.aht)) - 1e-9);
        expect(best.aht).toBeLessThanOrEqual(Math.max(...group.map((r) => r.aht)) + 1e-9);
      }),
    );
  });
});
