import { requireAbove, requireIntegerInRange } from '../../core/guards';

/** Largest number of agents the engine will compute for (the recurrence is O(N)). */
export const MAX_AGENTS = 1_000_000;

/**
 * Erlang B blocking probability for traffic A Erlangs offered to N servers, by the stable recurrence
 * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)). No factorials or powers, so it stays exact for
 * thousands of servers.
 *
 * Source: Erlang, A.K. (1917); the recurrence as in Jagerman, D.L. (1974), "Some properties of the
 * Erlang loss function", Bell System Technical Journal 53(3):525–551.
 * @throws EngineError `invalid-intensity` unless A > 0; `invalid-agents` unless N is an integer 0–1,000,000.
 * @example erlangB(1, 1) // 0.5 (A/(1+A))
 * @example erlangB(2, 2) // 0.4 (B(1) = 2/3, B(2) = (4/3)/(2 + 4/3))
 */
export function erlangB(intensity: number, agents: number): number {
  requireAbove(intensity, 0, { code: 'invalid-intensity', zh: '话务量', en: 'traffic intensity' });
  requireIntegerInRange(agents, 0, MAX_AGENTS, { code: 'invalid-agents', zh: '座席数', en: 'agents' });
  let b = 1;
  for (let n = 1; n <= agents; n++) b = nextErlangB(intensity, n, b);
  return b;
}

/** One step of the recurrence: B(n) from B(n−1). */
export function nextErlangB(intensity: number, n: number, previous: number): number {
  const ab = intensity * previous;
  return ab / (n + ab);
}
