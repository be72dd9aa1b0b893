import { describe, expect, it } from 'vitest';
import { layoutScenarioMap } from '~/engine/communication/roleplay';
import { tinyScenario } from './fixtures';
import { loadScenarios } from './load-scenarios';

describe('layoutScenarioMap', () => {
  it('lays the small script out row by row (worked by hand)', () => {
    const map = layoutScenarioMap(tinyScenario());
    const at = Object.fromEntries(map.nodes.map((n) => [n.id, [n.row, n.x]]));
    // Rows (longest path): open 0, angry 1, fix 2 (open → angry → fix), close 3, kept and lost 4.
    // Waypoints: open → fix crosses row 1; angry → lost crosses rows 2 and 3. So rows 1–4 hold two places each.
    // Sweep down: row 2: fix sits between its parents (waypoint 0.75, angry 0.25) at 0.5, the angry → lost waypoint
    // at angry's 0.25, so the waypoint goes left; row 3 likewise; row 4: lost (0.25 + 0.75) / 2 = 0.5 < kept 0.75.
    // The up and second down sweeps change nothing.
    expect(at).toEqual({ open: [0, 0.5], angry: [1, 0.25], fix: [2, 0.75], close: [3, 0.75], kept: [4, 0.75], lost: [4, 0.25] });
    expect(map.rows).toBe(5);
    expect(map.width).toBe(2);
    // sorry, calm (its default branch) and promise all go open → fix: one edge, open to anyone; calm's conditional branch goes to angry.
    expect(map.edges.find((e) => e.from === 'open' && e.to === 'fix')).toEqual({ from: 'open', to: 'fix', options: ['sorry', 'calm', 'promise'], conditional: false, via: [{ row: 1, x: 0.75 }] });
    expect(map.edges.find((e) => e.from === 'open' && e.to === 'angry')).toMatchObject({ options: ['calm'], conditional: true, via: [] });
    expect(map.edges.find((e) => e.from === 'angry' && e.to === 'lost')!.via).toEqual([{ row: 2, x: 0.25 }, { row: 3, x: 0.25 }]);
    expect(map.edges.find((e) => e.from === 'angry' && e.to === 'fix')!.conditional).toBe(false);
  });

  it.each(loadScenarios().map((s) => [s.id, s] as const))('%s: every move goes down at least one row, every node placed once', (_, scenario) => {
    const map = layoutScenarioMap(scenario);
    const row = new Map(map.nodes.map((n) => [n.id, n.row]));
    expect(map.nodes).toHaveLength(Object.keys(scenario.nodes).length);
    for (const e of map.edges) {
      expect(row.get(e.to)!).toBeGreaterThan(row.get(e.from)!);
      // A waypoint in every row the edge skips, so no line runs through a node.
      expect(e.via.map((v) => v.row)).toEqual(Array.from({ length: row.get(e.to)! - row.get(e.from)! - 1 }, (_, i) => row.get(e.from)! + 1 + i));
    }
    // No two places in a row share a position.
    const places = [...map.nodes.map((n) => `${n.row}:${n.x}`), ...map.edges.flatMap((e) => e.via.map((v) => `${v.row}:${v.x}`))];
    expect(new Set(places).size).toBe(places.length);
    for (const n of map.nodes) expect(n.x).toBeGreaterThan(0), expect(n.x).toBeLessThan(1);
    expect(map.nodes.find((n) => n.id === scenario.start)!.row).toBe(0);
  });
});
