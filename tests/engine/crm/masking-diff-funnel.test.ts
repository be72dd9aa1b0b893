import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRevealReason, diffRecords, funnelTotals, FUNNEL_STAGES, maskIdNumber, maskPhone, type CrmOpportunity } from '~/engine/crm';
import { expectEngineError } from '../expect-engine-error';

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'], ['+86 138 1234 5678', '138****5678'], ['0571-88886666', '057*****6666'], ['12345', '***45'], ['', ''],
  ])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
  it.each([
    ['110101199003071234', '110***********1234'], ['91330200MA2AAAAA1X', '913***********AA1X'], ['A1234', '***34'],
  ])('ID %s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('property: an 11-digit mobile number keeps its first 3 and last 4 digits and hides the birth-date-like middle', () => {
    fc.assert(fc.property(fc.stringMatching(/^1\d{10}$/), (phone) => {
      const masked = maskPhone(phone);
      expect(masked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    }));
    fc.assert(fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
      const masked = maskIdNumber(id);
      expect(masked.slice(3, 14)).toBe('*'.repeat(11)); // the birth date (positions 7–14) never shows
      expect(masked.length).toBe(18);
    }));
  });

  it('asks for a reason of at least four characters', () => {
    expect(checkRevealReason('  回访核实身份 ')).toBe('回访核实身份');
    expectEngineError(() => checkRevealReason('看看'), 'reveal-reason-missing');
  });
});

describe('diffRecords', () => {
  it('lists changed fields, arrays by content, leaving updatedAt out', () => {
    expect(diffRecords({ id: 'C1', tier: '', tags: ['a'], updatedAt: '1' }, { id: 'C1', tier: '关键客户', tags: ['a'], updatedAt: '2', owner: '小林' })).toEqual([
      { field: 'tier', from: '', to: '关键客户' },
      { field: 'owner', from: undefined, to: '小林' },
    ]);
  });
  it('property: no change between a record and itself; applying the changes to the old record gives the new one', () => {
    const arb = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 2 })));
    fc.assert(fc.property(arb, arb, (x, y) => {
      expect(diffRecords(x, structuredClone(x))).toEqual([]);
      const applied: Record<string, unknown> = { ...x };
      for (const ch of diffRecords(x, y)) {
        if (ch.to === undefined) delete applied[ch.field];
        else applied[ch.field] = ch.to;
      }
      expect(applied).toEqual(y);
    }));
  });
});

describe('funnelTotals', () => {
  const o = (stage: string, amount: number): CrmOpportunity => ({ id: stage + amount, customerId: 'C', title: '', stage, amount, expectedDate: '' });
  it('counts each stage, the width reached, the open pipeline and the win rate', () => {
    const t = funnelTotals([o('线索', 10_000), o('线索', 5_000), o('方案报价', 80_000), o('谈判', 50_000), o('成交', 20_000), o('输单', 30_000), o('搁置', 1)]);
    expect(t.stages.map((s) => [s.stage, s.count, s.amount, s.reached])).toEqual([
      ['线索', 2, 15_000, 5], ['初步接触', 0, 0, 3], ['需求确认', 0, 0, 3], ['方案报价', 1, 80_000, 3], ['谈判', 1, 50_000, 2], ['成交', 1, 20_000, 1], ['输单', 1, 30_000, 1],
    ]);
    expect(t).toMatchObject({ openCount: 4, openAmount: 145_000, wonAmount: 20_000, winRate: 0.5, unknownStage: 1 });
    expect(funnelTotals([]).winRate).toBeNull();
  });
  it('property: the funnel never widens, and every opportunity is counted once', () => {
    const arb = fc.array(fc.record({ stage: fc.constantFrom(...FUNNEL_STAGES, '其他'), amount: fc.integer({ min: 0, max: 1e6 }) }));
    fc.assert(fc.property(arb, (rows) => {
      const t = funnelTotals(rows.map((r) => o(r.stage, r.amount)));
      const reached = t.stages.slice(0, 6).map((s) => s.reached);
      for (let i = 1; i < reached.length; i++) expect(reached[i]!).toBeLessThanOrEqual(reached[i - 1]!);
      expect(t.stages.reduce((s, x) => s + x.count, 0) + t.unknownStage).toBe(rows.length);
    }));
  });
});
