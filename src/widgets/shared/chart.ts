/**
 * Charts for widgets, loaded lazily: chart.js (~50 KB gzipped with what we register) is fetched with a dynamic
 * `import()` the first time a chart is drawn, never before the page is used. Use `ChartCanvas` (ChartCanvas.tsx)
 * to draw: it takes a plain chart.js configuration (make it in your widget's pure `charts.ts`), a sentence for
 * screen readers and a data table, and it handles Traditional Chinese labels, projector mode and clean-up.
 *
 * Registered: bar and line charts (with points and area fill), category and linear axes, legend, tooltip.
 * Need another controller or element? Add it in chart-setup.ts.
 */
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { loadOnce } from './load-once';

export type ChartConfig = ChartConfiguration;
export type ChartConstructor = typeof ChartJs;

/** chart.js with our components registered; one download per page, shared by every widget. */
export const loadChart: () => Promise<ChartConstructor> = loadOnce(() => import('./chart-setup').then((m) => m.Chart));

/**
 * Colours for data series: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
 * Never let colour carry meaning alone: legends, labels and the data table say the same.
 */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** The same config with every label a reader sees passed through `convert` (used for Traditional Chinese pages). */
export function convertChartText<T extends ChartConfig>(config: T, convert: (text: string) => string): T {
  const text = (value: unknown): unknown =>
    typeof value === 'string' ? convert(value) : Array.isArray(value) ? value.map(text) : value;
  const data = config.data;
  const options = (config.options ?? {}) as Record<string, unknown> & { plugins?: Record<string, { text?: unknown } | undefined>; scales?: Record<string, { title?: { text?: unknown } } | undefined> };
  const scales = options.scales
    ? Object.fromEntries(Object.entries(options.scales).map(([key, scale]) => [key, scale?.title ? { ...scale, title: { ...scale.title, text: text(scale.title.text) } } : scale]))
    : undefined;
  const title = options.plugins?.title;
  // Points named for labels and tooltips (`{ x, y, name }`, see chart-point-labels.ts).
  const pointName = (item: unknown): unknown =>
    item !== null && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string'
      ? { ...item, name: convert((item as { name: string }).name) }
      : item;
  return {
    ...config,
    data: {
      ...data,
      labels: data.labels?.map(text),
      datasets: data.datasets.map((d) => ({
        ...d,
        ...(typeof d.label === 'string' ? { label: convert(d.label) } : {}),
        data: (d.data as unknown[]).map(pointName),
      })),
    },
    options: {
      ...options,
      ...(scales ? { scales } : {}),
      ...(title ? { plugins: { ...options.plugins, title: { ...title, text: text(title.text) } } } : {}),
    },
  } as T;
}

/**
 * Font size and ink for the chart's text, following the page's type: 13 px at the usual 16 px root; in projector
 * mode the root size itself (28 px at 1920 × 1080), the same as the smallest text around the chart, and darker.
 */
export function chartTheme(projector: boolean, rootFontPx = 16): { fontSize: number; ink: string; grid: string } {
  return projector
    ? { fontSize: Math.round(rootFontPx), ink: '#000000', grid: '#8c8c8c' }
    : { fontSize: Math.round((rootFontPx * 13) / 16), ink: '#1b1f24', grid: '#d5dbe3' };
}
