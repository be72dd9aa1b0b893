import { LOYALTY_QUADRANTS } from '../loyalty/matrix/quadrants';
import type { LoyaltyQuadrantKey } from '../loyalty/matrix/quadrants';

import { MATRIX_ACTIVITY } from './activity-kinds';

export { MATRIX_ACTIVITY };

/**
 * The satisfaction–loyalty matrix as a code carries it: per member, in id order (L01 … L08), 0 not placed or
 * 1 + the quadrant's position in `LOYALTY_QUADRANTS` (1 忠诚者, 2 唯利是图者, 3 人质, 4 背叛者).
 * @throws never.
 * @example matrixCodeAnswers(['L01', 'L02'], { L02: 'hostage' }) // [0, 3]
 */
export function matrixCodeAnswers(memberIds: readonly string[], placements: Readonly<Record<string, LoyaltyQuadrantKey | undefined>>): number[] {
  return [...memberIds].sort().map((id) => {
    const placed = placements[id];
    return placed ? 1 + LOYALTY_QUADRANTS.findIndex((q) => q.key === placed) : 0;
  });
}

/** The quadrant a matrix code's number names, or null (not placed, or a value no release writes). */
export function matrixQuadrantOfCode(value: number): LoyaltyQuadrantKey | null {
  return LOYALTY_QUADRANTS[value - 1]?.key ?? null;
}
