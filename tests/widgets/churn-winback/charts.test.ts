import { describe, expect, it } from 'vitest';
import { pAliveHistogram } from '~/engine/loyalty';
import { pAliveDistributionChart, silenceChart } from '~/widgets/churn-winback/charts';
import { createTwoCustomers } from '~/widgets/churn-winback/two-customers';

describe('churn charts', () => {
  it('draws the P(alive) bins with the band colours and a table', () => {
    const { bins } = pAliveHistogram([0.05, 0.05, 0.5, 0.85, 1]);
    const chart = pAliveDistributionChart(bins, 0.8, 0.1);
    expect(chart.config.data.labels![0]).toBe('0.0–0.1');
    expect(chart.config.data.datasets[0]!.data).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 1, 1]);
    // Bins from 0.8 up are 仍活跃 (green), the bin ending at 0.1 is 基本流失 (vermilion), the rest orange.
    expect((chart.config.data.datasets[0]!.backgroundColor as string[])[0]).toBe('#D55E00');
    expect((chart.config.data.datasets[0]!.backgroundColor as string[])[5]).toBe('#E69F00');
    expect((chart.config.data.datasets[0]!.backgroundColor as string[])[8]).toBe('#009E73');
    expect(chart.table.rows[0]).toEqual(['0.0–0.1', '2', '40.0%']);
    expect(chart.label).toContain('共 5 位客户，最多的一组是 0.0–0.1（2 位）');
  });

  it('draws both customers’ P(alive) over 0–26 weeks of silence', () => {
    const two = createTwoCustomers();
    const view = two.$view.get();
    if (!view.ok) throw new Error(view.message);
    const chart = silenceChart(view.value);
    expect(chart.config.data.labels).toHaveLength(27);
    // At 9 weeks: 老张 0.034, 小李 0.689 (chapter 10's fixtures, Python 3).
    expect(chart.label).toBe('沉默越久，仍然活跃的概率越低：沉默 9 周时老张为 0.03，小李为 0.69；买得越频繁的客户，下降得越快。');
    expect(chart.table.rows[3]).toEqual(['9 周', '0.034', '0.689']);
  });

  it('keeps 0 ≤ t_x ≤ T when a slider crosses the other', () => {
    const two = createTwoCustomers();
    two.set('li', 'T', 20);
    expect(two.$histories.get().li).toEqual({ x: 1, t_x: 20, T: 20 });
    two.set('li', 'x', 0);
    expect(two.$histories.get().li).toEqual({ x: 0, t_x: 0, T: 20 });
  });
});
