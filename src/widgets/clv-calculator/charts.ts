// Pure: two CLV results → the running present value by year as a line chart, a sentence and a table.
import type { ClvResult } from '../../engine/tiering/clv';
import { groupedNumber } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * How each scenario's value builds up year by year (cumulative present value, acquisition cost not yet taken
 * off), with a dashed line at the limit when a scenario has no horizon.
 */
export function cumulativeValueChart(a: ClvResult, b: ClvResult, names: readonly [string, string]): { config: ChartConfig; label: string; table: ChartTable } {
  const years = Math.max(a.perYear.length, b.perYear.length);
  const labels = Array.from({ length: years }, (_, i) => `第 ${i + 1} 年`);
  const limit = (r: ClvResult) => cents(r.clv + (r.perYear[0] ? r.perYear[0].cumulative - r.perYear[0].cumulativeNet : 0));
  const datasets: ChartConfig['data']['datasets'] = [
    { label: `${names[0]} 累计现值`, data: a.perYear.map((y) => cents(y.cumulative)), borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], borderWidth: 3 },
    { label: `${names[1]} 累计现值`, data: b.perYear.map((y) => cents(y.cumulative)), borderColor: SERIES_COLOURS[1], backgroundColor: SERIES_COLOURS[1], borderWidth: 3, pointStyle: 'rect' },
  ];
  ([[a, 0], [b, 1]] as const).forEach(([r, i]) => {
    if (r.infinite) {
      datasets.push({ label: `${names[i]} 不限年数的极限`, data: labels.map(() => limit(r)), borderColor: SERIES_COLOURS[i], borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 });
    }
  });
  const config: ChartConfig = {
    type: 'line',
    data: { labels, datasets },
    options: {
      scales: { y: { beginAtZero: true, title: { display: true, text: '累计现值（元）' } }, x: { title: { display: true, text: '年' } } },
      plugins: { legend: { position: 'top' } },
    },
  };
  const end = (r: ClvResult) => r.perYear[r.perYear.length - 1]!;
  const tail = (r: ClvResult, name: string) =>
    `${name}第 ${end(r).year} 年累计 ${groupedNumber(end(r).cumulative, 2, true)} 元${r.infinite ? `，不限年数的极限为 ${groupedNumber(limit(r), 2, true)} 元` : ''}`;
  const label = `折线图：两个方案逐年累计的现值。${tail(a, names[0])}；${tail(b, names[1])}。`;
  const table: ChartTable = {
    caption: '两个方案逐年累计的现值（元）',
    columns: ['年', names[0], names[1]],
    rows: labels.map((l, i) => [l, a.perYear[i] ? groupedNumber(a.perYear[i]!.cumulative, 2, true) : '—', b.perYear[i] ? groupedNumber(b.perYear[i]!.cumulative, 2, true) : '—']),
  };
  return { config, label, table };
}
