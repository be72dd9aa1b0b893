import { EngineError } from '../core/errors';
import { modelPAlive, type CustomerBaseModel } from './customer-base-model';

/** One point of the P(alive)-against-recency curve. */
export interface PAliveByRecencyPoint {
  /** Time since the last purchase, T − t_x, in the model's unit. */
  readonly recency: number;
  readonly t_x: number;
  readonly pAlive: number;
}

/**
 * P(alive) of a customer with x repeat purchases and age T, for last purchases from T (just bought, recency 0) back
 * to the first purchase (t_x = 0, recency T): when to intervene. With x = 0 there is only t_x = 0 (one point).
 * @throws EngineError `invalid-argument` when points is not a whole number ≥ 2; as `modelPAlive` otherwise.
 * @example BG/NBD with r = α = a = b = 1, x = 1, T = 3, points 4: recency 0, 1, 2, 3 → P(alive) 1/(1 + (4/(1 + t_x))²) =
 *   0.5, 0.36, 0.2, 1/17.
 */
export function pAliveByRecency(model: CustomerBaseModel, x: number, T: number, points = 25): PAliveByRecencyPoint[] {
  if (!Number.isInteger(points) || points < 2) {
    throw new EngineError('invalid-argument', `点数须为不小于 2 的整数(points must be a whole number ≥ 2)`, { points });
  }
  if (x === 0) return [{ recency: T, t_x: 0, pAlive: modelPAlive(model, 0, 0, T) }];
  return Array.from({ length: points }, (_, k) => {
    const recency = (T * k) / (points - 1);
    const t_x = Math.max(0, T - recency);
    return { recency, t_x, pAlive: modelPAlive(model, x, t_x, T) };
  });
}

/** Why P(alive) may mean little for these data. */
export interface PAliveWarning {
  readonly code: 'mostly-one-off' | 'everyone-alive';
  readonly message: string;
}

/**
 * Warns when P(alive) says little: most customers bought once (share of x = 0 above `oneOffShare`, default 0.5; BG/NBD
 * calls them all alive, and either model has only their age to go on), or nearly everyone looks alive (share with
 * P(alive) ≥ 0.8 above `aliveShare`, default 0.9: the observation window is long next to the gaps between purchases,
 * or the data end before anyone could be seen to lapse). Messages in Chinese for the widgets and the command line.
 */
export function pAliveWarnings(
  x: ArrayLike<number>,
  pAlive: ArrayLike<number>,
  options: { oneOffShare?: number; aliveShare?: number } = {},
): PAliveWarning[] {
  const n = x.length;
  if (n === 0) return [];
  let oneOff = 0;
  let alive = 0;
  for (let i = 0; i < n; i++) {
    if (x[i] === 0) oneOff++;
    if (pAlive[i]! >= 0.8) alive++;
  }
  const warnings: PAliveWarning[] = [];
  const percent = (count: number) => `${((100 * count) / n).toFixed(1)}%`;
  if (oneOff / n > (options.oneOffShare ?? 0.5)) {
    warnings.push({
      code: 'mostly-one-off',
      message: `${percent(oneOff)} 的客户只买过一次：模型对他们只知道首次购买距今多久，P(alive) 主要来自模型假设（BG/NBD 甚至把他们都算作仍活跃），不宜据此逐个判断`,
    });
  }
  if (alive / n > (options.aliveShare ?? 0.9)) {
    warnings.push({
      code: 'everyone-alive',
      message: `${percent(alive)} 的客户 P(alive) ≥ 0.8，几乎人人“仍活跃”：观察窗口相对购买间隔太短或太长时，P(alive) 无法区分客户，请换个截止日或检查数据`,
    });
  }
  return warnings;
}
