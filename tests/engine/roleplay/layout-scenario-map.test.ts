import { describe, expect, it } from 'vitest';
import { layoutScenarioMap } from '~/engine/roleplay';
import { tinyScenario } from './fixtures';
import { loadScenarios } from './load-scenarios';

describe('layoutScenarioMap', () => {
  it('lays the small script out row by row (worked by hand)', () => {
    const map = layoutScenarioMap(tinyScenario());
    const at = Object.fromEntries(map.nodes.map((n) => [n.id, [n.row, n.x]]));
    // open 0; angry 1 (open → angry); fix 2 (longest: open → angry → fix); close 3; kept, lost 4 (lost also from angry, but its longest path is 4)
    expect(at).toEqual({ open: [0, 0.5], angry: [1, 0.5], fix: [2, 0.5], close: [3, 0.5], kept: [4, 0.25], lost: [4, 0.75] });
    expect(map.rows).toBe(5);
    expect(map.width).toBe(2);
    // sorry, calm (its default branch) and promise all go open → fix: one edge, open to anyone; calm's conditional branch goes to angry.
    expect(map.edges.find((e) => e.from === 'open' && e.to === 'fix')).toEqual({ from: 'open', to: 'fix', options: ['sorry', 'calm', 'promise'], conditional: false });
    expect(map.edges.find((e) => e.from === 'open' && e.to === 'angry')).toEqual({ from: 'open', to: 'angry', options: ['calm'], conditional: true });
    expect(map.edges.find((e) => e.from === 'angry' && e.to === 'fix')!.conditional).toBe(false);
  });

  it.each(loadScenarios().map((s) => [s.id, s] as const))('%s: every move goes down at least one row, every node placed once', (_, scenario) => {
    const map = layoutScenarioMap(scenario);
    const row = new Map(map.nodes.map((n) => [n.id, n.row]));
    expect(map.nodes).toHaveLength(Object.keys(scenario.nodes).length);
    for (const e of map.edges) expect(row.get(e.to)!).toBeGreaterThan(row.get(e.from)!);
    for (const n of map.nodes) expect(n.x).toBeGreaterThan(0), expect(n.x).toBeLessThan(1);
    expect(map.nodes.find((n) => n.id === scenario.start)!.row).toBe(0);
  });
});
