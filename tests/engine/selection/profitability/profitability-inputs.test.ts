import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyScaleOfHeader, profitabilityInputsFromColumns } from '~/engine/selection/profitability/profitability-inputs';

describe('profitabilityInputsFromColumns', () => {
  it('turns 万元 into 元 and leaves empty optional cells out (by hand)', () => {
    // 195 万元 = 1,950,000 元; 11.1 万元 = 111,000 元.
    const result = profitabilityInputsFromColumns(Object.freeze({
      length: 2,
      columns: Object.freeze({ customer: ['KH001', 'KH002'], name: ['甲公司', ''], revenue: [195, 411.1], marginRate: [0.2, 0.181], serviceCost: [11.1, 30.2], paymentDays: [29, 55], growth: [null, -0.01], strategicFit: [Number.NaN, 0.8] }),
      mapping: Object.freeze({ revenue: '年营收(万元)', serviceCost: '服务成本(万元)' }),
    }));
    expect(result.inputs).toEqual([
      { customer: 'KH001', revenue: 1_950_000, marginRate: 0.2, serviceCost: 111_000, paymentDays: 29 },
      { customer: 'KH002', revenue: 4_111_000, marginRate: 0.181, serviceCost: 302_000, paymentDays: 55, growth: -0.01, strategicFit: 0.8 },
    ]);
    expect(result.names).toEqual({ KH001: '甲公司' });
    expect(result.issues).toEqual([]);
    expect(result.moneyScale).toEqual({ revenue: 10_000, serviceCost: 10_000 });
  });

  it('keeps ids such as __proto__, constructor and toString as plain keys (no name is read from Object.prototype)', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const result = profitabilityInputsFromColumns({
      length: 4,
      columns: { customer: ids, name: ['甲', '', '丙', ''], revenue: [1, 2, 3, 4], marginRate: [0.1, 0.1, 0.1, 0.1], serviceCost: [0, 0, 0, 0], paymentDays: [10, 10, 10, 10] },
    });
    expect(result.inputs.map((i) => i.customer)).toEqual(ids);
    expect(ids.map((id) => result.names[id] ?? '')).toEqual(['甲', '', '丙', '']);
    expect(Object.keys(result.names)).toEqual(['__proto__', 'toString']);
  });

  it.each([
    [{ customer: [''] }, '客户编号', '客户编号为空'],
    [{ revenue: [-1] }, '年营收', '年营收应为不小于 0 的数字'],
    [{ marginRate: [1.5] }, '毛利率', '毛利率应是'],
    [{ serviceCost: [null] }, '服务成本', '服务成本应为不小于 0 的数字'],
    [{ paymentDays: [-3] }, '平均回款天数', '平均回款天数'],
    [{ growth: [-1] }, '年增长率', '年增长率应大于 −1'],
    [{ strategicFit: [1.2] }, '与定位匹配度', '与定位匹配度应在 0 到 1 之间'],
  ])('a row with %j is left out and named', (bad, column, message) => {
    const good = { customer: ['A'], revenue: [100], marginRate: [0.2], serviceCost: [5], paymentDays: [30] };
    const result = profitabilityInputsFromColumns({ length: 1, columns: { ...good, ...bad } });
    expect(result.inputs).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ row: 1, column });
    expect(result.issues[0]!.message).toContain(message);
  });

  it('a repeated id: the first row counts, the second is named', () => {
    const result = profitabilityInputsFromColumns({ length: 2, columns: { customer: ['A', 'A'], revenue: [1, 2], marginRate: [0.1, 0.1], serviceCost: [0, 0], paymentDays: [10, 10] } });
    expect(result.inputs.map((i) => i.revenue)).toEqual([1]);
    expect(result.issues[0]!.message).toContain('重复');
  });

  it.each([
    ['年营收(万元)', 10_000],
    ['服务成本（万元）', 10_000],
    ['revenue', 1],
    [null, 1],
  ])('moneyScaleOfHeader(%j) = %d', (header, scale) => expect(moneyScaleOfHeader(header)).toBe(scale));

  it('property: every row is either an input or an issue', () => {
    const cell = fc.option(fc.double({ min: -2, max: 2, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', ''), cell, cell, cell, cell), { maxLength: 30 }), (rows) => {
        const result = profitabilityInputsFromColumns({
          length: rows.length,
          columns: { customer: rows.map((r) => r[0]), revenue: rows.map((r) => r[1]), marginRate: rows.map((r) => r[2]), serviceCost: rows.map((r) => r[3]), paymentDays: rows.map((r) => r[4]) },
        });
        expect(result.inputs.length + result.issues.length).toBe(rows.length);
        expect(new Set(result.inputs.map((i) => i.customer)).size).toBe(result.inputs.length);
      }),
    );
  });
});
