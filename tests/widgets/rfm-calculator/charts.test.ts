import { describe, expect, it } from 'vitest';
import { computeRfm, rfmScoreDistribution, RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { heatLevel, scoreDistributionChart, segmentShareChart } from '~/widgets/rfm-calculator/charts';

const tx = transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records);
const five = computeRfm(tx, { bins: 5 });

describe('segmentShareChart (chapter example, 5 bins)', () => {
  const chart = segmentShareChart(five.segments);

  it('draws customer share and revenue share per segment, in percent', () => {
    expect(chart.config.type).toBe('bar');
    expect(chart.config.data.labels).toEqual(['重要价值客户', '重要保持客户', '重要发展客户', '重要挽留客户', '一般价值客户', '一般保持客户', '一般发展客户', '一般挽留客户']);
    // Customer shares: one member of ten in each class but 一般挽留 (three). Revenue shares of 7,405 元 by hand:
    // 1,680 → 22.7 %, 1,450 → 19.6 %, 1,260 → 17.0 %, 980 → 13.2 %, 420 → 5.7 %, 310 → 4.2 %, 85 → 1.1 %, 1,220 → 16.5 %.
    expect(chart.config.data.datasets[0]!.data).toEqual([10, 10, 10, 10, 10, 10, 10, 30]);
    expect(chart.config.data.datasets[1]!.data).toEqual([22.7, 19.6, 17, 13.2, 5.7, 4.2, 1.1, 16.5]);
    expect(chart.config.data.datasets.map((d) => d.label)).toEqual(['客户占比 %', '金额占比 %']);
  });

  it('says in words what the chart shows, the three biggest earners first', () => {
    expect(chart.label).toBe(
      '条形图：各类客户的人数占比和消费金额占比。重要价值客户占客户的 10.0%，贡献金额的 22.7%；重要保持客户占客户的 10.0%，贡献金额的 19.6%；重要发展客户占客户的 10.0%，贡献金额的 17.0%；其余见数据表。',
    );
  });

  it('gives the same numbers as a table', () => {
    expect(chart.table.columns).toEqual(['客户类别', '客户数', '客户占比', '消费金额（元）', '金额占比']);
    expect(chart.table.rows[7]).toEqual(['一般挽留客户', '3', '30.0%', '1,220.00', '16.5%']);
  });
});

describe('scoreDistributionChart', () => {
  it('counts per score with the value range behind each (9 bins leave scores unused)', () => {
    const nine = computeRfm(tx, { bins: 9 });
    const chart = scoreDistributionChart(rfmScoreDistribution(nine.customers, 9), 9);
    expect(chart.config.data.labels).toHaveLength(9);
    // F with 9 bins: scores 1, 2, 4, 6, 8 used, two members each (worked in score-distribution.test.ts).
    expect(chart.config.data.datasets[1]!.data).toEqual([2, 2, 0, 2, 0, 2, 0, 2, 0]);
    expect(chart.label).toContain('F：2、2、0、2、0、2、0、2、0');
    expect(chart.label).toContain('没有客户得到的分数：');
    expect(chart.label).toContain('F 3 分');
    expect(chart.table.rows[2]![4]).toBe('—');
  });

  it('shows the ranges of the chapter example with 5 bins (R 5 = 1–3 days, M 1 = 60–85 元)', () => {
    const chart = scoreDistributionChart(rfmScoreDistribution(five.customers, 5), 5);
    expect(chart.table.rows[4]).toEqual(['5 分', '2', '1–3 天', '2', '5 次', '2', '1,450.00–1,680.00 元']);
    expect(chart.table.rows[0]).toEqual(['1 分', '2', '74–87 天', '2', '1 次', '2', '60.00–85.00 元']);
  });
});

describe('heatLevel', () => {
  it.each([
    [null, 0, 100, 0],
    [50, 0, 100, 0.5],
    [100, 0, 100, 1],
    [7, 7, 7, 1],
    [5, 10, 20, 0],
  ])('heatLevel(%s, %s, %s) = %s', (mean, min, max, level) => {
    expect(heatLevel(mean, min, max)).toBe(level);
  });
});
