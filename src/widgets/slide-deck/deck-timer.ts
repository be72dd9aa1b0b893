/** The lecture timer: running since `since` (ms), plus what it counted before its last pause. */
export interface TimerState {
  readonly running: boolean;
  readonly since: number;
  readonly banked: number;
}

export const TIMER_STOPPED: TimerState = { running: false, since: 0, banked: 0 };

/** Starts a paused timer, pauses a running one (keeping what it counted). */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.running ? { running: false, since: 0, banked: elapsedMs(timer, now) } : { running: true, since: now, banked: timer.banked };
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.banked + (timer.running ? Math.max(0, now - timer.since) : 0);
}

/** 05:07, or 1:02:03 from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A timer state as another window sent it, or null when it is not one. */
export function readTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { running, since, banked } = value as Record<string, unknown>;
  if (typeof running !== 'boolean' || !isTime(since) || !isTime(banked)) return null;
  return { running, since, banked };
}

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
