import type { AbcResult } from './classify-abc';
import { requireIntegerInRange } from '../../core/guards';

/** One point of a Pareto curve with the class of the customer it ends at. */
export interface ParetoPoint {
  readonly customerShare: number;
  readonly valueShare: number;
  /** The class of the customer this point ends at; null for the origin. */
  readonly class: 'A' | 'B' | 'C' | null;
}

/**
 * The Pareto curve of an ABC result thinned to at most `maxPoints` points for drawing: the origin, the last
 * customer of each class (so the A/B and B/C corners stay exact), the end, and evenly spaced customers between.
 * With fewer customers than `maxPoints` every customer is a point.
 *
 * @throws EngineError `invalid-points` unless maxPoints is an integer 8–100,000.
 * @example paretoPoints(classifyAbc(items), 500).length // ≤ 500; for 10 customers, 11 points from (0, 0) to (1, 1)
 */
export function paretoPoints(result: Pick<AbcResult, 'customers'>, maxPoints = 500): ParetoPoint[] {
  requireIntegerInRange(maxPoints, 8, 100_000, { code: 'invalid-points', zh: '曲线点数', en: 'maxPoints' });
  const { customers } = result;
  const n = customers.length;
  const keep = new Set<number>();
  if (n + 1 <= maxPoints) for (let k = 0; k < n; k++) keep.add(k);
  else {
    for (let k = 0; k < n; k++) if (k === n - 1 || customers[k]!.class !== customers[k + 1]!.class) keep.add(k);
    const room = maxPoints - 1 - keep.size;
    for (let j = 1; j <= room; j++) keep.add(Math.min(n - 1, Math.round((j * n) / (room + 1)) - 1));
  }
  const points: ParetoPoint[] = [{ customerShare: 0, valueShare: 0, class: null }];
  for (const k of [...keep].sort((x, y) => x - y)) {
    if (k < 0) continue;
    const c = customers[k]!;
    points.push({ customerShare: (k + 1) / n, valueShare: c.cumulative, class: c.class });
  }
  return points;
}
