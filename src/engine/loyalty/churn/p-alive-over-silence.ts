import { bgNbdPAlive, type BgNbdParams } from '../../models/bgnbd';
import { EngineError } from '../../core/errors';

/**
 * How a customer's P(alive) falls as they stay silent: for a history of x repeat purchases with the last at
 * t_x, P(alive) at T = t_x + s for s = 0, step, 2·step, … up to `maxSilence`. A frequent buyer's curve falls
 * fast, an occasional buyer's slowly: chapter 10's 老张 and 小李.
 * Source: Fader, Hardie & Lee (2005), eq. 13 (`bgNbdPAlive`); course chapter 10 (客户仍然活跃的概率).
 * @throws EngineError `invalid-argument` when maxSilence < 0 or step ≤ 0 or there would be more than 1,000
 *   points; as `bgNbdPAlive` for bad parameters or history.
 * @example r = α = a = b = 1, x = 1, t_x = 1: silence 0 → 1/(1 + (2/2)²) = 0.5, silence 2 → 1/(1 + (4/2)²) = 0.2.
 */
export function pAliveOverSilence(params: BgNbdParams, x: number, t_x: number, maxSilence: number, step = 1): { silence: number; pAlive: number }[] {
  if (!(maxSilence >= 0) || !(step > 0) || maxSilence / step > 1000) {
    throw new EngineError('invalid-argument', `沉默期范围无效（最长 ${maxSilence}，步长 ${step}）(invalid silence range)`, { maxSilence, step });
  }
  const points: { silence: number; pAlive: number }[] = [];
  for (let k = 0; k * step <= maxSilence + 1e-9; k++) {
    const silence = k * step;
    points.push({ silence, pAlive: bgNbdPAlive(params, x, t_x, t_x + silence) });
  }
  return points;
}
