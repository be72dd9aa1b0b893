// Pure: the holdout tracking plots, the conditional expectations and P(alive) against recency as chart.js
// configurations with words and a table for screen readers (Fader, Hardie & Lee 2005, Figures 2–4).
import type { ConditionalExpectationGroup, TrackingWeek } from '../../engine/models/holdout';
import type { PAliveByRecencyPoint } from '../../engine/models/p-alive-reading';
import { groupedNumber } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

type Chart = { config: ChartConfig; label: string; table: ChartTable };

const line = (label: string, data: number[], colour: string, dashed: boolean) => ({
  label,
  data,
  borderColor: colour,
  backgroundColor: colour,
  borderDash: dashed ? [6, 4] : [],
  borderWidth: 3,
  pointRadius: 0,
});

/** Weekly or cumulative repeat purchases, actual against the model, with the split week named. */
export function trackingChart(weeks: readonly TrackingWeek[], cumulative: boolean, modelName: string): Chart {
  const actual = weeks.map((w) => (cumulative ? w.cumulativeActual : w.actual));
  const expected = weeks.map((w) => Math.round((cumulative ? w.cumulativeExpected : w.expected) * 10) / 10);
  const split = weeks.find((w) => w.holdout)?.week ?? weeks.length + 1;
  const what = cumulative ? '累计重复购买' : '每周重复购买';
  const config: ChartConfig = {
    type: 'line',
    data: {
      labels: weeks.map((w) => `${w.week}`),
      datasets: [line('实际', actual, SERIES_COLOURS[0], false), line(`${modelName} 预测`, expected, SERIES_COLOURS[5], true)],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: `第几周（第 ${split} 周起为检验期）` } },
        y: { type: 'linear', min: 0, title: { display: true, text: `${what}（次）` } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const last = weeks[weeks.length - 1]!;
  const calibrationLast = weeks[split - 2];
  const label = cumulative
    ? `${what}：建模期末（第 ${split - 1} 周）实际 ${groupedNumber(calibrationLast?.cumulativeActual ?? 0)} 次、预测 ${groupedNumber(calibrationLast?.cumulativeExpected ?? 0, 1)} 次；检验期末（第 ${last.week} 周）实际 ${groupedNumber(last.cumulativeActual)} 次、预测 ${groupedNumber(last.cumulativeExpected, 1)} 次。`
    : `${what}：实际为实线，${modelName} 预测为虚线；第 ${split} 周起为检验期，模型没有见过这些交易。`;
  const table: ChartTable = {
    caption: `${what}：实际与 ${modelName} 预测`,
    columns: ['周', '实际', '预测', '检验期'],
    rows: weeks.map((w, i) => [`${w.week}`, groupedNumber(actual[i]!), groupedNumber(expected[i]!, 1), w.holdout ? '是' : '否']),
  };
  return { config, label, table };
}

/** Mean holdout purchases by calibration repeat purchases: actual against the model's conditional expectation. */
export function conditionalChart(groups: readonly ConditionalExpectationGroup[], modelName: string, unitText: string): Chart {
  const shown = groups.filter((g) => g.customers > 0);
  const name = (g: ConditionalExpectationGroup) => `${g.from}${g.andMore ? '+' : ''}`;
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: shown.map(name),
      datasets: [
        { label: '实际（检验期平均）', data: shown.map((g) => Math.round(g.meanActual * 100) / 100), backgroundColor: SERIES_COLOURS[0], borderColor: '#1b1f24', borderWidth: 1 },
        { label: `${modelName} 条件期望`, data: shown.map((g) => Math.round(g.meanExpected * 100) / 100), backgroundColor: SERIES_COLOURS[1], borderColor: '#1b1f24', borderWidth: 1 },
      ],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: '建模期的重复购买次数 x' } },
        y: { type: 'linear', min: 0, title: { display: true, text: `检验期（${unitText}）平均购买次数` } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const worst = shown.reduce((best, g) => (Math.abs(g.meanActual - g.meanExpected) > Math.abs(best.meanActual - best.meanExpected) ? g : best), shown[0]!);
  const label = `按建模期重复购买次数分组，检验期的实际平均购买次数与模型的条件期望；差距最大的是 x = ${name(worst)} 的 ${groupedNumber(worst.customers)} 位客户：实际 ${worst.meanActual.toFixed(2)}，预测 ${worst.meanExpected.toFixed(2)}。`;
  const table: ChartTable = {
    caption: '按建模期重复购买次数分组：检验期实际与预测',
    columns: ['x', '客户数', '实际平均', '预测平均'],
    rows: shown.map((g) => [name(g), groupedNumber(g.customers), g.meanActual.toFixed(2), g.meanExpected.toFixed(2)]),
  };
  return { config, label, table };
}

/** P(alive) of a customer with x repeat purchases and age T as the time since the last purchase grows. */
export function pAliveRecencyChart(points: readonly PAliveByRecencyPoint[], x: number, T: number, unitWord: string): Chart {
  const config: ChartConfig = {
    type: 'line',
    data: {
      labels: points.map((p) => p.recency.toFixed(1)),
      datasets: [line(`x = ${x}`, points.map((p) => Math.round(p.pAlive * 1000) / 1000), SERIES_COLOURS[0], false)],
    },
    options: {
      scales: {
        x: { type: 'category', title: { display: true, text: `最后一次购买后沉默的${unitWord}数` } },
        y: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'P(alive)' } },
      },
      plugins: { legend: { display: false } },
    },
  };
  const under = points.find((p) => p.pAlive < 0.5);
  const label = `重复购买 ${x} 次、首次购买在 ${T.toFixed(1)} ${unitWord}前的客户：刚买过时 P(alive) = ${points[0]!.pAlive.toFixed(2)}，${under ? `沉默约 ${under.recency.toFixed(1)} ${unitWord}后降到 0.5 以下，这是联系他的时机` : '整个观察期内都不低于 0.5'}。`;
  const table: ChartTable = {
    caption: `P(alive) 与沉默时长（x = ${x}）`,
    columns: [`沉默（${unitWord}）`, 'P(alive)'],
    rows: points.filter((_, i) => i % 3 === 0 || i === points.length - 1).map((p) => [p.recency.toFixed(1), p.pAlive.toFixed(3)]),
  };
  return { config, label, table };
}
