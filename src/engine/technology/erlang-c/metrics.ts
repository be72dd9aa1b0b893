/** What one staffing level gives: docs/contracts.md §5's Erlang C measures. */
export interface ErlangCMetrics {
  readonly agents: number;
  /** Share of calls answered within the target time. */
  readonly serviceLevel: number;
  /** Share of calls that have to wait at all (Erlang C). */
  readonly probabilityOfWaiting: number;
  /** Average speed of answer in seconds; Infinity when agents ≤ traffic (the queue never empties). */
  readonly asa: number;
  /** Share of time agents are busy: A/N, capped at 1. */
  readonly occupancy: number;
  /** True when agents > traffic, the only staffing where a queue settles. */
  readonly stable: boolean;
}

/**
 * The Erlang C measures for N agents from Erlang B's value B for the same A and N:
 * C = N·B/(N − A(1−B)), service level = 1 − C·e^(−(N−A)·target/aht), ASA = C·aht/(N−A), occupancy = A/N.
 * With N ≤ A the queue grows without end: P(wait) = 1, service level 0, ASA Infinity, occupancy 1.
 */
export function erlangCMetricsFromB(intensity: number, agents: number, erlangBValue: number, target: number, aht: number): ErlangCMetrics {
  if (!(agents > intensity)) {
    return { agents, serviceLevel: 0, probabilityOfWaiting: 1, asa: Number.POSITIVE_INFINITY, occupancy: 1, stable: false };
  }
  const spare = agents - intensity;
  const c = (agents * erlangBValue) / (agents - intensity * (1 - erlangBValue));
  const probabilityOfWaiting = Math.min(1, Math.max(0, c));
  return {
    agents,
    serviceLevel: 1 - probabilityOfWaiting * Math.exp((-spare * target) / aht),
    probabilityOfWaiting,
    asa: (probabilityOfWaiting * aht) / spare,
    occupancy: intensity / agents,
    stable: true,
  };
}
