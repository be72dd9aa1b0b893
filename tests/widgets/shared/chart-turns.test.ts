import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inChartTurn } from '~/widgets/shared/chart-turns';

// Frames every 16 ms (a stand-in for the browser's requestAnimationFrame), timers faked.
const FRAME = 16;
/** One turn: the frame, then the task after it (Node's timers wait at least 1 ms). */
const TURN = FRAME + 1;

describe('inChartTurn: one chart per task, each after a frame', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, FRAME));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs jobs queued together one per frame, in order, never in the task that queued them', () => {
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c']) inChartTurn(() => ran.push(name));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('runs each job in a task of its own, after the frame (not inside the frame’s callback)', () => {
    const ran: string[] = [];
    inChartTurn(() => ran.push('chart'));
    vi.advanceTimersToNextTimer(); // the frame
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer(); // the task after it
    expect(ran).toEqual(['chart']);
  });

  it('a cancelled job never runs and takes no turn', () => {
    const ran: string[] = [];
    const cancel = inChartTurn(() => ran.push('a'));
    inChartTurn(() => ran.push('b'));
    cancel();
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['b']);
    vi.advanceTimersByTime(TURN * 3);
    expect(ran).toEqual(['b']);
  });

  it('a job that throws does not stop the jobs after it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ran: string[] = [];
    inChartTurn(() => {
      throw new Error('no canvas');
    });
    inChartTurn(() => ran.push('b'));
    vi.advanceTimersByTime(TURN * 2);
    expect(ran).toEqual(['b']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('a job queued by a running job waits for the next turn', () => {
    const ran: string[] = [];
    inChartTurn(() => {
      ran.push('a');
      inChartTurn(() => ran.push('a2'));
    });
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(TURN);
    expect(ran).toEqual(['a', 'a2']);
  });

  it('without frames (a hidden tab) the jobs still run, 100 ms apart at most', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const ran: string[] = [];
    inChartTurn(() => ran.push('a'));
    inChartTurn(() => ran.push('b'));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(101);
    expect(ran).toEqual(['a', 'b']);
  });
});
