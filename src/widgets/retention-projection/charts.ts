// Pure: a projection comparison → the survivors chart (actual, sBG, constant retention) with its text alternative.
import { groupedNumber, percentText } from '../../engine/core/number-text';
import type { RetentionProjectionComparison } from '../../engine/loyalty';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

const one = (x: number) => Math.round(x * 10) / 10;

export function projectionChart(c: RetentionProjectionComparison): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = c.rows.map((r) => `第 ${r.period} 年`);
  const last = c.rows[c.rows.length - 1]!;
  const config: ChartConfig = {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: '实际仍在的客户', data: c.rows.map((r) => r.actual), borderColor: SERIES_COLOURS[7], backgroundColor: SERIES_COLOURS[7], showLine: false, pointRadius: 4, pointStyle: 'rectRot' },
        { label: 'sBG 模型预测', data: c.rows.map((r) => one(r.sbg)), borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], borderWidth: 3, pointRadius: 0 },
        { label: `保持率不变（每年 ${percentText(c.constantRate)}）`, data: c.rows.map((r) => one(r.constant)), borderColor: SERIES_COLOURS[5], backgroundColor: SERIES_COLOURS[5], borderDash: [6, 4], borderWidth: 2, pointRadius: 0 },
      ],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: '签约后的年份' } },
        y: { type: 'linear', min: 0, title: { display: true, text: '仍在的客户（人）' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const label =
    `用第 0~${c.calibrationPeriods} 年拟合后的预测：第 ${last.period} 年末 sBG 模型预计约 ${groupedNumber(last.sbg)} 人，` +
    `保持率不变预计约 ${groupedNumber(last.constant)} 人${last.actual === null ? '' : `，实际 ${groupedNumber(last.actual)} 人`}。`;
  const table: ChartTable = {
    caption: '每年年末仍在的客户：实际与两种预测',
    columns: ['年份', '实际', 'sBG 预测', '保持率不变预测'],
    rows: c.rows.map((r) => [labels[r.period]!, r.actual === null ? '—' : groupedNumber(r.actual), groupedNumber(r.sbg, 1, true), groupedNumber(r.constant, 1, true)]),
  };
  return { config, label, table };
}
