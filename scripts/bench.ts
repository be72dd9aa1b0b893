// `npm run bench`: the engine's speed on a generated 1,000,000-row transaction file (docs/contracts.md §6).
// Prints numbers, asserts nothing. BENCH_ROWS=… for a smaller run. Other benchmarks plug in as
// `scripts/bench-*.ts` files (e.g. the page-weight one): each is run after this one, in its own process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTransactionsCsv } from './bench/make-transactions-csv';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const pandasPython = '/usr/bin/python3';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of a command, output discarded, best and median of `runs`. */
function timeCommand(command: string, args: string[], shell = false): { best: number; median: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], shell });
    times.push(performance.now() - t0);
    status = result.status ?? status;
    if (result.status !== 0) break;
  }
  return { best: Math.min(...times), median: median(times), status };
}

function phase(name: string, file: string): { ms: number; maxRssMB: number } {
  const samples = Array.from({ length: runs }, () => {
    const result = spawnSync(process.execPath, [tsx, 'scripts/bench/phase.ts', name, file], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssMB: number };
  });
  return samples.reduce((best, s) => (s.ms < best.ms ? s : best));
}

const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
const file = join(dir, 'transactions.csv');
try {
  const bytes = await makeTransactionsCsv(file, { rows, customers: Math.max(1, Math.round(rows / 10)), days: 1000, seed: 20240105 });
  console.log(`生成 ${rows.toLocaleString('en-US')} 行交易(约 ${Math.round(rows / 10).toLocaleString('en-US')} 位客户、1000 个日期),${(bytes / 1e6).toFixed(1)} MB:${file}`);
  console.log(`每项取 ${runs} 次中最快的一次\n`);

  const base = phase('baseline', file);
  const rfm = phase('rfm', file);
  console.log('引擎(同一进程内计时,不含启动):');
  console.log(`  基线:读取 + 解码 + split 切分字段   ${base.ms.toFixed(0).padStart(6)} ms   峰值内存 ${base.maxRssMB.toFixed(0)} MB`);
  console.log(`  RFM:读取 + 解析 + 评分(端到端)    ${rfm.ms.toFixed(0).padStart(6)} ms   峰值内存 ${rfm.maxRssMB.toFixed(0)} MB`);
  console.log(`  比值 RFM / 基线                     ${(rfm.ms / base.ms).toFixed(2).padStart(6)}`);
  console.log(`  速度                                ${((rows / rfm.ms) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} 行/秒\n`);

  // Untimed first run: scripts/crm.mjs rebuilds its bundle when a source file changed since the last run.
  spawnSync(process.execPath, ['scripts/crm.mjs', 'help'], { cwd: root, stdio: 'ignore' });
  const cli = timeCommand(process.execPath, ['scripts/crm.mjs', 'rfm', file, '--json']);
  const viaNpm = timeCommand(`npm run --silent crm -- rfm '${file}' --json > /dev/null`, [], true);
  console.log('命令行端到端(含进程启动与 JSON 输出):');
  console.log(`  node scripts/crm.mjs rfm --json           最快 ${cli.best.toFixed(0)} ms,中位 ${cli.median.toFixed(0)} ms`);
  console.log(`  npm run --silent crm -- rfm --json        最快 ${viaNpm.best.toFixed(0)} ms,中位 ${viaNpm.median.toFixed(0)} ms`);
  const hasPandas = spawnSync(pandasPython, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
  if (hasPandas) {
    const pandas = timeCommand(pandasPython, ['scripts/bench-pandas.py', file]);
    console.log(`  pandas read_csv + groupby(bench-pandas.py) 最快 ${pandas.best.toFixed(0)} ms,中位 ${pandas.median.toFixed(0)} ms`);
    console.log(`  比值 crm(npm run)/ pandas               ${(viaNpm.best / pandas.best).toFixed(2)}`);
  } else {
    console.log(`  pandas:未找到(${pandasPython} 无法 import pandas);安装:apt-get install -y python3-pandas`);
  }
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
