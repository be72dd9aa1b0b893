// The browser's side of `npm run bench` (docs/contracts.md §6): a 1,000,000-row transaction file (UTF-8, and GBK
// with Chinese member ids) uploaded into the RFM calculator, timed from choosing the file to the scored table,
// beside the command line on the same file in alternating rounds; with the renderer's peak memory (the worker
// lives in it), the page's peak JS heap and the longest main-thread task with what ran in it, watched until the
// charts are drawn and the page is quiet. A benchmark: it prints numbers and is skipped unless BENCH=1 (so
// `npm run test:e2e` skips it); it fails when a main-thread task took over 50 ms (issue 15's rule), after printing,
// unless the machine was so loaded that tasks mostly waited for a core.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTransactionsCsv } from '../../scripts/bench/make-transactions-csv';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';
import { launchBrowser } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { CHAPTER6 } from './support/rfm-e2e';
import { mainThreadQuiet, watchLongFrames, type LongTask } from './support/long-frames';
import { openWidget } from './support/widget';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const rounds = Number(process.env.BENCH_BROWSER_RUNS ?? 3);
const lines: string[] = [];
let browser: Browser;

beforeAll(async () => {
  if (process.env.BENCH) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (lines.length) console.log(`\n浏览器上传基准（${rows.toLocaleString('en-US')} 行）：\n${lines.join('\n')}\n`);
});

/** Every process descended from this one (Chromium's browser, zygote, renderers), by /proc. */
function descendants(): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (ppid) parent.set(Number(name), Number(ppid[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (ours.has(pid) || !ours.has(ppid)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  ours.delete(process.pid);
  return [...ours];
}

/** Resident memory (MB) of this test's Chromium renderers: the page and its workers. */
function rendererRssMB(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return kb / 1024;
}

/** The command line on the same file, end to end, as the bench times it. */
function cliSeconds(file: string): number {
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', '--silent', 'crm', '--', 'rfm', file, '--json'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: PROCESS_TIMEOUT });
  if (run.status !== 0) throw new Error(`crm rfm failed: ${run.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** Main-thread tasks over 50 ms break issue 15's rule. */
const LONG_TASK_MS = 50;
/**
 * Above this load per core the rule is not judged: traced at load 6–10 on two cores, tasks of 52–263 ms wall time
 * held 2–10 ms of the main thread's CPU (the rest was waiting for a core).
 */
const JUDGED_LOAD_PER_CORE = 2;

interface Upload {
  readonly seconds: number;
  readonly rendererMB: number;
  readonly addedMB: number;
  readonly heapMB: number;
  /** The longest main-thread task from choosing the file until the charts were drawn and the page was quiet. */
  readonly longest: LongTask | null;
  readonly customers: string;
}

/** One upload into a fresh page: seconds from choosing the file to the scored table, peaks while it ran. */
async function uploadOnce(file: string): Promise<Upload> {
  const { page, context } = await openWidget(browser, CHAPTER6, 'rfm-calculator', 'RfmCalculator', { interceptFileChooser: true });
  try {
    const widget = page.locator('[data-widget="rfm-calculator"]');
    const status = widget.locator('.rfm-status');
    await expect.poll(() => status.textContent(), { timeout: PROCESS_TIMEOUT }).toMatch(/位客户/);
    const longTasks = await watchLongFrames(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const pids = descendants();
    const beforeMB = rendererRssMB(pids);
    let rendererMB = beforeMB;
    let heapMB = 0;
    const sample = async () => {
      rendererMB = Math.max(rendererMB, rendererRssMB(pids));
      const { metrics } = await cdp.send('Performance.getMetrics');
      heapMB = Math.max(heapMB, (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576);
    };
    const chooser = page.waitForEvent('filechooser');
    await widget.getByRole('button', { name: '上传 CSV 文件…' }).click();
    const t0 = await page.evaluate(() => performance.now());
    await (await chooser).setFiles(file);
    const done = /统计截止日 \d{4}-\d{2}-\d{2} · [\d,]+ 位客户/;
    const sampler = setInterval(() => void sample().catch(() => undefined), 100);
    try {
      await expect.poll(async () => (await widget.locator('.picker-report .status').textContent()) ?? '', { timeout: PROCESS_TIMEOUT }).toContain(`${rows.toLocaleString('en-US')} 行数据`);
      await expect.poll(() => status.textContent(), { timeout: PROCESS_TIMEOUT }).toMatch(done);
      await expect.poll(() => widget.locator('.rfm-customers tbody tr').count()).toBe(20);
      const t1 = await page.evaluate(() => performance.now());
      // The charts are drawn after the table (one per task): the watch goes on until they are and the page is quiet.
      await page.waitForFunction(() => [...document.querySelectorAll('[data-widget="rfm-calculator"] canvas')].every((c) => (c as HTMLCanvasElement).width > 0));
      await mainThreadQuiet(page, 500, 10_000);
      await sample();
      // `start` from here on: ms after the file was chosen.
      const tasks = (await longTasks()).filter((t) => t.start >= t0).map((t) => ({ ...t, start: t.start - t0 }));
      const customers = /([\d,]+) 位客户/.exec((await status.textContent()) ?? '')?.[1] ?? '';
      const longest = tasks.reduce<LongTask | null>((m, t) => (m === null || t.duration > m.duration ? t : m), null);
      return { seconds: (t1 - t0) / 1000, rendererMB, addedMB: rendererMB - beforeMB, heapMB, longest, customers };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await context.close();
  }
}

async function benchmark(label: string, file: string): Promise<void> {
  const browserTimes: number[] = [];
  const cliTimes: number[] = [];
  const longest: (LongTask | null)[] = [];
  let load = 0;
  let worst = { rendererMB: 0, addedMB: 0, heapMB: 0 };
  for (let round = 0; round < rounds; round++) {
    const run = await uploadOnce(file);
    browserTimes.push(run.seconds);
    cliTimes.push(cliSeconds(file));
    longest.push(run.longest);
    load = Math.max(load, loadavg()[0]!);
    worst = { rendererMB: Math.max(worst.rendererMB, run.rendererMB), addedMB: Math.max(worst.addedMB, run.addedMB), heapMB: Math.max(worst.heapMB, run.heapMB) };
    if (round === 0) lines.push(`  ${label}：${run.customers} 位客户`);
  }
  const span = (t: number[]) => `${Math.min(...t).toFixed(2)}–${Math.max(...t).toFixed(2)} s`;
  const ratios = browserTimes.map((t, k) => t / cliTimes[k]!);
  lines.push(`    浏览器（选中文件到评分表格出现） ${span(browserTimes)}；命令行（npm run crm）${span(cliTimes)}；浏览器/命令行 每轮 ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}（负载最高 ${load.toFixed(2)}，${cpus().length} 核）`);
  lines.push(`    渲染进程峰值内存 ${worst.rendererMB.toFixed(0)} MB（含 worker；上传前后之差 ${worst.addedMB.toFixed(0)} MB），页面 JS 堆峰值 ${worst.heapMB.toFixed(0)} MB`);
  const worstTask = longest.reduce<LongTask | null>((m, t) => (t !== null && (m === null || t.duration > m.duration) ? t : m), null);
  lines.push(`    主线程最长任务（到图表画完）每轮 ${longest.map((t) => (t ? `${t.duration.toFixed(0)} ms` : '无超过 50 ms 的任务')).join('、')}${worstTask ? `；最长的一个（选中文件后 ${(worstTask.start / 1000).toFixed(2)} s）：${worstTask.cause}` : ''}`);
  if (load > JUDGED_LOAD_PER_CORE * cpus().length) {
    lines.push(`    负载超过每核 ${JUDGED_LOAD_PER_CORE}：任务的时长主要是在等 CPU，这一项不判定“没有超过 ${LONG_TASK_MS} ms 的任务”`);
    return;
  }
  expect(longest.map((t) => t?.duration ?? 0).filter((d) => d > LONG_TASK_MS), `${label}: main-thread tasks over ${LONG_TASK_MS} ms`).toEqual([]);
}

describe.skipIf(!process.env.BENCH)('bench: a 1,000,000-row upload into the RFM calculator (BENCH=1)', () => {
  const dir = scratchDir('bench-upload-');
  const shape = { rows, customers: Math.max(1, Math.round(rows / 10)), days: 1000, seed: 20240105 };

  it('UTF-8', { timeout: PROCESS_TIMEOUT * 2 }, async () => {
    const file = join(dir, 'transactions-utf8.csv');
    await makeTransactionsCsv(file, shape);
    await benchmark('UTF-8', file);
  });

  it('GBK with Chinese member ids', { timeout: PROCESS_TIMEOUT * 2 }, async () => {
    const file = join(dir, 'transactions-gbk.csv');
    await makeTransactionsCsv(file, { ...shape, gbk: true });
    await benchmark('GBK（中文会员号）', file);
  });
});
