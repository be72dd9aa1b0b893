import { describe, expect, it } from 'vitest';
import {
  customerSatisfactionScore, importancePerformance, netPromoterScore, SATISFACTION_CHAPTER_EXAMPLE, servqualMeanGaps, type SegmentComparison, type SurveyAnalysis,
} from '~/engine/satisfaction';
import { csatDistributionRows, dimensionMeansChart, gapChart, ipaChart, npsBarChart, segmentDimensionChart, signed } from '~/widgets/satisfaction-analyzer/charts';

const EX = SATISFACTION_CHAPTER_EXAMPLE;
type Points = { label: string; data: { x: number; y: number; name?: string }[]; pointStyle?: string }[];

describe('signed', () => {
  it.each([[0.1, '+0.10'], [-1.2, '−1.20'], [0, '0.00'], [0.001, '0.00'], [15, '+15.00'], [-0.48, '−0.48']])('%d → %s', (v, text) => expect(signed(v)).toBe(text));
});

describe('npsBarChart (chapter 8’s 20 shoppers: 5 detractors, 7 passives, 8 promoters, by hand)', () => {
  const chart = npsBarChart([{ label: '全部受访者', nps: netPromoterScore(EX.survey.recommend) }]);
  it('stacks detractors, passives and promoters in % of the answers', () => {
    const sets = chart.config.data.datasets as { label: string; data: number[] }[];
    expect(sets.map((d) => [d.label, d.data])).toEqual([['贬损者（0–6 分）', [25]], ['被动者（7–8 分）', [35]], ['推荐者（9–10 分）', [40]]]);
  });
  it('says the same in words and in a table', () => {
    expect(chart.label).toBe('推荐意愿的构成（条形图）。全部受访者：贬损者 25.0%，被动者 35.0%，推荐者 40.0%，NPS +15.0。');
    expect(chart.table.rows).toEqual([['全部受访者', '5 人（25.0%）', '7 人（35.0%）', '8 人（40.0%）', '+15.0']]);
  });
});

describe('csatDistributionRows (chapter 8: six 5s, eight 4s, four 3s, two 2s, counted by hand)', () => {
  it('counts, shares and which scores count as satisfied', () => {
    expect(csatDistributionRows(customerSatisfactionScore(EX.survey.overall))).toEqual([
      { score: 1, count: 0, share: '0.0%', satisfied: false },
      { score: 2, count: 2, share: '10.0%', satisfied: false },
      { score: 3, count: 4, share: '20.0%', satisfied: false },
      { score: 4, count: 8, share: '40.0%', satisfied: true },
      { score: 5, count: 6, share: '30.0%', satisfied: true },
    ]);
  });
});

describe('ipaChart (the supermarket example)', () => {
  const ipa = importancePerformance(EX.ipa.items);
  it('before the answer: every point alike, the cut lines at 3.73 and 3.8, no quadrant in the table', () => {
    const chart = ipaChart(ipa, EX.ipa.scale, false);
    const sets = chart.config.data.datasets as Points;
    expect(sets).toHaveLength(3);
    expect(sets[0]!.data.map((p) => p.name)).toEqual(['生鲜品质', '价格', '结账速度', '店内环境', '停车便利', '会员积分']);
    expect(sets[1]!.data.map((p) => p.x)).toEqual([22.4 / 6, 22.4 / 6].map((v) => expect.closeTo(v, 9)));
    expect(sets[2]!.data.map((p) => p.y)).toEqual([3.8, 3.8].map((v) => expect.closeTo(v, 9)));
    expect(chart.table.columns).toEqual(['项目', '重要性', '绩效']);
    expect(chart.label).not.toContain('重点改进');
    // Axes half a point around the data: performance 3.1–4.3 → 2.5–5, importance 3.0–4.6 → 2.5–5.
    const scales = (chart.config.options as { scales: Record<string, { min: number; max: number }> }).scales;
    expect([scales.x!.min, scales.x!.max, scales.y!.min, scales.y!.max]).toEqual([2.5, 5, 2.5, 5]);
  });
  it('after: one dataset per quadrant with its own marker, named in the sentence and the table', () => {
    const chart = ipaChart(ipa, EX.ipa.scale, true);
    const sets = chart.config.data.datasets as Points;
    expect(sets.slice(0, 4).map((s) => [s.label, s.pointStyle, s.data.map((p) => p.name)])).toEqual([
      ['继续保持', 'circle', ['价格']],
      ['重点改进', 'triangle', ['生鲜品质', '结账速度']],
      ['优先级低', 'rect', ['停车便利']],
      ['过度投入', 'rectRot', ['店内环境', '会员积分']],
    ]);
    expect(chart.label).toContain('重点改进：生鲜品质、结账速度；');
    expect(chart.table.rows[0]).toEqual(['生鲜品质', '4.60', '3.60', '重点改进']);
  });
});

describe('gapChart (迅达物流)', () => {
  const gaps = servqualMeanGaps(EX.servqual.dimensions);
  it('one bar per dimension; the largest shortfall in its own colour once shown', () => {
    const hidden = gapChart(gaps, null);
    const shown = gapChart(gaps, '可靠性');
    const bars = (c: typeof hidden) => (c.config.data.datasets[0] as { data: number[]; backgroundColor: string[] });
    expect(bars(hidden).data).toEqual([-0.2, -1.2, -0.8, -0.3, 0.1]);
    expect(new Set(bars(hidden).backgroundColor.slice(0, 4)).size).toBe(1);
    expect(bars(shown).backgroundColor[1]).not.toBe(bars(shown).backgroundColor[0]);
    expect(hidden.label).toBe('各维度的服务质量差距（条形图，感知 − 期望，负数表示没有达到期望）：有形性 −0.20，可靠性 −1.20，响应性 −0.80，保证性 −0.30，移情性 +0.10。');
    expect(shown.label).toContain('差距最大的是可靠性');
    expect(shown.table.rows[1]).toEqual(['可靠性', '6.50', '5.30', '−1.20']);
  });
});

describe('dimensionMeansChart and segmentDimensionChart', () => {
  it('means on the scale, with n in the table', () => {
    const chart = dimensionMeansChart([{ dimension: '可靠性', mean: 2.97576, n: 2352 }], { min: 1, max: 5 });
    expect((chart.config.data.datasets[0] as { data: number[] }).data).toEqual([2.98]);
    expect(chart.table.rows).toEqual([['可靠性', '2.98', '2,352']]);
  });
  it('groups side by side per dimension, gaps when there are expectations', () => {
    const analysis = (mean: number, gap: number | null) =>
      ({ dimensions: [{ dimension: '可靠性', mean, n: 1, items: [] }], servqual: gap === null ? null : { dimensions: [{ dimension: '可靠性', gap }] } }) as unknown as SurveyAnalysis;
    const comparison: SegmentComparison = { column: '客户类型', blank: 0, segments: [{ value: '个人', analysis: analysis(3.06, -1.51) }, { value: '电商', analysis: analysis(2.71, -1.86) }] };
    expect(segmentDimensionChart(comparison, 'gap').table.rows).toEqual([['可靠性', '−1.51', '−1.86']]);
    expect(segmentDimensionChart(comparison, 'mean').label).toBe('按“客户类型”分组的各维度平均分（分组条形图）。可靠性：个人 3.06，电商 2.71。');
  });
});
