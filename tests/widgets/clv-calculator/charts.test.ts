import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '~/engine/tiering/clv';
import { cumulativeValueChart } from '~/widgets/clv-calculator/charts';
import { computeClvResults, CHAPTER_FORMS, formsFromShared, formsToShared, toClvInput } from '~/widgets/clv-calculator/state';

describe('cumulativeValueChart', () => {
  it('plots the chapter’s running totals (exact sums with Python fractions: 545.4545, 942.1488, 1230.6536, 1440.4754, 1593.0730)', () => {
    const a = customerLifetimeValue({ margin: 600, retention: 0.8, discount: 0.1, years: 5 });
    const b = customerLifetimeValue({ margin: 600, retention: 0.9, discount: 0.1, years: 5 });
    const chart = cumulativeValueChart(a, b, ['甲', '乙']);
    expect(chart.config.data.datasets[0]!.data).toEqual([545.45, 942.15, 1230.65, 1440.48, 1593.07]);
    expect(chart.config.data.datasets).toHaveLength(2);
    expect(chart.label).toBe('折线图：两个方案逐年累计的现值。甲第 5 年累计 1,593.07 元；乙第 5 年累计 1,900.06 元。');
  });

  it('adds a dashed limit for a scenario with no horizon: 2,000 元 before the acquisition cost', () => {
    const a = customerLifetimeValue({ margin: 600, retention: 0.8, discount: 0.1, acquisition: 300 });
    const b = customerLifetimeValue({ margin: 600, retention: 0.8, discount: 0.1, years: 5 });
    const chart = cumulativeValueChart(a, b, ['甲', '乙']);
    const limit = chart.config.data.datasets[2]!;
    expect(limit.label).toBe('甲 不限年数的极限');
    expect(new Set(limit.data as number[])).toEqual(new Set([2000]));
    expect(chart.label).toContain('不限年数的极限为 2,000.00 元');
    expect(chart.table.rows[9]).toEqual(['第 10 年', expect.any(String), '—']);
  });
});

describe('CLV form state', () => {
  it('turns percentages into rates for the engine', () => {
    expect(toClvInput(CHAPTER_FORMS.a)).toEqual({ margin: 600, retention: 0.8, discount: 0.1, years: 5, acquisition: 0 });
    expect(toClvInput({ ...CHAPTER_FORMS.a, horizon: 'infinite', acquisition: '' })).toEqual({ margin: 600, retention: 0.8, discount: 0.1, acquisition: 0 });
  });

  it('maps engine errors to messages in the form’s own units', () => {
    const r = computeClvResults({ a: { ...CHAPTER_FORMS.a, retention: '120' }, b: { ...CHAPTER_FORMS.b, years: '2.5' } });
    expect(r.a).toEqual({ ok: false, code: 'invalid-retention', message: '保留率要在 0% 到 100% 之间。' });
    expect(r.b).toMatchObject({ ok: false, code: 'invalid-years' });
    expect(r.comparison).toBeNull();
  });

  it('round-trips through a share link', () => {
    const forms = { a: { ...CHAPTER_FORMS.a, horizon: 'infinite' as const }, b: { ...CHAPTER_FORMS.b, acquisition: '300', years: '8' } };
    expect(formsFromShared(formsToShared(forms))).toEqual(forms);
  });
});
