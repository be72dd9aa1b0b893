import { describe, expect, it } from 'vitest';
import { placePointLabels, type PointToLabel } from '~/widgets/shared/chart-point-labels';

const area = { x: 0, y: 0, width: 300, height: 200 };
const point = (x: number, y: number, width = 40): PointToLabel => ({ x, y, radius: 8, width, height: 16 });

describe('placePointLabels (names beside the IPA dots)', () => {
  it('puts a label right of its point, vertically centred, 4 px past the dot', () => {
    expect(placePointLabels([point(100, 100)], area)).toEqual([{ x: 112, y: 92, width: 40, height: 16 }]);
  });

  it('goes left of a point near the right edge', () => {
    expect(placePointLabels([point(280, 100)], area)[0]).toEqual({ x: 228, y: 92, width: 40, height: 16 });
  });

  it('moves a label that would cover one already placed: two points close one above the other', () => {
    const [a, b] = placePointLabels([point(100, 100), point(100, 110)], area);
    expect(a).toEqual({ x: 112, y: 92, width: 40, height: 16 });
    expect(b).toEqual({ x: 48, y: 102, width: 40, height: 16 });
  });

  it('never covers another dot', () => {
    // The second point sits where the first one's label would go on the right.
    const [a] = placePointLabels([point(100, 100), point(130, 100)], area);
    expect(a!.x + a!.width <= 122 || a!.x >= 138).toBe(true);
  });

  it('keeps a label inside the area even when nothing fits', () => {
    const [a] = placePointLabels([point(10, 5, 400)], { x: 0, y: 0, width: 300, height: 20 });
    expect(a!.x).toBeGreaterThanOrEqual(0);
    expect(a!.y).toBeGreaterThanOrEqual(0);
  });
});
