import { describe, expect, it } from 'vitest';
import { layoutScenarioMap } from '~/engine/communication/roleplay';
import { pathMapGeometry } from '~/widgets/complaint-roleplay/path-map';
import { tinyScenario } from '../../engine/communication/roleplay/fixtures';

describe('pathMapGeometry', () => {
  it('scales the layout to SVG units and marks the path taken (worked by hand)', () => {
    const tiny = tinyScenario();
    const geometry = pathMapGeometry(layoutScenarioMap(tiny), tiny, ['open', 'angry', 'fix', 'close', 'lost'], { column: 150, row: 76, margin: 36, radius: 12, minWidth: 360 });
    // widest row has 2 places: max(360, 2 × 150) = 360; 5 rows: 2 × 36 + 4 × 76 + 30 (two label lines under the last row) = 406
    expect(geometry.width).toBe(360);
    expect(geometry.height).toBe(406);
    const node = (id: string) => geometry.nodes.find((n) => n.id === id)!;
    // open: x 0.5 → 180, row 0 → 36; kept: x 0.75 → 270, row 4 → 36 + 304 = 340 (layout worked in layout-scenario-map.test.ts)
    expect([node('open').cx, node('open').cy]).toEqual([180, 36]);
    expect([node('kept').cx, node('kept').cy, node('kept').step, node('kept').ending]).toEqual([270, 340, null, 'resolved']);
    expect([node('lost').cx, node('lost').step, node('lost').current, node('lost').ending]).toEqual([90, 5, true, 'lost']);
    expect(node('angry').step).toBe(2);
    expect(node('open').label).toBe('开场');
    // open → angry (x 0.25 → 90, row 1 → 112): from (180, 48) to (90, 100), bend (100 − 48) / 2 = 26
    const edge = geometry.edges.find((e) => e.from === 'open' && e.to === 'angry')!;
    expect(edge.d).toBe('M180,48 C180,74 90,74 90,100');
    expect(edge.taken).toBe(true);
    // open → fix goes through its waypoint in row 1 (270, 112), then to fix (270, 188 − 12 = 176): bends 32 and 32
    const skip = geometry.edges.find((e) => e.from === 'open' && e.to === 'fix')!;
    expect(skip.d).toBe('M180,48 C180,80 270,80 270,112 C270,144 270,144 270,176');
    expect(skip.taken).toBe(false);
    // Not-taken edges come first so the path is drawn on top.
    const firstTaken = geometry.edges.findIndex((e) => e.taken);
    expect(geometry.edges.slice(firstTaken).every((e) => e.taken)).toBe(true);
    expect(geometry.edges.filter((e) => e.taken)).toHaveLength(4);
  });
});
