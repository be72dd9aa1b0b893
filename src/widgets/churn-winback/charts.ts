// Pure: the P(alive) distribution and the two customers' curves as chart.js configurations with text alternatives.
import type { PAliveBin } from '../../engine/loyalty';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';
import type { TwoCustomersView } from './two-customers';
import { NAMES } from './two-customers';

const binLabel = (b: PAliveBin) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}`;

/** How many customers have P(alive) in each tenth, bars coloured by the band the bin starts in. */
export function pAliveDistributionChart(bins: readonly PAliveBin[], activeFrom: number, lostBelow: number): { config: ChartConfig; label: string; table: ChartTable } {
  const total = bins.reduce((s, b) => s + b.customers, 0);
  const colour = (b: PAliveBin) => (b.from >= activeFrom - 1e-9 ? SERIES_COLOURS[2] : b.to <= lostBelow + 1e-9 ? SERIES_COLOURS[5] : SERIES_COLOURS[1]);
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: bins.map(binLabel),
      datasets: [{ label: '客户数', data: bins.map((b) => b.customers), backgroundColor: bins.map(colour), borderColor: '#1b1f24', borderWidth: 1 }],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: 'P(alive)：仍然活跃的概率' } },
        y: { type: 'linear', min: 0, title: { display: true, text: '客户数' } },
      },
      plugins: { legend: { display: false } },
    },
  };
  const biggest = bins.reduce((best, b) => (b.customers > best.customers ? b : best), bins[0]!);
  const label = `P(alive) 的分布：共 ${groupedNumber(total)} 位客户，最多的一组是 ${binLabel(biggest)}（${groupedNumber(biggest.customers)} 位）。绿色为仍活跃区，红色为基本流失区，橙色为挽回区。`;
  const table: ChartTable = {
    caption: '各 P(alive) 区间的客户数',
    columns: ['P(alive)', '客户数', '占比'],
    rows: bins.map((b) => [binLabel(b), groupedNumber(b.customers), total > 0 ? percentText(b.customers / total) : '—']),
  };
  return { config, label, table };
}

/** Each customer's P(alive) as the silence since the last purchase grows (weeks). */
export function silenceChart(view: TwoCustomersView): { config: ChartConfig; label: string; table: ChartTable } {
  const weeks = view.curves.zhang.map((p) => p.silence);
  const config: ChartConfig = {
    type: 'line',
    data: {
      labels: weeks.map((w) => `${w}`),
      datasets: (['zhang', 'li'] as const).map((who, i) => ({
        label: NAMES[who],
        data: view.curves[who].map((p) => Math.round(p.pAlive * 1000) / 1000),
        borderColor: SERIES_COLOURS[i === 0 ? 0 : 5],
        backgroundColor: SERIES_COLOURS[i === 0 ? 0 : 5],
        borderDash: i === 0 ? [] : [6, 4],
        borderWidth: 3,
        pointRadius: 0,
      })),
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: '最后一次购买后沉默的周数' } },
        y: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'P(alive)' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const at = (who: 'zhang' | 'li', w: number) => view.curves[who].find((p) => p.silence === w)?.pAlive ?? 0;
  const label = `沉默越久，仍然活跃的概率越低：沉默 9 周时老张为 ${at('zhang', 9).toFixed(2)}，小李为 ${at('li', 9).toFixed(2)}；买得越频繁的客户，下降得越快。`;
  const table: ChartTable = {
    caption: '沉默周数与仍然活跃的概率',
    columns: ['沉默周数', NAMES.zhang, NAMES.li],
    rows: weeks.filter((w) => w % 3 === 0).map((w) => [`${w} 周`, at('zhang', w).toFixed(3), at('li', w).toFixed(3)]),
  };
  return { config, label, table };
}
