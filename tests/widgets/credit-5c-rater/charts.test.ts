import { describe, expect, it } from 'vitest';
import { creditGradeDistribution, type CreditScores } from '~/engine';
import { gradeChart } from '~/widgets/credit-5c-rater/charts';

const all = (x: number): CreditScores => ({ character: x, capacity: x, capital: x, collateral: x, conditions: x });

describe('gradeChart', () => {
  // Four applications by hand: 95 (repaid) AAA; 75 (repaid) and 72 (defaulted) A; 40 (defaulted) C.
  const apps = [{ scores: all(95), defaulted: false }, { scores: all(75), defaulted: false }, { scores: all(72), defaulted: true }, { scores: all(40), defaulted: true }];
  const current = creditGradeDistribution(apps);

  it('draws counts as bars and default rates in percent as a line, empty grades without a point', () => {
    const chart = gradeChart(current, null);
    expect(chart.config.data.labels).toEqual(['AAA 级', 'AA 级', 'A 级', 'B 级', 'C 级']);
    expect(chart.config.data.datasets[0]!.data).toEqual([1, 0, 2, 0, 1]);
    expect(chart.config.data.datasets[1]!.data).toEqual([0, null, 50, null, 100]);
    expect(chart.config.data.datasets).toHaveLength(2);
    expect(chart.label).toBe('组合图：各信用等级的申请数（柱）和违约率（折线）。AAA 级 1 份，违约率 0.0%；AA 级 0 份；A 级 2 份，违约率 50.0%；B 级 0 份；C 级 1 份，违约率 100.0%。');
    expect(chart.table.rows[2]).toEqual(['A 级', 2, '50.0%']);
  });

  it('adds the equal-weight default rates dashed, and their columns in the table', () => {
    const chart = gradeChart(current, current);
    expect(chart.config.data.datasets).toHaveLength(3);
    expect(chart.table.columns).toEqual(['等级', '申请数', '违约率', '等权重时的申请数', '等权重时的违约率']);
    expect(chart.table.rows[1]).toEqual(['AA 级', 0, '—', 0, '—']);
  });
});
