import { describe, expect, it } from 'vitest';
import { cohortRetention, repurchaseRate, retentionDrops, cohortExampleRecords, COHORT_CHAPTER_EXAMPLE } from '~/engine/loyalty';
import { pooledCohortRetention } from '~/engine/loyalty';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { cohortCurveChart, heatColour } from '~/widgets/cohort-retention/charts';
import type { CohortView } from '~/widgets/cohort-retention/handlers';

function douyeView(): CohortView {
  const tx = transactionsFromRecords(cohortExampleRecords(COHORT_CHAPTER_EXAMPLE));
  const table = cohortRetention(tx, { period: 'month' });
  const pooled = pooledCohortRetention(table.cohorts);
  return { ...table, pooled, drops: retentionDrops(pooled.share), repurchase: repurchaseRate(tx) };
}

describe('cohort charts', () => {
  it('draws the chosen cohort and the weighted curve in percent', () => {
    const view = douyeView();
    const chart = cohortCurveChart(view, view.cohorts[1]!);
    const [cohort, pooled] = chart.config.data.datasets;
    // February: 250, 150, 120 → 100, 60, 48 %; weighted 100, 55.7, 46.7, 40 (by hand).
    expect(cohort!.data).toEqual([100, 60, 48, null]);
    expect(pooled!.data).toEqual([100, 55.7, 46.7, 40]);
    expect(chart.config.data.labels).toEqual(['第 0 月', '第 1 月', '第 2 月', '第 3 月']);
    expect(chart.label).toBe('2024-02 这批 250 位客户的留存曲线：第 1 月还有 60.0% 在购买，第 2 月为 48.0%。虚线是所有批次按人数加权的平均。');
  });

  it('shades cells with a readable blue: none at 0, 60 % strength at 100 %', () => {
    expect(heatColour(0)).toBe('rgba(31, 78, 121, 0)');
    expect(heatColour(0.5)).toBe('rgba(31, 78, 121, 0.3)');
    expect(heatColour(1.4)).toBe('rgba(31, 78, 121, 0.6)');
  });
});
