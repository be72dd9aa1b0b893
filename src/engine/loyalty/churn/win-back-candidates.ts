import { bgNbdPAlive, type BgNbdParams } from '../../models/bgnbd';
import { EngineError } from '../../core/errors';
import type { WinBackCandidate } from './win-back-priority';

/** One customer's history in the BG/NBD summary form, with a value. */
export interface CustomerHistory {
  readonly customer: string;
  /** Repeat purchases. */
  readonly x: number;
  /** Time of the last purchase since the first. */
  readonly t_x: number;
  /** Time since the first purchase. */
  readonly T: number;
  readonly value: number;
}

/** A win-back candidate with the history its P(alive) came from. */
export interface WinBackHistory extends WinBackCandidate {
  readonly x: number;
  readonly t_x: number;
  readonly T: number;
}

/**
 * Every customer's P(alive) under a BG/NBD model (`bgNbdPAlive`), ready for `winBackPriority`. With
 * `pAliveDecimals`, P(alive) is rounded first, as chapter 10's worked example does (两位小数), so the scores
 * value × P(alive) are the ones a reader computes from the table.
 * Source: Fader, Hardie & Lee (2005), eq. 13; course chapter 10 (云途电商的挽回名单).
 * @throws EngineError as `bgNbdPAlive` for a history that is not valid (e.g. t_x > T) or bad parameters;
 *   `invalid-argument` when pAliveDecimals is not a whole number 0–10.
 * @example with r = α = a = b = 1, { x: 1, t_x: 1, T: 3, value: 100 } → pAlive 0.2 (1 ÷ (1 + (4/2)²)).
 */
export function winBackCandidates(customers: readonly CustomerHistory[], params: BgNbdParams, options: { readonly pAliveDecimals?: number } = {}): WinBackHistory[] {
  const decimals = options.pAliveDecimals;
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 10)) {
    throw new EngineError('invalid-argument', `小数位数必须是 0 到 10 的整数，当前为 ${decimals}(decimals must be a whole number 0–10)`, { decimals });
  }
  const scale = decimals === undefined ? 0 : 10 ** decimals;
  return customers.map(({ customer, x, t_x, T, value }) => {
    const p = bgNbdPAlive(params, x, t_x, T);
    return { customer, x, t_x, T, value, pAlive: decimals === undefined ? p : Math.round(p * scale) / scale };
  });
}
