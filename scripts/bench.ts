// `npm run bench`: the engine's speed on a generated 1,000,000-row transaction file (docs/contracts.md §6), beside
// the tools an analyst would pick for the same RFM job: DuckDB (`@duckdb/node-api`, a dev dependency for this bench
// only) and pandas (when /usr/bin/python3 has it). Prints numbers, asserts nothing. BENCH_ROWS=… for a smaller run,
// BENCH_RUNS=… rounds (default 5), BENCH_BIG_ROWS=… the large file (default 10,000,000; 0 skips it), E2E_DIST=… a
// built site for the browser's upload benchmark (tests/e2e/bench-upload.e2e.ts). Other benchmarks plug in as
// `scripts/bench-*.ts` files (e.g. the page-weight one): each is run after this one, in its own process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTransactionsCsv } from './bench/make-transactions-csv';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const bigRows = Number(process.env.BENCH_BIG_ROWS ?? 10_000_000);
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const pandasPython = '/usr/bin/python3';
const shape = (n: number) => ({ rows: n, customers: Math.max(1, Math.round(n / 10)), days: 1000, seed: 20240105 });

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const range = (values: readonly number[]) => `${seconds(Math.min(...values))}–${seconds(Math.max(...values))} s（中位 ${seconds(median(values))} s）`;

/** One timed run of a command, output discarded. */
function timeOnce(command: string, args: readonly string[], options: { shell?: boolean; env?: NodeJS.ProcessEnv } = {}): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], shell: options.shell, env: options.env ?? process.env });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败：${result.stderr}`);
  return ms;
}

function phase(name: string, file: string): { ms: number; maxRssMB: number } {
  const samples = Array.from({ length: 3 }, () => {
    const result = spawnSync(process.execPath, [tsx, 'scripts/bench/phase.ts', name, file], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssMB: number };
  });
  return samples.reduce((best, s) => (s.ms < best.ms ? s : best));
}

function hasDuckDb(): boolean {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

/** The contenders, each one command doing the whole job: read, parse, score, segment, JSON out. */
function contenders(file: string): { name: string; run: () => number }[] {
  const list = [
    { name: 'crm(npm run --silent crm -- rfm --json)', run: () => timeOnce(`npm run --silent crm -- rfm '${file}' --json > /dev/null`, [], { shell: true }) },
    { name: 'crm(node scripts/crm.mjs rfm --json)', run: () => timeOnce(process.execPath, ['scripts/crm.mjs', 'rfm', file, '--json']) },
  ];
  if (hasDuckDb()) list.push({ name: 'DuckDB(@duckdb/node-api,一条 SQL)', run: () => timeOnce(process.execPath, ['scripts/bench/duckdb-rfm.mjs', file]) });
  if (spawnSync(pandasPython, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) {
    list.push({ name: 'pandas(read_csv + groupby + rank)', run: () => timeOnce(pandasPython, ['scripts/bench-pandas.py', file]) });
  }
  return list;
}

/** Rounds of every contender in turn (so a busy spell of the machine falls on all of them), then ranges and ratios. */
function compare(file: string): void {
  const list = contenders(file);
  for (const c of list) c.run(); // untimed: warms the page cache; scripts/crm.mjs rebuilds its bundle if a source changed
  const times = list.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) list.forEach((c, k) => times[k]!.push(c.run()));
  console.log(`命令行端到端（读取、解析、评分、分群、JSON 输出；${runs} 轮交替运行，最快–最慢）：`);
  list.forEach((c, k) => console.log(`  ${c.name.padEnd(42)} ${range(times[k]!)}`));
  const ours = times[0]!;
  for (let k = 2; k < list.length; k++) {
    const ratios = ours.map((t, round) => t / times[k]![round]!);
    const label = list[k]!.name.split('(')[0]!;
    console.log(`  比值 crm(npm run)/ ${label}：每轮 ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}，中位数之比 ${(median(ours) / median(times[k]!)).toFixed(2)}`);
  }
  if (list.length < 4) console.log(`  （DuckDB：npm install 装上开发依赖 @duckdb/node-api；pandas：apt-get install -y python3-pandas）`);
}

/** The large file: the command line once, its time and peak memory (streamed and reduced per customer while read). */
async function big(dir: string): Promise<void> {
  const file = join(dir, 'transactions-big.csv');
  const bytes = await makeTransactionsCsv(file, shape(bigRows));
  const rssFile = join(dir, 'rss');
  const args = ['--import', './scripts/bench/peak-rss.mjs', 'scripts/crm.mjs', 'rfm', file, '--json'];
  const ms = timeOnce(process.execPath, args, { env: { ...process.env, BENCH_RSS_FILE: rssFile } });
  const rss = Number(readFileSync(rssFile, 'utf8'));
  console.log(`\n${bigRows.toLocaleString('en-US')} 行（${(bytes / 1e6).toFixed(0)} MB）：node scripts/crm.mjs rfm --json ${seconds(ms)} s，峰值内存 ${rss.toFixed(0)} MB`);
  rmSync(file, { force: true });
}

/** The browser's upload of the same file (tests/e2e/bench-upload.e2e.ts), when a built site is given. */
function browser(): void {
  const dist = process.env.E2E_DIST;
  if (!dist || !existsSync(dist)) {
    console.log('\n浏览器上传 100 万行：需要构建好的站点。npx astro build --outDir /tmp/site && E2E_DIST=/tmp/site npm run bench');
    console.log('  （或只跑浏览器部分：BENCH=1 E2E_DIST=/tmp/site npx vitest run --config vitest.e2e.config.ts tests/e2e/bench-upload.e2e.ts）');
    return;
  }
  console.log('\n浏览器上传 100 万行（tests/e2e/bench-upload.e2e.ts）：');
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/bench-upload.e2e.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH: '1', BENCH_ROWS: String(rows) },
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
const file = join(dir, 'transactions.csv');
try {
  const bytes = await makeTransactionsCsv(file, shape(rows));
  console.log(`生成 ${rows.toLocaleString('en-US')} 行交易（约 ${shape(rows).customers.toLocaleString('en-US')} 位客户、1000 个日期），${(bytes / 1e6).toFixed(1)} MB：${file}`);
  console.log(`本机 ${cpus().length} 核，开始时负载 ${loadavg().map((l) => l.toFixed(1)).join(' / ')}\n`);

  const base = phase('baseline', file);
  const rfm = phase('rfm', file);
  console.log('引擎（同一进程内计时，不含启动；3 次取最快）：');
  console.log(`  基线：读取 + 解码 + split 切分字段   ${base.ms.toFixed(0).padStart(6)} ms   峰值内存 ${base.maxRssMB.toFixed(0)} MB`);
  console.log(`  RFM：读取 + 解析 + 评分            ${rfm.ms.toFixed(0).padStart(6)} ms   峰值内存 ${rfm.maxRssMB.toFixed(0)} MB`);
  console.log(`  比值 RFM / 基线                     ${(rfm.ms / base.ms).toFixed(2).padStart(6)}\n`);

  compare(file);
  if (bigRows > 0) await big(dir);
  browser();
  console.log(`\n结束时负载 ${loadavg().map((l) => l.toFixed(1)).join(' / ')}（两核机器上负载高于 2 时，时间会被拉长）`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Hook for the other benchmarks (page weight etc.): every scripts/bench-*.ts runs after this one.
for (const name of readdirSync(join(root, 'scripts')).filter((n) => /^bench-.+\.ts$/.test(n)).sort()) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [tsx, join('scripts', name)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
if (!existsSync(tsx)) console.error('找不到 tsx(run npm install)');
