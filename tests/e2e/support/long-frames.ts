// Long main-thread tasks and what ran in them, for the benchmarks: the Long Tasks API says a task took over 50 ms;
// the Long Animation Frames API (Chromium 123 and later) says which scripts ran in that frame, how long each took
// and how much of it was forced style and layout, and how long the frame's rendering took.
import type { Page } from 'playwright-core';

export interface LongTask {
  /** performance.now() of the page. */
  readonly start: number;
  readonly duration: number;
  /** What ran in it, e.g. “脚本 71 ms：TimerHandler:setTimeout ChartCanvas.js 68 ms（强制样式与布局 29 ms）；渲染 12 ms”. */
  readonly cause: string;
}

interface FrameScript {
  invoker: string;
  sourceURL: string;
  sourceFunctionName: string;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}

interface Frame {
  start: number;
  end: number;
  renderStart: number;
  scripts: FrameScript[];
}

interface Recorded {
  tasks: { start: number; duration: number }[];
  frames: Frame[];
  lastEnd: number;
}

/** Starts watching the page's main thread; the returned function gives the tasks over 50 ms since, with their cause. */
export async function watchLongFrames(page: Page): Promise<() => Promise<LongTask[]>> {
  await page.evaluate(() => {
    const recorded: Recorded = { tasks: [], frames: [], lastEnd: 0 };
    (window as unknown as { longFrames: Recorded }).longFrames = recorded;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        recorded.lastEnd = Math.max(recorded.lastEnd, e.startTime + e.duration);
        if (e.duration > 50) recorded.tasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as (Frame & { startTime: number; duration: number; scripts: FrameScript[] })[]) {
        recorded.lastEnd = Math.max(recorded.lastEnd, e.startTime + e.duration);
        recorded.frames.push({
          start: e.startTime,
          end: e.startTime + e.duration,
          renderStart: e.renderStart,
          scripts: e.scripts.map((s) => ({ invoker: s.invoker, sourceURL: s.sourceURL, sourceFunctionName: s.sourceFunctionName, duration: s.duration, forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  });
  return async () => {
    const { tasks, frames } = await page.evaluate(() => (window as unknown as { longFrames: Recorded }).longFrames);
    return tasks.map((task) => ({ ...task, cause: causeOf(task, frames) }));
  };
}

/** Waits until the page's main thread has had no long task or long frame for `quietMs`, or `atMostMs` passed. */
export async function mainThreadQuiet(page: Page, quietMs: number, atMostMs: number): Promise<void> {
  await page.evaluate(
    ([quiet, atMost]) =>
      new Promise<void>((settled) => {
        const recorded = (window as unknown as { longFrames: Recorded }).longFrames;
        const giveUp = performance.now() + atMost;
        const check = () => (performance.now() - recorded.lastEnd >= quiet || performance.now() > giveUp ? settled() : setTimeout(check, 50));
        check();
      }),
    [quietMs, atMostMs] as const,
  );
}

const fileOf = (url: string) => url.split('/').pop() || url;

function causeOf(task: { start: number; duration: number }, frames: readonly Frame[]): string {
  const end = task.start + task.duration;
  const overlapping = frames.filter((f) => f.start < end && f.end > task.start);
  if (overlapping.length === 0) return '无归因（没有长动画帧记录）';
  const scripts = overlapping
    .flatMap((f) => f.scripts)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((s) => `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${fileOf(s.sourceURL)} ${s.duration.toFixed(0)} ms${s.forcedStyleAndLayoutDuration > 1 ? `（强制样式与布局 ${s.forcedStyleAndLayoutDuration.toFixed(0)} ms）` : ''}`);
  const rendering = overlapping.reduce((sum, f) => sum + (f.renderStart > 0 ? Math.max(0, f.end - f.renderStart) : 0), 0);
  return `${scripts.length > 0 ? `脚本：${scripts.join('、')}` : '无脚本'}；渲染 ${rendering.toFixed(0)} ms`;
}
