// Pure: a cohort table → the heat-map cells and one cohort's retention curve as a chart.js configuration.
import type { CohortRow } from '../../engine/loyalty';
import { percentText } from '../../engine/core/number-text';
import { retentionFromSurvivors } from '../../engine/loyalty';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';
import type { CohortView } from './handlers';

const periodWord = (period: CohortView['period']) => (period === 'month' ? '月' : '季度');

/**
 * The background of a heat-map cell: the brand blue at 60 % of the share's strength over white, so dark text
 * stays readable (contrast ≥ 4.5 at 100 %) and the number in the cell says the same as the colour.
 */
export function heatColour(share: number): string {
  const alpha = Math.round(Math.max(0, Math.min(1, share)) * 60) / 100;
  return `rgba(31, 78, 121, ${alpha})`;
}

/** The retention curve of one cohort beside the weighted curve of all, in percent, period 0 = 100 %. */
export function cohortCurveChart(view: CohortView, cohort: CohortRow): { config: ChartConfig; label: string; table: ChartTable } {
  const word = periodWord(view.period);
  const length = Math.max(cohort.share.length, view.pooled.share.length);
  const labels = Array.from({ length }, (_, k) => `第 ${k} ${word}`);
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1000) / 10);
  const config: ChartConfig = {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: `${cohort.cohort} 这批（${cohort.size} 人）`, data: labels.map((_, k) => pct(cohort.share[k])), borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], borderWidth: 3, pointRadius: 3 },
        { label: '所有批次按人数加权', data: labels.map((_, k) => pct(view.pooled.share[k])), borderColor: SERIES_COLOURS[1], backgroundColor: SERIES_COLOURS[1], borderDash: [6, 4], borderWidth: 2, pointRadius: 2 },
      ],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: `首次购买后的第几${word}` } },
        y: { type: 'linear', min: 0, max: 100, title: { display: true, text: '仍在购买的客户占比（%）' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const last = cohort.share.length - 1;
  const label =
    `${cohort.cohort} 这批 ${cohort.size} 位客户的留存曲线：` +
    (last > 0 ? `第 1 ${word}还有 ${percentText(cohort.share[1]!)} 在购买，第 ${last} ${word}为 ${percentText(cohort.share[last]!)}。` : '还没有之后的数据。') +
    '虚线是所有批次按人数加权的平均。';
  const steps = retentionFromSurvivors(cohort.active);
  const table: ChartTable = {
    caption: `${cohort.cohort} 这批与加权平均的留存率`,
    columns: [`第几${word}`, `${cohort.cohort} 这批`, '本期 ÷ 上期', '加权平均'],
    rows: labels.map((name, k) => [
      name,
      cohort.share[k] === undefined ? '—' : `${percentText(cohort.share[k]!)}（${cohort.active[k]} 人）`,
      k === 0 || steps[k - 1] === null || steps[k - 1] === undefined ? '—' : percentText(steps[k - 1]!),
      view.pooled.share[k] === null || view.pooled.share[k] === undefined ? '—' : percentText(view.pooled.share[k]!),
    ]),
  };
  return { config, label, table };
}
