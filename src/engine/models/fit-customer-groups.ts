import { EngineError } from '../core/errors';
import { extremeParameter, minimizePositive, shortNumber } from './optimize';
import type { CustomerGroups } from './bgnbd';

/** One parameter of a customer-base model: its key, the symbol messages show, and whether it is in the data's time unit (α, β: scaled with the times). */
export interface ModelParameter<P> {
  readonly key: keyof P & string;
  readonly symbol: string;
  readonly time?: boolean;
}

/** What `fitCustomerGroups` needs to know about a model (BG/NBD, Pareto/NBD). */
export interface CustomerGroupsModel<P extends { readonly [K in keyof P]: number }> {
  /** The name in messages (`BG/NBD`). */
  readonly name: string;
  readonly parameters: readonly ModelParameter<P>[];
  /** ln L summed over the groups; `search` is true while the optimiser is looking. */
  readonly logLikelihood: (params: P, groups: CustomerGroups, search: boolean) => number;
}

/** How a fit went, beside its parameters. */
export interface FitStatistics {
  /** The maximised log-likelihood, summed over customers. */
  readonly logLikelihood: number;
  /** Nelder–Mead steps taken. */
  readonly iterations: number;
  /** Evaluations of the likelihood. */
  readonly evaluations: number;
  /** False when the search stopped on its evaluation budget rather than on its tolerances. */
  readonly converged: boolean;
  /** Customers fitted. */
  readonly customers: number;
}

/**
 * Refuses parameters that are not all finite numbers > 0.
 * @throws EngineError `invalid-parameters` naming the model and the first bad parameter.
 * @example checkModelParams('BG/NBD', { r: 0, alpha: 1 }, ['r', 'alpha']) // throws: BG/NBD 参数 r 必须是大于 0 的有限数，当前为 0 …
 */
export function checkModelParams<P extends { readonly [K in keyof P]: number }>(name: string, params: P, keys: readonly (keyof P & string)[]): void {
  for (const key of keys) {
    const value = params[key]!;
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new EngineError('invalid-parameters', `${name} 参数 ${key} 必须是大于 0 的有限数，当前为 ${value}(parameter ${key} must be a finite number > 0)`, {
        [key]: value,
      });
    }
  }
}

/**
 * Refuses data a customer-base model cannot be fitted to.
 * @throws EngineError `too-few-customers` with fewer than 2 customers, `no-repeat-purchases` when nobody came back.
 */
export function checkFittable(groups: CustomerGroups, modelName: string): void {
  if (groups.customers < 2) {
    throw new EngineError('too-few-customers', `至少需要 2 位客户，当前为 ${groups.customers}(at least 2 customers are needed)`, {
      found: groups.customers,
    });
  }
  if (!groups.x.some((x) => x > 0)) {
    throw new EngineError('no-repeat-purchases', `没有客户重复购买，无法拟合 ${modelName} 模型(no customer made a repeat purchase: ${modelName} cannot be fitted)`);
  }
}

/** Times rescaled so the largest T is 10, which keeps the search well conditioned in days or weeks; α and β scale by `scale`. */
export function rescaleGroups(groups: CustomerGroups): { scale: number; scaled: CustomerGroups } {
  const maxT = groups.TValues.reduce((max, v) => Math.max(max, v), 0);
  const scale = maxT > 0 ? 10 / maxT : 1;
  return { scale, scaled: { ...groups, t_xValues: groups.t_xValues.map((v) => v * scale), TValues: groups.TValues.map((v) => v * scale) } };
}

/**
 * Fits a model's parameters by maximum likelihood: Nelder–Mead with restarts on their logarithms, on times
 * rescaled so the largest T is 10 (parameters in time units scaled back), from `start` or all ones on the rescaled times.
 * A parameter outside [1e-6, 1e6] (those in time units judged on the rescaled times) or a ln L that is not finite is refused.
 * @throws EngineError `too-few-customers`, `no-repeat-purchases` as `checkFittable`; `invalid-parameters` for a bad start;
 *   `degenerate-fit` when an estimate runs off to 0 or ∞ or ln L is not finite.
 * @example fitCustomerGroups(bgNbdModel, groupCustomers(cdnowSummary)) // { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, … }
 */
export function fitCustomerGroups<P extends { readonly [K in keyof P]: number }>(
  model: CustomerGroupsModel<P>,
  groups: CustomerGroups,
  start?: P,
): P & FitStatistics {
  checkFittable(groups, model.name);
  const { scale, scaled } = rescaleGroups(groups);
  const keys = model.parameters.map((p) => p.key);
  if (start) checkModelParams(model.name, start, keys);
  const x0 = model.parameters.map((p) => (start ? start[p.key]! * (p.time ? scale : 1) : 1));
  const named = (values: readonly number[], unscale: boolean) =>
    Object.fromEntries(model.parameters.map((p, i) => [p.key, unscale && p.time ? values[i]! / scale : values[i]!])) as unknown as P;
  const result = minimizePositive((values) => -model.logLikelihood(named(values, false), scaled, true) / groups.customers, x0);
  const params = named(result.x, true);
  const logLikelihood = model.logLikelihood(params, groups, false);
  // Parameters in time units are judged on the rescaled times, so the unit (days or weeks) does not matter.
  const extreme = extremeParameter(Object.fromEntries(model.parameters.map((p, i) => [p.symbol, result.x[i]!])));
  if (extreme !== null || !Number.isFinite(logLikelihood)) {
    const shown = model.parameters.map((p) => `${p.symbol} = ${shortNumber(params[p.key]!)}`).join('，');
    const what = extreme !== null ? `参数跑到了极端值（${shown}）` : `对数似然不是有限数（${logLikelihood}）`;
    throw new EngineError(
      'degenerate-fit',
      `${model.name} 模型拟合失败：${what}。${groups.customers} 位客户的购买记录不足以估计模型的四个参数（客户太少，或购买记录过于整齐）；请用更多客户的数据，其中要有一些重复购买(the ${model.name} fit is degenerate: ${shown.replace(/，/g, ', ')}, ln L = ${logLikelihood})`,
      { ...params, logLikelihood, customers: groups.customers },
    );
  }
  return {
    ...params,
    logLikelihood,
    iterations: result.iterations,
    evaluations: result.evaluations,
    converged: result.converged,
    customers: groups.customers,
  };
}
