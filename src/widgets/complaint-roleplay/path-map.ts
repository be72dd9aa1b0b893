import type { EndingKind, Scenario, ScenarioMap } from '../../engine/communication/roleplay';

export interface MapNodeShape {
  readonly id: string;
  readonly label: string;
  readonly cx: number;
  readonly cy: number;
  /** 1-based place in the path taken (its first visit), or null when not visited. */
  readonly step: number | null;
  /** The node the conversation is at now (or ended at). */
  readonly current: boolean;
  readonly ending: EndingKind | null;
}

export interface MapEdgeShape {
  readonly from: string;
  readonly to: string;
  /** SVG path: vertical cubic curves from the bottom of `from` through the edge's waypoints to the top of `to`. */
  readonly d: string;
  readonly taken: boolean;
  readonly conditional: boolean;
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly nodes: readonly MapNodeShape[];
  /** Edges not taken first, so the path taken is drawn on top. */
  readonly edges: readonly MapEdgeShape[];
}

export interface MapSizes {
  readonly column: number;
  readonly row: number;
  readonly margin: number;
  readonly radius: number;
  readonly minWidth: number;
}

export const DEFAULT_SIZES: MapSizes = { column: 110, row: 76, margin: 36, radius: 12, minWidth: 360 };
/**
 * In 投影模式, where the map is drawn at 1.5 times its width and its labels at 19 units (28.5 px, the back row's
 * least): larger nodes, so that a step number fits in its circle, and rows far enough apart for two label lines.
 */
export const PROJECTOR_SIZES: MapSizes = { column: 110, row: 96, margin: 40, radius: 16, minWidth: 360 };

/**
 * Pixel geometry of the debrief's path map: the engine's layered layout (`layoutScenarioMap`) scaled to SVG units
 * (a column per node in the widest row, a row per reply), with the path taken marked on its nodes and edges.
 */
export function pathMapGeometry(map: ScenarioMap, scenario: Scenario, path: readonly string[], sizes: MapSizes = DEFAULT_SIZES): MapGeometry {
  const width = Math.max(sizes.minWidth, map.width * sizes.column);
  const height = 2 * sizes.margin + Math.max(0, map.rows - 1) * sizes.row + 30;
  const steps = new Map<string, number>();
  path.forEach((id, i) => {
    if (!steps.has(id)) steps.set(id, i + 1);
  });
  const taken = new Set(path.slice(1).map((id, i) => `${path[i]}>${id}`));
  const at = new Map<string, { cx: number; cy: number }>();
  const px = (x: number) => Math.round(x * width * 10) / 10;
  const py = (row: number) => sizes.margin + row * sizes.row;
  const nodes = map.nodes.map((n) => {
    const cx = px(n.x);
    const cy = py(n.row);
    at.set(n.id, { cx, cy });
    const node = scenario.nodes[n.id]!;
    return { id: n.id, label: node.label, cx, cy, step: steps.get(n.id) ?? null, current: path[path.length - 1] === n.id, ending: node.ending?.kind ?? null };
  });
  const edges = map.edges
    .map((e) => {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      const points = [{ x: a.cx, y: a.cy + sizes.radius }, ...e.via.map((v) => ({ x: px(v.x), y: py(v.row) })), { x: b.cx, y: b.cy - sizes.radius }];
      let d = `M${points[0]!.x},${points[0]!.y}`;
      for (let i = 1; i < points.length; i++) {
        const p = points[i - 1]!;
        const q = points[i]!;
        const bend = (q.y - p.y) / 2;
        d += ` C${p.x},${p.y + bend} ${q.x},${q.y - bend} ${q.x},${q.y}`;
      }
      return { from: e.from, to: e.to, d, taken: taken.has(`${e.from}>${e.to}`), conditional: e.conditional };
    })
    .sort((x, y) => Number(x.taken) - Number(y.taken));
  return { width, height, radius: sizes.radius, nodes, edges };
}
