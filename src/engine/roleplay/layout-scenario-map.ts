import { scenarioEdges } from './scenario-edges';
import type { Scenario } from './types';

export interface MapNode {
  readonly id: string;
  /** Row: the longest number of replies from the start to this node, so every move goes down a row. */
  readonly row: number;
  /** Horizontal place within the map, 0–1 (centres of equal slots across the row). */
  readonly x: number;
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** Ids of the options that lead along this edge. */
  readonly options: readonly string[];
  /** True when the move depends on a condition (how the conversation has gone). */
  readonly conditional: boolean;
}

export interface ScenarioMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly rows: number;
  /** The most nodes in one row. */
  readonly width: number;
}

/**
 * Lays a script out as a layered map for the debrief's path view: each node on the row of its longest distance
 * from the start (a valid script has no cycles), nodes in a row ordered by the mean place of the nodes that lead to
 * them (the barycentre heuristic of Sugiyama et al. 1981, one pass from the top), then spread evenly across.
 * Parallel options between the same two nodes share one edge.
 *
 * Source: Sugiyama, Tagawa & Toda (1981), "Methods for visual understanding of hierarchical system structures".
 * @example layoutScenarioMap(aToBandC) // rows 2; a at row 0, x 0.5; b and c at row 1, x 0.25 and 0.75
 */
export function layoutScenarioMap(scenario: Scenario): ScenarioMap {
  const ids = Object.keys(scenario.nodes);
  const edges = scenarioEdges(scenario).filter((e) => e.to in scenario.nodes);
  const merged = new Map<string, { from: string; to: string; options: string[]; conditional: boolean }>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}`;
    const m = merged.get(key) ?? { from: e.from, to: e.to, options: [], conditional: false };
    if (!m.options.includes(e.option)) m.options.push(e.option);
    m.conditional ||= e.if !== undefined || scenario.nodes[e.from]!.options![e.optionIndex]!.if !== undefined;
    merged.set(key, m);
  }

  // Longest-path rows by relaxing in topological order (Kahn).
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const m of merged.values()) indegree.set(m.to, indegree.get(m.to)! + 1);
  const row = new Map(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const m of merged.values()) {
      if (m.from !== id) continue;
      row.set(m.to, Math.max(row.get(m.to)!, row.get(id)! + 1));
      indegree.set(m.to, indegree.get(m.to)! - 1);
      if (indegree.get(m.to) === 0) queue.push(m.to);
    }
  }
  const rows = Math.max(0, ...row.values()) + 1;
  const byRow: string[][] = Array.from({ length: rows }, () => []);
  for (const id of order) byRow[row.get(id)!]!.push(id);

  const x = new Map<string, number>();
  const parents = (id: string) => [...merged.values()].filter((m) => m.to === id).map((m) => m.from);
  byRow.forEach((members, r) => {
    if (r > 0) {
      const centre = (id: string) => {
        const placed = parents(id).filter((p) => x.has(p));
        return placed.length ? placed.reduce((s, p) => s + x.get(p)!, 0) / placed.length : 0.5;
      };
      const firstSeen = new Map(members.map((id, i) => [id, i]));
      members.sort((a, b) => centre(a) - centre(b) || firstSeen.get(a)! - firstSeen.get(b)!);
    }
    members.forEach((id, i) => x.set(id, (i + 0.5) / members.length));
  });

  return {
    nodes: order.map((id) => ({ id, row: row.get(id)!, x: x.get(id)! })),
    edges: [...merged.values()],
    rows,
    width: Math.max(0, ...byRow.map((m) => m.length)),
  };
}
