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
  /** Where an edge that skips rows passes through the rows in between (so it goes around the nodes there). */
  readonly via: readonly { readonly row: number; readonly x: number }[];
}

export interface ScenarioMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly rows: number;
  /** The most places in one row (nodes and edges passing through). */
  readonly width: number;
}

interface Slot {
  readonly key: string;
  readonly row: number;
  readonly up: string[];
  readonly down: string[];
}

/**
 * Lays a script out as a layered map for the debrief's path view (the method of Sugiyama, Tagawa & Toda 1981):
 * each node on the row of its longest distance from the start (a valid script has no cycles); an edge that skips
 * rows gets a waypoint in each row it crosses; the places in each row are ordered to reduce crossings by three
 * barycentre sweeps (down, up, down: each place moves to the mean position of its neighbours in the row before),
 * then spread evenly across. Parallel options between the same two nodes share one edge.
 *
 * Source: Sugiyama, Tagawa & Toda (1981), "Methods for visual understanding of hierarchical system structures".
 * @example layoutScenarioMap(aToBandC) // rows 2; a at row 0, x 0.5; b and c at row 1, x 0.25 and 0.75
 */
export function layoutScenarioMap(scenario: Scenario): ScenarioMap {
  const ids = Object.keys(scenario.nodes);
  const merged = new Map<string, { from: string; to: string; options: string[]; conditional: boolean }>();
  for (const e of scenarioEdges(scenario)) {
    if (!(e.to in scenario.nodes)) continue;
    const key = `${e.from}\u0000${e.to}`;
    const m = merged.get(key) ?? { from: e.from, to: e.to, options: [], conditional: false };
    if (!m.options.includes(e.option)) m.options.push(e.option);
    m.conditional ||= e.if !== undefined || scenario.nodes[e.from]!.options![e.optionIndex]!.if !== undefined;
    merged.set(key, m);
  }
  const edges = [...merged.values()];

  // Longest-path rows by relaxing in topological order (Kahn).
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) indegree.set(e.to, indegree.get(e.to)! + 1);
  const row = new Map(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const e of edges) {
      if (e.from !== id) continue;
      row.set(e.to, Math.max(row.get(e.to)!, row.get(id)! + 1));
      indegree.set(e.to, indegree.get(e.to)! - 1);
      if (indegree.get(e.to) === 0) queue.push(e.to);
    }
  }
  const rows = Math.max(0, ...row.values()) + 1;

  // Places: real nodes and one waypoint per row an edge crosses, linked up and down.
  const slots = new Map<string, Slot>();
  const addSlot = (key: string, r: number) => slots.set(key, { key, row: r, up: [], down: [] });
  for (const id of order) addSlot(id, row.get(id)!);
  const link = (a: string, b: string) => {
    slots.get(a)!.down.push(b);
    slots.get(b)!.up.push(a);
  };
  const waypoints = new Map<(typeof edges)[number], string[]>();
  for (const e of edges) {
    const keys: string[] = [];
    let previous = e.from;
    for (let r = row.get(e.from)! + 1; r < row.get(e.to)!; r++) {
      const key = `${e.from}\u0000${e.to}\u0000${r}`;
      addSlot(key, r);
      link(previous, key);
      keys.push(key);
      previous = key;
    }
    link(previous, e.to);
    waypoints.set(e, keys);
  }
  const byRow: string[][] = Array.from({ length: rows }, () => []);
  for (const slot of slots.values()) byRow[slot.row]!.push(slot.key);

  const place = new Map<string, number>();
  const spread = (r: number) => byRow[r]!.forEach((key, i) => place.set(key, (i + 0.5) / byRow[r]!.length));
  for (let r = 0; r < rows; r++) spread(r);
  const sweep = (r: number, neighbours: (slot: Slot) => string[]) => {
    const current = new Map(byRow[r]!.map((key, i) => [key, i]));
    const centre = (key: string) => {
      const near = neighbours(slots.get(key)!);
      return near.length ? near.reduce((s, k) => s + place.get(k)!, 0) / near.length : place.get(key)!;
    };
    const centres = new Map(byRow[r]!.map((key) => [key, centre(key)]));
    byRow[r]!.sort((a, b) => centres.get(a)! - centres.get(b)! || current.get(a)! - current.get(b)!);
    spread(r);
  };
  for (let r = 1; r < rows; r++) sweep(r, (s) => s.up);
  for (let r = rows - 2; r >= 0; r--) sweep(r, (s) => s.down);
  for (let r = 1; r < rows; r++) sweep(r, (s) => s.up);

  return {
    nodes: order.map((id) => ({ id, row: row.get(id)!, x: place.get(id)! })),
    edges: edges.map((e) => ({ ...e, via: waypoints.get(e)!.map((key) => ({ row: slots.get(key)!.row, x: place.get(key)! })) })),
    rows,
    width: Math.max(0, ...byRow.map((m) => m.length)),
  };
}
