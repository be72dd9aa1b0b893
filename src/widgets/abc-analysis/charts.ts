// Pure: an ABC result → the Pareto curve as a chart.js configuration, a sentence for screen readers and a table.
import type { AbcResult, ParetoPoint } from '../../engine/tiering/abc';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

const CLASS_COLOURS = { A: SERIES_COLOURS[0], B: SERIES_COLOURS[1], C: SERIES_COLOURS[2] } as const;
const round1 = (x: number) => Math.round(x * 1000) / 10;

/**
 * The cumulative value curve with the A, B and C stretches shaded in their own colours (each class a dataset
 * that starts where the previous ended), and the two cut-off lines dashed.
 */
export function paretoChart(points: readonly ParetoPoint[], summary: AbcResult['summary'], a: number, b: number): { config: ChartConfig; label: string; table: ChartTable } {
  const stretch = (cls: 'A' | 'B' | 'C') => {
    const at = points.findIndex((p) => p.class === cls);
    if (at < 0) return [];
    let end = at;
    while (end + 1 < points.length && points[end + 1]!.class === cls) end++;
    return points.slice(Math.max(0, at - 1), end + 1).map((p) => ({ x: round1(p.customerShare), y: round1(p.valueShare) }));
  };
  const cutLine = (share: number) => [{ x: 0, y: round1(share) }, { x: 100, y: round1(share) }];
  const config: ChartConfig = {
    type: 'line',
    data: {
      datasets: [
        ...(['A', 'B', 'C'] as const).map((cls) => ({
          label: `${cls} 类客户`,
          data: stretch(cls),
          borderColor: CLASS_COLOURS[cls],
          backgroundColor: `${CLASS_COLOURS[cls]}40`,
          fill: 'origin' as const,
          pointRadius: points.length > 40 ? 0 : 3,
          borderWidth: 2,
        })),
        { label: `A 类分界线 ${percentText(a, 0)}`, data: cutLine(a), borderColor: '#4a5563', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5, fill: false },
        { label: `B 类分界线 ${percentText(b, 0)}`, data: cutLine(b), borderColor: '#4a5563', borderDash: [2, 3], pointRadius: 0, borderWidth: 1.5, fill: false },
      ],
    },
    options: {
      parsing: false,
      scales: {
        x: { type: 'linear', min: 0, max: 100, title: { display: true, text: '累计客户占比（%，按价值从高到低）' } },
        y: { type: 'linear', min: 0, max: 100, title: { display: true, text: '累计价值占比（%）' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const parts = (['A', 'B', 'C'] as const).map((cls) => {
    const s = summary[cls];
    return `${cls} 类 ${groupedNumber(s.customers)} 位客户（${percentText(s.customerShare)}）贡献 ${percentText(s.valueShare)} 的价值`;
  });
  const label = `帕累托曲线：客户按价值从高到低排列后的累计价值占比。${parts.join('；')}。`;
  let cumCustomers = 0;
  let cumValue = 0;
  const table: ChartTable = {
    caption: '各类客户在曲线上的终点',
    columns: ['类别', '客户数', '累计客户占比', '累计价值占比'],
    rows: (['A', 'B', 'C'] as const).map((cls) => {
      cumCustomers += summary[cls].customerShare;
      cumValue += summary[cls].valueShare;
      return [`${cls} 类`, groupedNumber(summary[cls].customers), percentText(cumCustomers), percentText(cumValue)];
    }),
  };
  return { config, label, table };
}
