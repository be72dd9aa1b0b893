import { erlangB } from './erlang-b';

/**
 * Erlang C: the probability that a call has to wait, for traffic A Erlangs and N agents,
 * P(wait) = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)), computed as N·B/(N − A(1−B))
 * from Erlang B's recurrence so it stays exact for thousands of agents. With N ≤ A every call waits: 1.
 *
 * Source: docs/contracts.md §5; Erlang, A.K. (1917); Cooper, R.B. (1981), Introduction to Queueing Theory, §3.
 * @throws EngineError `invalid-intensity` unless A > 0; `invalid-agents` unless N is an integer 0–1,000,000.
 * @example erlangCProbabilityOfWaiting(1, 2) // 0.3333… (B = 0.2; 2·0.2 / (2 − 0.8))
 * @example erlangCProbabilityOfWaiting(10, 10) // 1 (not enough agents)
 */
export function erlangCProbabilityOfWaiting(intensity: number, agents: number): number {
  const b = erlangB(intensity, agents);
  if (!(agents > intensity)) return 1;
  return Math.min(1, (agents * b) / (agents - intensity * (1 - b)));
}
