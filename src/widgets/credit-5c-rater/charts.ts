// Pure: a graded pool of applications → chart.js configuration, a sentence for screen readers and a data table.
import type { CreditGradeDistribution } from '../../engine/information/credit/credit-grade-distribution';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

const pct1 = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const rateText = (share: number | null) => (share === null ? '—' : percentText(share));

/**
 * Applications per grade (bars, left axis) and the default rate per grade (a line, right axis), with the
 * default rate under equal weights dashed beside it when given, so the effect of the weights shows.
 */
export function gradeChart(current: CreditGradeDistribution, baseline: CreditGradeDistribution | null): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = current.grades.map((g) => `${g.grade} 级`);
  const datasets: ChartConfig['data']['datasets'] = [
    { type: 'bar', label: '申请数（份）', data: current.grades.map((g) => g.count), yAxisID: 'y', backgroundColor: `${SERIES_COLOURS[0]}cc`, borderColor: SERIES_COLOURS[0], borderWidth: 1, order: 2 },
    { type: 'line', label: '违约率（%，当前权重）', data: current.grades.map((g) => pct1(g.defaultRate)), yAxisID: 'y1', borderColor: SERIES_COLOURS[5], backgroundColor: SERIES_COLOURS[5], borderWidth: 3, pointRadius: 5, pointStyle: 'triangle', spanGaps: true, order: 0 },
  ];
  if (baseline) {
    datasets.push({ type: 'line', label: '违约率（%，等权重）', data: baseline.grades.map((g) => pct1(g.defaultRate)), yAxisID: 'y1', borderColor: '#4a5563', backgroundColor: '#4a5563', borderDash: [6, 4], borderWidth: 1.5, pointRadius: 3, spanGaps: true, order: 1 });
  }
  const config: ChartConfig = {
    type: 'bar',
    data: { labels, datasets },
    options: {
      scales: {
        x: { title: { display: true, text: '信用等级' } },
        y: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: '申请数（份）' } },
        y1: { type: 'linear', position: 'right', beginAtZero: true, suggestedMax: 50, grid: { drawOnChartArea: false }, title: { display: true, text: '违约率（%）' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const parts = current.grades.map((g) => `${g.grade} 级 ${groupedNumber(g.count)} 份${g.defaultRate === null ? '' : `，违约率 ${percentText(g.defaultRate)}`}`);
  const label = `组合图：各信用等级的申请数（柱）和违约率（折线）。${parts.join('；')}。`;
  const table: ChartTable = {
    caption: '各信用等级的申请数和违约率',
    columns: baseline ? ['等级', '申请数', '违约率', '等权重时的申请数', '等权重时的违约率'] : ['等级', '申请数', '违约率'],
    rows: current.grades.map((g, i) => {
      const row: (string | number)[] = [`${g.grade} 级`, g.count, rateText(g.defaultRate)];
      if (baseline) row.push(baseline.grades[i]!.count, rateText(baseline.grades[i]!.defaultRate));
      return row;
    }),
  };
  return { config, label, table };
}
