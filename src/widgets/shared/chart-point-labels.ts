/**
 * Names written beside the points of a scatter chart, so a reader can match each dot to its row in the data table
 * without hovering. A point is labelled when its data item has a `name` (`{ x, y, name }`). Used as an inline
 * chart.js plugin (`plugins: [pointNameLabels]` in a chart's config); it imports nothing from chart.js, so a
 * widget's pure charts.ts can name it without loading chart.js early.
 */
import type { Chart, Plugin } from 'chart.js';

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PointToLabel {
  /** The point's centre and radius, in canvas pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The label's size as measured in the chart's font. */
  readonly width: number;
  readonly height: number;
}

const GAP = 4;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: LabelBox, area: LabelBox): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

/**
 * Where each label goes (its top-left corner and size): right of its point if that fits inside `area` without
 * covering a label already placed or another point, else left, above or below; if nothing fits, right of the
 * point clamped into the area. Points are placed in the order given.
 */
export function placePointLabels(points: readonly PointToLabel[], area: LabelBox): LabelBox[] {
  const placed: LabelBox[] = [];
  const dots: LabelBox[] = points.map((p) => ({ x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }));
  for (const [i, p] of points.entries()) {
    const d = p.radius + GAP;
    const candidates: LabelBox[] = [
      { x: p.x + d, y: p.y - p.height / 2, width: p.width, height: p.height },
      { x: p.x - d - p.width, y: p.y - p.height / 2, width: p.width, height: p.height },
      { x: p.x - p.width / 2, y: p.y - d - p.height, width: p.width, height: p.height },
      { x: p.x - p.width / 2, y: p.y + d, width: p.width, height: p.height },
    ];
    const free = candidates.find(
      (c) => inside(c, area) && !placed.some((b) => overlaps(b, c)) && !dots.some((dot, j) => j !== i && overlaps(dot, c)),
    );
    const first = candidates[0]!;
    placed.push(
      free ?? {
        ...first,
        x: Math.max(area.x, Math.min(first.x, area.x + area.width - p.width)),
        y: Math.max(area.y, Math.min(first.y, area.y + area.height - p.height)),
      },
    );
  }
  return placed;
}

/** The chart.js plugin: draws the names after the datasets, in the chart's own font and ink. */
export const pointNameLabels: Plugin = {
  id: 'pointNameLabels',
  afterDatasetsDraw(chart: Chart) {
    const { ctx, chartArea } = chart;
    const font = chart.options.font as { size?: number; family?: string } | undefined;
    const size = font?.size ?? 13;
    ctx.save();
    ctx.font = `600 ${size}px ${font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = String(chart.options.color ?? '#000');
    const texts: string[] = [];
    const points: PointToLabel[] = [];
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      dataset.data.forEach((item, j) => {
        const name = (item as { name?: unknown } | null)?.name;
        const element = meta.data[j] as unknown as { x: number; y: number; options?: { radius?: number } } | undefined;
        if (typeof name !== 'string' || !element) return;
        texts.push(name);
        points.push({ x: element.x, y: element.y, radius: element.options?.radius ?? 3, width: ctx.measureText(name).width, height: size * 1.2 });
      });
    });
    const area = { x: chartArea.left, y: chartArea.top, width: chartArea.right - chartArea.left, height: chartArea.bottom - chartArea.top };
    placePointLabels(points, area).forEach((box, k) => {
      // A halo in the page colour keeps the name readable over grid and cut lines.
      ctx.lineWidth = 4;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.strokeText(texts[k]!, box.x, box.y + size * 0.1);
      ctx.fillText(texts[k]!, box.x, box.y + size * 0.1);
    });
    ctx.restore();
  },
};
