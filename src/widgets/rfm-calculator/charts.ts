// Pure: the RFM calculator's results → chart.js configurations, screen-reader sentences and data tables.
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import type { RfmScoreDistribution, RfmSegmentSummary, ScoreLevel } from '../../engine/tiering/rfm';

const percentTick = (value: number | string) => `${value}%`;
const pct = (share: number | null) => (share === null ? 0 : Math.round(share * 1000) / 10);

/** Customer share and revenue share of each segment, side by side (horizontal bars, largest first as in the model). */
export function segmentShareChart(segments: readonly RfmSegmentSummary[]): { config: ChartConfig; label: string; table: ChartTable } {
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: segments.map((s) => s.segment),
      datasets: [
        { label: '客户占比 %', data: segments.map((s) => pct(s.customerShare)), backgroundColor: SERIES_COLOURS[0], borderColor: SERIES_COLOURS[0] },
        { label: '金额占比 %', data: segments.map((s) => pct(s.revenueShare)), backgroundColor: SERIES_COLOURS[1], borderColor: SERIES_COLOURS[1] },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { callback: percentTick }, title: { display: true, text: '占比（%）' } } },
      plugins: { legend: { position: 'top' } },
    },
  };
  const ranked = [...segments].filter((s) => s.customers > 0).sort((a, b) => (b.revenueShare ?? 0) - (a.revenueShare ?? 0));
  const top = ranked.slice(0, 3).map((s) => `${s.segment}占客户的 ${percentText(s.customerShare ?? 0)}，贡献金额的 ${percentText(s.revenueShare ?? 0)}`);
  const label = `条形图：各类客户的人数占比和消费金额占比。${top.join('；')}${ranked.length > 3 ? '；其余见数据表' : ''}。`;
  const table: ChartTable = {
    caption: '各类客户的人数和消费金额',
    columns: ['客户类别', '客户数', '客户占比', '消费金额（元）', '金额占比'],
    rows: segments.map((s) => [s.segment, groupedNumber(s.customers), percentText(s.customerShare ?? 0), groupedNumber(s.revenue, 2, true), percentText(s.revenueShare ?? 0)]),
  };
  return { config, label, table };
}

function range(level: ScoreLevel, unit: string, decimals: number): string {
  if (level.min === null || level.max === null) return '—';
  const lo = groupedNumber(level.min, decimals, true);
  const hi = groupedNumber(level.max, decimals, true);
  return lo === hi ? `${lo} ${unit}` : `${lo}–${hi} ${unit}`;
}

/** How many customers got each score on R, F and M (grouped bars), with the value range behind each score. */
export function scoreDistributionChart(distribution: RfmScoreDistribution, bins: number): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = Array.from({ length: bins }, (_, k) => `${k + 1} 分`);
  const measures = [
    { key: 'recency', name: 'R 最近一次消费', unit: '天', decimals: 0 },
    { key: 'frequency', name: 'F 消费频率', unit: '次', decimals: 0 },
    { key: 'monetary', name: 'M 消费金额', unit: '元', decimals: 2 },
  ] as const;
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels,
      datasets: measures.map((m, i) => ({
        label: m.name,
        data: distribution[m.key].map((l) => l.customers),
        backgroundColor: SERIES_COLOURS[i + 2],
        borderColor: SERIES_COLOURS[i + 2],
      })),
    },
    options: {
      scales: { y: { beginAtZero: true, title: { display: true, text: '客户数' } }, x: { title: { display: true, text: '得分' } } },
      plugins: { legend: { position: 'top' } },
    },
  };
  const empty = measures.flatMap((m) => distribution[m.key].filter((l) => l.customers === 0).map((l) => `${m.name.slice(0, 1)} ${l.score} 分`));
  const label =
    `柱状图：R、F、M 各得分的客户数（${bins} 档）。` +
    measures.map((m) => `${m.name.slice(0, 1)}：${distribution[m.key].map((l) => groupedNumber(l.customers)).join('、')}`).join('；') +
    (empty.length > 0 ? `。没有客户得到的分数：${empty.join('、')}。` : '。');
  const table: ChartTable = {
    caption: '每个得分的客户数和对应的数值范围',
    columns: ['得分', 'R 客户数', 'R 天数', 'F 客户数', 'F 次数', 'M 客户数', 'M 金额'],
    rows: labels.map((name, k) => [
      name,
      groupedNumber(distribution.recency[k]!.customers), range(distribution.recency[k]!, '天', 0),
      groupedNumber(distribution.frequency[k]!.customers), range(distribution.frequency[k]!, '次', 0),
      groupedNumber(distribution.monetary[k]!.customers), range(distribution.monetary[k]!, '元', 2),
    ]),
  };
  return { config, label, table };
}

/** A cell's shading for the R × F heat map: 0 (lightest) to 1 (darkest) by its mean monetary value. */
export function heatLevel(mean: number | null, min: number | null, max: number | null): number {
  if (mean === null || min === null || max === null) return 0;
  if (max === min) return 1;
  return Math.max(0, Math.min(1, (mean - min) / (max - min)));
}
