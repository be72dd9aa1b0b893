// Pure: satisfaction results → chart.js configurations, each with a sentence for screen readers and a data table.
import { groupedNumber } from '../../engine/core/number-text';
import { IPA_QUADRANTS } from '../../engine/satisfaction/ipa';
import type { CsatResult, IpaResult, NpsResult, SegmentComparison, ServqualDimensionGap } from '../../engine/satisfaction';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import { pointNameLabels } from '../shared/chart-point-labels';
import type { ChartTable } from '../shared/ChartCanvas';

export interface ChartParts {
  readonly config: ChartConfig;
  readonly label: string;
  readonly table: ChartTable;
}

/** A figure with `decimals` places (kept, as number-text's rule), a + before positive ones: +0.10, −1.20, 0.00. */
export function signed(value: number, decimals = 2): string {
  const text = groupedNumber(value, decimals, true);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** The overall-satisfaction answers per score for a table: count, share of the answers given, counted as satisfied. */
export function csatDistributionRows(csat: CsatResult): { score: number; count: number; share: string; satisfied: boolean }[] {
  return csat.distribution.map((count, k) => ({ score: k + 1, count, share: csat.n > 0 ? `${groupedNumber((100 * count) / csat.n, 1, true)}%` : '—', satisfied: k >= 3 }));
}

const pct = (value: number | null) => (value === null ? '—' : `${groupedNumber(value, 1, true)}%`);
const NPS_PARTS = [
  { key: 'detractor', label: '贬损者（0–6 分）', colour: SERIES_COLOURS[5] },
  { key: 'passive', label: '被动者（7–8 分）', colour: SERIES_COLOURS[1] },
  { key: 'promoter', label: '推荐者（9–10 分）', colour: SERIES_COLOURS[2] },
] as const;

/**
 * The make-up of the recommend answers as one stacked bar per group (detractors, passives, promoters in % of the
 * answers given): NPS is the green end minus the red end.
 */
export function npsBarChart(rows: readonly { readonly label: string; readonly nps: NpsResult }[]): ChartParts {
  const share = (r: NpsResult, key: (typeof NPS_PARTS)[number]['key']) =>
    key === 'detractor' ? r.detractorPercent : key === 'passive' ? r.passivePercent : r.promoterPercent;
  const count = (r: NpsResult, key: (typeof NPS_PARTS)[number]['key']) => (key === 'detractor' ? r.detractors : key === 'passive' ? r.passives : r.promoters);
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: NPS_PARTS.map((part) => ({
        label: part.label,
        data: rows.map((r) => Math.round((share(r.nps, part.key) ?? 0) * 10) / 10),
        backgroundColor: part.colour,
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { stacked: true, min: 0, max: 100, title: { display: true, text: '占有效回答的百分比（%）' } },
        y: { stacked: true },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const sentences = rows.map(({ label, nps: r }) =>
    r.nps === null
      ? `${label}：没有人回答推荐意愿题`
      : `${label}：贬损者 ${pct(r.detractorPercent)}，被动者 ${pct(r.passivePercent)}，推荐者 ${pct(r.promoterPercent)}，NPS ${signed(r.nps, 1)}`,
  );
  return {
    config,
    label: `推荐意愿的构成（条形图）。${sentences.join('；')}。`,
    table: {
      caption: '推荐者、被动者和贬损者的人数与占比',
      columns: ['', ...NPS_PARTS.map((p) => p.label), 'NPS'],
      rows: rows.map(({ label, nps: r }) => [
        label,
        ...NPS_PARTS.map((p) => `${groupedNumber(count(r, p.key))} 人（${pct(share(r, p.key))}）`),
        r.nps === null ? '—' : signed(r.nps, 1),
      ]),
    },
  };
}

/** The mean score of each dimension as horizontal bars on the rating scale. */
export function dimensionMeansChart(dimensions: readonly { readonly dimension: string; readonly mean: number | null; readonly n: number }[], scale: { min: number; max: number }): ChartParts {
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: dimensions.map((d) => d.dimension),
      datasets: [{ label: '平均分', data: dimensions.map((d) => (d.mean === null ? null : Math.round(d.mean * 100) / 100)), backgroundColor: SERIES_COLOURS[0] }],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { min: scale.min, max: scale.max, title: { display: true, text: `平均分（${scale.min}–${scale.max} 分）` } } },
      plugins: { legend: { display: false } },
    },
  };
  const parts = dimensions.map((d) => `${d.dimension} ${d.mean === null ? '无回答' : groupedNumber(d.mean, 2, true)}`);
  return {
    config,
    label: `各维度的平均分（条形图，满分 ${scale.max}）：${parts.join('，')}。`,
    table: {
      caption: '各维度的平均分和回答数',
      columns: ['维度', '平均分', '回答数'],
      rows: dimensions.map((d) => [d.dimension, d.mean === null ? '—' : groupedNumber(d.mean, 2, true), groupedNumber(d.n)]),
    },
  };
}

/** Groups get colours the NPS bars do not use (red, orange and green mean detractors, passives, promoters there). */
const GROUP_COLOURS = [SERIES_COLOURS[0], SERIES_COLOURS[3], SERIES_COLOURS[4], SERIES_COLOURS[7], SERIES_COLOURS[6]];

const QUADRANT_STYLE: Record<string, { colour: string; point: string }> = {
  'keep-up': { colour: SERIES_COLOURS[2], point: 'circle' },
  concentrate: { colour: SERIES_COLOURS[5], point: 'triangle' },
  'low-priority': { colour: '#6b7280', point: 'rect' },
  overkill: { colour: SERIES_COLOURS[0], point: 'rectRot' },
};

/** Axis limits around the points and the cut, half a point of margin, within the scale. */
function range(values: readonly number[], scale: { min: number; max: number }): { min: number; max: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return { min: Math.max(scale.min, Math.floor((lo - 0.3) * 2) / 2), max: Math.min(scale.max, Math.ceil((hi + 0.3) * 2) / 2) };
}

/**
 * Importance–performance scatter: performance across, importance up (as chapter 8 draws it), the two dashed
 * lines where the axes cross. Before the answer is revealed every point looks the same (the learner judges the
 * quadrants from the positions); afterwards each quadrant has its own colour and marker shape. Every dot is labelled
 * with its item's name, as in the table beside it.
 */
export function ipaChart(ipa: IpaResult, scale: { min: number; max: number }, revealed: boolean): ChartParts {
  const iCut = ipa.importanceCut ?? (scale.min + scale.max) / 2;
  const pCut = ipa.performanceCut ?? (scale.min + scale.max) / 2;
  const x = range([...ipa.items.map((i) => i.performance), pCut], scale);
  const y = range([...ipa.items.map((i) => i.importance), iCut], scale);
  const point = (i: IpaResult['items'][number]) => ({ x: round2(i.performance), y: round2(i.importance), name: i.item });
  const groups = revealed
    ? IPA_QUADRANTS.map((q) => ({
        label: q.name,
        data: ipa.items.filter((i) => i.quadrant === q.key).map(point),
        pointStyle: QUADRANT_STYLE[q.key]!.point,
        backgroundColor: QUADRANT_STYLE[q.key]!.colour,
        borderColor: QUADRANT_STYLE[q.key]!.colour,
      }))
    : [{ label: '项目', data: ipa.items.map(point), pointStyle: 'circle', backgroundColor: '#4a5563', borderColor: '#4a5563' }];
  const config: ChartConfig = {
    type: 'line',
    plugins: [pointNameLabels],
    data: {
      datasets: [
        ...groups.map((g) => ({ ...g, showLine: false, pointRadius: 8, pointHoverRadius: 10 })),
        { label: `绩效分界线 ${groupedNumber(pCut, 2, true)}`, data: [{ x: pCut, y: y.min }, { x: pCut, y: y.max }], borderColor: '#4a5563', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5, pointStyle: 'line' },
        { label: `重要性分界线 ${groupedNumber(iCut, 2, true)}`, data: [{ x: x.min, y: iCut }, { x: x.max, y: iCut }], borderColor: '#4a5563', borderDash: [2, 3], pointRadius: 0, borderWidth: 1.5, pointStyle: 'line' },
      ],
    },
    options: {
      parsing: false,
      scales: {
        x: { type: 'linear', min: x.min, max: x.max, title: { display: true, text: '绩效（平均分）' } },
        y: { type: 'linear', min: y.min, max: y.max, title: { display: true, text: '重要性（平均分）' } },
      },
      plugins: {
        // The legend is HTML under the chart (IpaPanel: it wraps on a phone); every dot carries its name.
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx: { raw: unknown; dataset: { label?: string } }) => {
              const raw = ctx.raw as { x: number; y: number; name?: string };
              return raw.name === undefined ? ctx.dataset.label ?? '' : `${raw.name}：绩效 ${groupedNumber(raw.x, 2, true)}，重要性 ${groupedNumber(raw.y, 2, true)}`;
            },
          },
        },
      },
    },
  } as ChartConfig;
  const where = revealed
    ? IPA_QUADRANTS.map((q) => `${q.name}：${ipa.items.filter((i) => i.quadrant === q.key).map((i) => i.item).join('、') || '无'}`).join('；')
    : '各项目在哪个象限，请对照数据表自己判断';
  return {
    config,
    label: `重要性—绩效散点图：横轴是绩效，纵轴是重要性，虚线是分界线（绩效 ${groupedNumber(pCut, 2, true)}，重要性 ${groupedNumber(iCut, 2, true)}）。共 ${ipa.items.length} 个项目；${where}。`,
    table: {
      caption: '各项目的重要性和绩效',
      columns: revealed ? ['项目', '重要性', '绩效', '象限'] : ['项目', '重要性', '绩效'],
      rows: ipa.items.map((i) => [i.item, groupedNumber(i.importance, 2, true), groupedNumber(i.performance, 2, true), ...(revealed ? [i.name] : [])]),
    },
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The SERVQUAL gap P − E of each dimension as bars (below zero: the service falls short of expectations). Once the
 * answer is shown, the dimension with the largest shortfall is drawn in its own colour.
 */
export function gapChart(dimensions: readonly ServqualDimensionGap[], largest: string | null): ChartParts {
  const colour = (d: ServqualDimensionGap) => (d.dimension === largest ? SERIES_COLOURS[5] : d.gap !== null && d.gap < 0 ? '#8a94a3' : SERIES_COLOURS[0]);
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: dimensions.map((d) => d.dimension),
      datasets: [{ label: '差距（感知 − 期望）', data: dimensions.map((d) => (d.gap === null ? null : round2(d.gap))), backgroundColor: dimensions.map(colour) }],
    },
    options: {
      scales: { y: { title: { display: true, text: '差距 P − E（分）' } } },
      plugins: { legend: { display: false } },
    },
  };
  const parts = dimensions.map((d) => `${d.dimension} ${d.gap === null ? '无数据' : signed(d.gap)}`);
  return {
    config,
    label: `各维度的服务质量差距（条形图，感知 − 期望，负数表示没有达到期望）：${parts.join('，')}${largest ? `。差距最大的是${largest}` : ''}。`,
    table: {
      caption: '各维度的期望、感知和差距',
      columns: ['维度', '期望 E', '感知 P', '差距 P − E'],
      rows: dimensions.map((d) => [
        d.dimension,
        d.expectation === null ? '—' : groupedNumber(d.expectation, 2, true),
        d.perception === null ? '—' : groupedNumber(d.perception, 2, true),
        d.gap === null ? '—' : signed(d.gap),
      ]),
    },
  };
}

/**
 * The groups of a segment comparison side by side on each dimension: the mean score, or (with expectations) the
 * gap P − E.
 */
export function segmentDimensionChart(comparison: SegmentComparison, metric: 'mean' | 'gap'): ChartParts {
  const dimensions = comparison.segments[0]?.analysis.dimensions.map((d) => d.dimension) ?? [];
  const value = (analysis: SegmentComparison['segments'][number]['analysis'], dimension: string): number | null =>
    metric === 'mean'
      ? (analysis.dimensions.find((d) => d.dimension === dimension)?.mean ?? null)
      : (analysis.servqual?.dimensions.find((d) => d.dimension === dimension)?.gap ?? null);
  const text = (v: number | null) => (v === null ? '—' : metric === 'gap' ? signed(v) : groupedNumber(v, 2, true));
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels: dimensions,
      datasets: comparison.segments.map((s, k) => ({
        label: s.value,
        data: dimensions.map((d) => {
          const v = value(s.analysis, d);
          return v === null ? null : round2(v);
        }),
        backgroundColor: GROUP_COLOURS[k % GROUP_COLOURS.length],
      })),
    },
    options: {
      scales: { y: { title: { display: true, text: metric === 'gap' ? '差距 P − E（分）' : '平均分' } } },
      plugins: { legend: { position: 'top' } },
    },
  };
  const what = metric === 'gap' ? '服务质量差距（感知 − 期望）' : '平均分';
  const parts = dimensions.map((d) => `${d}：${comparison.segments.map((s) => `${s.value} ${text(value(s.analysis, d))}`).join('，')}`);
  return {
    config,
    label: `按“${comparison.column}”分组的各维度${what}（分组条形图）。${parts.join('；')}。`,
    table: {
      caption: `各客户群在各维度的${what}`,
      columns: ['维度', ...comparison.segments.map((s) => s.value)],
      rows: dimensions.map((d) => [d, ...comparison.segments.map((s) => text(value(s.analysis, d)))]),
    },
  };
}
