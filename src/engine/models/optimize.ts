import { EngineError } from '../core/errors';

/** Options for `minimizeNelderMead` and `minimizePositive`. */
export interface MinimizeOptions {
  /** Size of the first simplex's edges, one number for every coordinate or one per coordinate; default 0.5. */
  readonly initialStep?: number | readonly number[];
  /** Stop when the simplex's values differ by at most this times (1 + |best|); default 1e-12. */
  readonly valueTolerance?: number;
  /** …and its corners lie within this distance of the best one in every coordinate; default 1e-9. */
  readonly pointTolerance?: number;
  /** Give up after this many evaluations of f (over all restarts); default 20,000. */
  readonly maxEvaluations?: number;
  /** Fresh simplices built around the best point after convergence, at most; default 10. */
  readonly maxRestarts?: number;
}

/** The result of a minimisation. */
export interface MinimizeResult {
  /** The best point found. */
  readonly x: number[];
  /** f at that point. */
  readonly value: number;
  /** How many times f was evaluated. */
  readonly evaluations: number;
  /** How many Nelder–Mead steps were taken, over all restarts. */
  readonly iterations: number;
  /** How many restarts were run. */
  readonly restarts: number;
  /** True when the tolerances were met before `maxEvaluations` ran out. */
  readonly converged: boolean;
}

/**
 * Minimises f by the Nelder–Mead downhill simplex: a simplex of n + 1 points is reflected, expanded,
 * contracted or shrunk until its values and corners agree within the tolerances. A converged simplex
 * can be stuck on a ridge, so the search restarts from a fresh simplex around the best point until a
 * restart no longer improves it. Values that are NaN count as +∞, so f may return NaN where undefined.
 * Source: Nelder & Mead (1965), Computer Journal 7:308–313; coefficients as in Lagarias et al. (1998).
 * @throws EngineError `invalid-argument` when x0 is empty or not finite.
 * @example minimizeNelderMead(([x, y]) => (x! - 1) ** 2 + (y! + 2) ** 2, [0, 0]).x // ≈ [1, −2]
 */
export function minimizeNelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const n = x0.length;
  if (n === 0 || !x0.every(Number.isFinite)) {
    throw new EngineError('invalid-argument', '起点必须是有限数字组成的非空数组(the starting point must be a non-empty array of finite numbers)', { x0 });
  }
  const steps = typeof options.initialStep === 'object' ? options.initialStep : new Array<number>(n).fill(options.initialStep ?? 0.5);
  const valueTolerance = options.valueTolerance ?? 1e-12;
  const pointTolerance = options.pointTolerance ?? 1e-9;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 10;

  let evaluations = 0;
  const evaluate = (x: readonly number[]): number => {
    evaluations++;
    const value = f(x);
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };

  let best = { x: [...x0], value: evaluate(x0) };
  let iterations = 0;
  let restarts = 0;
  let converged = false;
  for (;;) {
    const run = descend(best, steps, evaluate, () => evaluations >= maxEvaluations, valueTolerance, pointTolerance);
    iterations += run.iterations;
    const improvement = best.value - run.best.value;
    best = run.best.value <= best.value ? run.best : best;
    converged = run.converged;
    if (!converged || restarts >= maxRestarts || !(improvement > valueTolerance * (1 + Math.abs(best.value)))) break;
    restarts++;
  }
  return { x: best.x, value: best.value, evaluations, iterations, restarts, converged };
}

interface Vertex {
  x: number[];
  value: number;
}

function descend(
  start: Vertex,
  steps: readonly number[],
  evaluate: (x: readonly number[]) => number,
  outOfBudget: () => boolean,
  valueTolerance: number,
  pointTolerance: number,
): { best: Vertex; iterations: number; converged: boolean } {
  const n = start.x.length;
  const simplex: Vertex[] = [start];
  for (let i = 0; i < n; i++) {
    const x = [...start.x];
    x[i]! += steps[i] ?? 0.5;
    simplex.push({ x, value: evaluate(x) });
  }
  const along = (from: readonly number[], to: readonly number[], t: number): number[] => from.map((v, i) => v + t * (to[i]! - v));

  let iterations = 0;
  for (;;) {
    simplex.sort((p, q) => p.value - q.value);
    const first = simplex[0]!;
    const last = simplex[n]!;
    const spread = Math.max(...simplex.map((v) => Math.max(...v.x.map((xi, i) => Math.abs(xi - first.x[i]!)))));
    const flat = last.value - first.value <= valueTolerance * (1 + Math.abs(first.value)) || first.value === Number.NEGATIVE_INFINITY;
    if (flat && spread <= pointTolerance) return { best: first, iterations, converged: true };
    if (outOfBudget()) return { best: first, iterations, converged: false };
    iterations++;

    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]!.x[i]! / n;
    const reflected = along(centroid, last.x, -1);
    const fr = evaluate(reflected);
    if (fr < first.value) {
      const expanded = along(centroid, last.x, -2);
      const fe = evaluate(expanded);
      simplex[n] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
      continue;
    }
    if (fr < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: fr };
      continue;
    }
    const outside = fr < last.value;
    const contracted = along(centroid, outside ? reflected : last.x, 0.5);
    const fc = evaluate(contracted);
    if (outside ? fc <= fr : fc < last.value) {
      simplex[n] = { x: contracted, value: fc };
      continue;
    }
    for (let k = 1; k <= n; k++) {
      const x = along(first.x, simplex[k]!.x, 0.5);
      simplex[k] = { x, value: evaluate(x) };
    }
  }
}

/**
 * Minimises f over positive parameters by running `minimizeNelderMead` on their logarithms:
 * the search works with y = ln x and evaluates f(eˣ), so every trial point stays positive and the
 * steps are relative (an initial step of 0.5 multiplies a parameter by e^0.5 ≈ 1.65).
 * Source: the usual reparameterisation, e.g. lifetimes' fitters (Davidson-Pilon, 2014–).
 * @throws EngineError `invalid-argument` when a starting value is not a finite number > 0.
 * @example minimizePositive(([p]) => (Math.log(p!) - Math.log(3)) ** 2, [1]).x // ≈ [3]
 */
export function minimizePositive(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  if (!x0.every((v) => v > 0 && Number.isFinite(v))) {
    throw new EngineError('invalid-argument', '起点的每个参数都必须大于 0(every starting value must be greater than 0)', { x0 });
  }
  const result = minimizeNelderMead((y) => f(y.map(Math.exp)), x0.map(Math.log), options);
  return { ...result, x: result.x.map(Math.exp) };
}

/**
 * How far a fitted parameter may go: outside [1e-6, 1e6] a maximum-likelihood search has run off towards a
 * boundary of the model (a parameter heading to 0 or ∞ because the data cannot pin it down), and the
 * numbers it reports mean nothing. Real fits (CDNOW, Fader & Hardie's cohorts) stay within 1e-2 … 1e2.
 */
export const PARAMETER_LIMIT = 1e6;

/**
 * The first parameter that is not finite or lies outside [1/PARAMETER_LIMIT, PARAMETER_LIMIT], as
 * [name, value], or null when all are usable.
 * @example extremeParameter({ alpha: 5.2e8, beta: 3.7e-11 }) // ['alpha', 5.2e8]
 */
export function extremeParameter(params: Readonly<Record<string, number>>): readonly [string, number] | null {
  for (const [name, value] of Object.entries(params)) {
    if (!Number.isFinite(value) || value > PARAMETER_LIMIT || value < 1 / PARAMETER_LIMIT) return [name, value];
  }
  return null;
}

/** A number for a message: 4 significant digits (`5.205e+8`, `0.6680`, `3.659e-11`). */
export function shortNumber(value: number): string {
  return Number.isFinite(value) ? value.toPrecision(4) : String(value);
}
