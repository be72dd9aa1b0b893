import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimizeNelderMead, minimizePositive } from '~/engine/models/optimize';

// Rosenbrock's banana: minimum 0 at (1, 1) (by hand: both squares vanish there).
const rosenbrock = ([x, y]: readonly number[]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;

describe('minimizeNelderMead', () => {
  it.each([
    [[-1.2, 1]],
    [[0, 0]],
    [[3, -4]],
  ])('finds the Rosenbrock minimum (1, 1) from %j', (x0) => {
    const result = minimizeNelderMead(rosenbrock, Object.freeze(x0));
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
    expect(x0).toEqual(x0.slice()); // the start is not changed (it is frozen, too)
  });

  it('finds the centre of a 4-dimensional quadratic bowl', () => {
    // Minimum at c by construction: every term is a weighted square of (x_i − c_i).
    const c = [1, -2, 3, 0.5];
    const f = (x: readonly number[]) => x.reduce((sum, xi, i) => sum + (i + 1) * (xi - c[i]!) ** 2, 0);
    const result = minimizeNelderMead(f, [0, 0, 0, 0]);
    result.x.forEach((xi, i) => expect(xi).toBeCloseTo(c[i]!, 6));
  });

  it('finds the centre of random scaled bowls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (c, w) => {
          const f = (x: readonly number[]) => x.reduce((sum, xi, i) => sum + w[i]! * (xi - c[i]!) ** 2, 0);
          const result = minimizeNelderMead(f, c.map(() => 0));
          result.x.forEach((xi, i) => expect(Math.abs(xi - c[i]!)).toBeLessThan(1e-5));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('treats NaN as +∞ and walks away from it', () => {
    // ln is undefined (NaN) for x ≤ 0; the minimum of (ln x)² is at x = 1.
    const result = minimizeNelderMead(([x]) => Math.log(x!) ** 2, [0.2], { initialStep: 1 });
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('reports when the evaluation budget ran out', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 20 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(20 + 3);
  });

  it.each([[[]], [[Number.NaN]]])('rejects the start %j', (x0) => {
    expect(() => minimizeNelderMead(() => 0, x0)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('minimizePositive', () => {
  it('keeps every trial point positive and finds the minimum', () => {
    // (p − 3)² + (q − 0.01)²: minimum at (3, 0.01) by hand; f throws on a non-positive point.
    const f = ([p, q]: readonly number[]) => {
      if (!(p! > 0 && q! > 0)) throw new Error('not positive');
      return (p! - 3) ** 2 + (q! - 0.01) ** 2;
    };
    const result = minimizePositive(f, [1, 1]);
    expect(result.x[0]).toBeCloseTo(3, 6);
    expect(result.x[1]).toBeCloseTo(0.01, 6);
  });

  it.each([[[0]], [[-1, 2]]])('rejects the start %j', (x0) => {
    expect(() => minimizePositive(() => 0, x0)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
