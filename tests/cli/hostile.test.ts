import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';
import { scratchDir } from '../helpers/scratch-dirs';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// The command line under hostile input (issue 10, items 1–9): every case runs `node scripts/crm.mjs`
// as `npm run --silent crm` does, on a file of tests/fixtures/hostile/ or one generated here when big.
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `tests/fixtures/hostile/${name}`;
const tmp = scratchDir('crm-hostile-');
chmodSync(tmp, 0o755); // the permission test runs the CLI as another user

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI; `node` adds Node options (a small heap), `as` runs it as another user. */
function crm(args: readonly string[], options: { node?: readonly string[]; as?: number } = {}): Run {
  const spawnOptions: SpawnSyncOptions = { cwd: root, encoding: 'utf8', timeout: PROCESS_TIMEOUT, maxBuffer: 256 << 20 };
  if (options.as !== undefined) Object.assign(spawnOptions, { uid: options.as, gid: options.as });
  const result = spawnSync(process.execPath, [...(options.node ?? []), 'scripts/crm.mjs', ...args], spawnOptions);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const json = (run: Run) => JSON.parse(run.stdout) as Record<string, unknown> & { warnings: string[] };

/** One line on stderr, no stack trace. */
function expectOneLine(run: Run): void {
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|意外错误/);
}

// A heap far below what the old code needed (it died after 4 GB or was killed at 6.9 GB).
const SMALL_HEAP = ['--max-old-space-size=192'];

beforeAll(() => {
  crm(['help']); // builds the bundle once, before the timed and the other-user runs
});

describe('1. sizes from data or a flag have a ceiling (exit 2 for a flag, 3 for a file)', () => {
  it('cohort on a file with one 9999-12-31 row: exit 3 naming the row, within a small heap', () => {
    const r = crm(['cohort', fixture('no-end-date.csv')], { node: SMALL_HEAP });
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('可疑的日期：第 5 行（9999-12-31）');
    expect(r.stderr).toContain('跨越 95712 个月，超过同期群表的上限 600 期');
  });

  it('sbg with a huge T in the file: the row is skipped with its line, within a small heap', () => {
    const r = crm(['sbg', fixture('sbg-huge-T.csv'), '--json'], { node: SMALL_HEAP });
    expect(r.status).toBe(0);
    const out = json(r);
    // The rows left: one lost in period 2, one still there after 7 periods (recency 8).
    expect(out.survivors).toEqual([2, 2, 1, 1, 1, 1, 1, 1]);
    expect(out.warnings[0]).toBe('有 1 行无法读取，已跳过；第一处：第 2 行“T”列：观察期数 T 应在 2 到 1001 之间（观察 T − 1 期）');
  });

  it('sbg --periods 100000000: exit 2, within a small heap', () => {
    const r = crm(['sbg', fixture('sbg-huge-T.csv'), '--periods', '100000000'], { node: SMALL_HEAP });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('crm sbg:选项 --periods 需要 1 到 1000 之间的整数，得到 100000000(option --periods must be a whole number from 1 to 1000)');
  });

  it('a customer id of 5 MB is cut in the printed table (the other rows were padded to its width); the JSON keeps it', () => {
    const file = join(tmp, 'huge-id.csv');
    const id = '客'.repeat(5_000_000);
    writeFileSync(file, `会员号,日期,消费金额\n${id},2024-01-05,10\n${Array.from({ length: 19 }, (_, i) => `C${i},2024-01-06,5`).join('\n')}\n`);
    const r = crm(['rfm', file]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeLessThan(20_000);
    expect(r.stdout).toContain(`${'客'.repeat(199)}…`);
    const full = crm(['rfm', file, '--json']);
    expect((json(full).customers as { customer: string }[]).some((c) => c.customer === id)).toBe(true);
  });

  it('bgnbd --horizon beyond 10 years: exit 2 (the 2F1 series used to run a million terms and exit 3)', () => {
    const r = crm(['bgnbd', 'public/datasets/cdnow-summary.csv', '--summary', '--horizon', '10000000000000000']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('选项 --horizon 需要 0 到 520 之间的数（最长 10 年，单位：周）');
  });
});

describe('2. ids such as __proto__, constructor and toString are plain ids', () => {
  it('profit keeps their names and verdicts', () => {
    const r = crm(['profit', fixture('prototype-ids.csv'), '--json']);
    expect(r.status).toBe(0);
    const rows = json(r).customers as { customer: string; name: string; verdict: string }[];
    expect(new Map(rows.map((c) => [c.customer, c.name]))).toEqual(new Map([['__proto__', '甲'], ['constructor', '乙'], ['toString', '丙']]));
    const table = crm(['profit', fixture('prototype-ids.csv')]);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(/\[object Object\]|function Object/);
  });
  it.each(['constructor', '__proto__', 'toString'])('crm %s is an unknown command (exit 2), not 意外错误', (name) => {
    const r = crm([name, 'x.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`crm:未知命令“${name}”(unknown command: ${name})`);
  });
  it('rfm counts them as three customers', () => {
    const r = crm(['rfm', fixture('prototype-ids-rfm.csv'), '--json']);
    expect(r.status).toBe(0);
    const rows = json(r).customers as { customer: string; frequency: number; monetary: number }[];
    expect(Object.fromEntries(rows.map((c) => [c.customer, c.monetary]))).toEqual({ ['__proto__']: 15, constructor: 20, toString: 30 });
  });
});

describe('3. dates', () => {
  it('years 0–99 are row issues, not 1900–1999', () => {
    const r = crm(['rfm', fixture('years-0-99.csv'), '--json']);
    expect(r.status).toBe(0);
    const out = json(r);
    expect(out.asof).toBe('2024-01-08');
    expect((out.input as { issues: unknown[] }).issues).toEqual([
      { line: 2, column: '日期', message: '年份不在 1000–9999 之间：“0000-01-01”' },
      { line: 3, column: '日期', message: '年份不在 1000–9999 之间：“0099-01-06”' },
    ]);
  });
  it('2099-01-01 moves the analysis date, and a warning names the row', () => {
    const r = crm(['rfm', fixture('future-date.csv'), '--json']);
    expect(r.status).toBe(0);
    const out = json(r);
    expect(out.asof).toBe('2099-01-02');
    expect(out.warnings.join('\n')).toMatch(/有 1 行的日期可疑：第 4 行 2099-01-01（晚于今天 \d{4}-\d\d-\d\d）/);
  });
  it('9999-12-31: the analysis date prints as 10000-01-01 (not +010000-01), with the warning', () => {
    const r = crm(['rfm', fixture('no-end-date.csv')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('分析日期 10000-01-01');
    expect(r.stderr).toContain('警告：有 1 行的日期可疑：第 5 行 9999-12-31');
  });
  it('bgnbd over a span stretched by such a date warns that the fit means nothing', () => {
    const file = join(tmp, 'cdnow-2099.csv');
    writeFileSync(file, `${readFileSync(join(root, 'public/datasets/cdnow-sample.csv'), 'utf8')}99999,99999,2099-01-01,1,10\n`);
    const r = crm(['bgnbd', file, '--json']);
    expect(r.status).toBe(0);
    expect(json(r).warnings).toContain('模型的观察期包括上面提到的 1 行可疑日期（如第 6921 行），T 与 t_x 随之拉长：请先核对这些日期，否则拟合结果没有意义');
  });
});

describe('4. amounts', () => {
  it('a 400-digit amount is a row issue on its real line; the rest is analysed', () => {
    const file = join(tmp, 'amount-400-digits.csv');
    writeFileSync(file, `会员号,日期,消费金额\nA,2024-01-05,10\nB,2024-01-06,${'9'.repeat(400)}\nC,2024-01-07,5\n`);
    const r = crm(['rfm', file, '--json']);
    expect(r.status).toBe(0);
    expect((json(r).customers as unknown[]).length).toBe(2);
    expect(json(r).warnings[0]).toBe(`有 1 行无法读取，已跳过；第一处：第 3 行“消费金额”列：数值大得不合常理（绝对值应小于 10^15，即一千万亿）：“${'9'.repeat(40)}…”`);
  });
  it('two amounts near 1e308 for one customer: exit 3 naming the file, the line and the column (was exit 2, no file or line)', () => {
    const file = join(tmp, 'amount-overflow.csv');
    writeFileSync(file, `会员号,日期,消费金额\nA,2024-01-05,${'9'.repeat(308)}\nA,2024-01-06,${'9'.repeat(308)}\n`);
    const r = crm(['rfm', file]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain(`crm rfm:${file}:没有一行可以读取：2 行数据都有问题，例如第 2 行“消费金额”列：数值大得不合常理`);
  });
});

describe('5. mixed encodings are refused; UTF-16 without a BOM is read', () => {
  it.each([
    ['utf8-then-gbk.csv', '第 4 行是 GBK/GB18030，第 1 行却是 UTF-8'],
    ['gbk-then-utf8.csv', '第 1 行是 GBK/GB18030，第 4 行却是 UTF-8'],
  ])('%s', (name, where) => {
    const r = crm(['rfm', fixture(name)]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain(`文件混用了两种编码：${where}`);
  });
  it('UTF-8 for more than the first megabyte, then a GBK tail: the customers are not merged, the line is named', () => {
    // The CLI reads 1 MiB at a time: 60,000 UTF-8 rows (1.6 MB) come before the GBK bytes.
    const rows = Array.from({ length: 60_000 }, (_, i) => `顾客${i},2024-01-05,1`).join('\n');
    const gbkTail = new Uint8Array([0xcd, 0xf5, 0xce, 0xe5, 0x2c, ...Buffer.from('2024-01-07,3\n'), 0xd5, 0xd4, 0xc1, 0xf9, 0x2c, ...Buffer.from('2024-01-08,4\n')]); // 王五, 赵六 in GBK
    const file = join(tmp, 'utf8-long-then-gbk.csv');
    writeFileSync(file, Buffer.concat([Buffer.from(`会员号,日期,消费金额\n${rows}\n`), gbkTail]));
    const r = crm(['rfm', file]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('文件混用了两种编码：前面是 UTF-8，第 60002 行起不是 UTF-8（可能是 GBK）');
  });
  it('UTF-16 LE without a BOM, mostly Chinese, is text (it was called binary)', () => {
    const r = crm(['rfm', fixture('utf16le-no-bom.csv'), '--json']);
    expect(r.status).toBe(0);
    expect((json(r).input as { encoding: string }).encoding).toBe('utf-16le');
    expect((json(r).customers as { customer: string }[]).map((c) => c.customer).sort()).toEqual(['张三丰', '李四光', '王五郎'].sort());
  });
});

describe('6. accounting brackets', () => {
  it('(5) is −5; (-5) and --5 carry two signs and are row issues', () => {
    const r = crm(['abc', fixture('accounting-brackets.csv'), '--json']);
    expect(r.status).toBe(0);
    const out = json(r);
    expect((out.customers as { customer: string; value: number }[]).map((c) => [c.customer, c.value])).toEqual([['D', 20], ['B', -5]]);
    expect((out.input as { issues: { line: number; message: string }[] }).issues.map((i) => [i.line, i.message])).toEqual([
      [2, '无法识别的金额：“(-5)”'],
      [4, '无法识别的金额：“--5”'],
    ]);
  });
});

describe('7. degenerate fits are failures a student can read', () => {
  it('bgnbd on three customers: exit 3, no +Infinity or r ≈ 1e9 reported as converged', () => {
    const r = crm(['bgnbd', fixture('bgnbd-three-customers.csv'), '--summary', '--json']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expectOneLine(r);
    expect(r.stderr).toContain('BG/NBD 模型拟合失败：参数跑到了极端值');
  });
  it('bgnbd --summary with a repeat purchase at t_x = 0 (ln L → +∞): the rows are skipped with their lines', () => {
    const r = crm(['bgnbd', fixture('bgnbd-repeat-at-zero.csv'), '--summary']);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('至少需要 2 位客户，当前为 1');
  });
  it('sbg --survivors 1000,0: exit 3, not α 5.2e8 and β 3.7e-11 as converged', () => {
    const r = crm(['sbg', '--survivors', '1000,0', '--json']);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('sBG 模型拟合失败：参数跑到了极端值（α = ');
    expect(r.stderr).toContain('所有客户在第 1 期就流失了，没有留存可以估计');
  });
});

describe('8. nps and csat without one usable answer: exit 3 naming the rows', () => {
  it.each([
    ['nps', '“推荐意愿”列没有一个有效答案（0–10 分）：2 行未作答（第 2、5 行），2 行无法使用（第 3、4 行，如：答案 11 不在 0–10 之间）'],
    ['csat', '“推荐意愿”列没有一个有效答案（1–5 分）：2 行未作答（第 2、5 行），2 行无法使用（第 3、4 行，如：答案 11 不在 1–5 之间）'],
  ])('%s', (command, message) => {
    const r = crm([command, fixture('nps-no-valid-answer.csv'), '--column', '推荐意愿', '--json']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expectOneLine(r);
    expect(r.stderr).toContain(`crm ${command}:${fixture('nps-no-valid-answer.csv')}:${message}`);
  });
});

describe('9. the contract: content errors exit 3 with file and line; files that cannot be read or written', () => {
  it('sbg with every row unusable: exit 3 with the line (was 2)', () => {
    const r = crm(['sbg', fixture('sbg-unusable.csv')]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain(`crm sbg:${fixture('sbg-unusable.csv')}:没有一行可以读取：2 行数据都有问题，例如第 2 行“recency”列：流失期应是不小于 1 的整数`);
  });
  it('bgnbd --summary with t_x > T: exit 3 with the line (was 2)', () => {
    const r = crm(['bgnbd', fixture('bgnbd-tx-after-T.csv'), '--summary']);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('例如第 2 行“t_x”列：最后一次购买时间 t_x = 3 晚于观察时长 T = 2，应满足 t_x ≤ T');
  });
  it('an unclosed quote says so, with its line', () => {
    const r = crm(['rfm', fixture('unclosed-quote.csv')]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toContain('第 3 行有一个没有配对的双引号');
  });
  it('a file without read permission gets its own message, not 意外错误', () => {
    const file = join(tmp, 'no-permission.csv');
    copyFileSync(join(root, fixture('no-end-date.csv')), file);
    chmodSync(file, 0o000);
    // root reads anything: run as nobody then (as a normal user the chmod is enough).
    const r = crm(['rfm', file], process.getuid?.() === 0 ? { as: 65534 } : {});
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr).toBe(`crm rfm:${file}:没有读取这个文件的权限，请检查文件权限或换一个位置(permission denied: EACCES)\n`);
  });

  describe('--out', () => {
    const input = join(tmp, 'orders.csv');
    const original = readFileSync(join(root, 'public/datasets/rfm-orders.csv'));
    beforeAll(() => {
      writeFileSync(input, original);
      symlinkSync(input, join(tmp, 'orders-link.csv'));
      linkSync(input, join(tmp, 'orders-hard.csv'));
      mkdirSync(join(tmp, 'folder'));
    });
    it.each([
      ['the input itself', () => input],
      ['the input by another path', () => join(tmp, '..', tmp.split('/').pop()!, '.', 'orders.csv')],
      ['a symbolic link to the input', () => join(tmp, 'orders-link.csv')],
      ['a hard link to the input', () => join(tmp, 'orders-hard.csv')],
    ])('equal to %s is refused and the data is untouched', (_label, out) => {
      const r = crm(['rfm', input, '--out', out()]);
      expect(r.status).toBe(2);
      expectOneLine(r);
      expect(r.stderr).toContain('与输入文件是同一个文件，写入会覆盖你的数据');
      expect(readFileSync(input).equals(original)).toBe(true);
    });
    it.each([
      ['a folder', () => join(tmp, 'folder'), '这是一个文件夹，请给出文件名'],
      ['in a missing folder', () => join(tmp, 'missing', 'out.csv'), '所在的文件夹不存在'],
      ['on a full disk', () => '/dev/full', '磁盘空间不足'],
    ])('%s: its own message, exit 2', (_label, out, message) => {
      const r = crm(['rfm', input, '--out', out()]);
      expect(r.status).toBe(2);
      expectOneLine(r);
      expect(r.stderr).toContain(message);
    });
    it('generate --out into a folder: the same message', () => {
      const r = crm(['generate', '--dataset', 'survey', '--seed', '1', '--out', join(tmp, 'folder')]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('这是一个文件夹，请给出文件名');
    });
  });

  it('a 50 MB header is cut in the message (it was echoed twice into 100 MB of stderr)', () => {
    const file = join(tmp, 'huge-header.csv');
    writeFileSync(file, `${'x'.repeat(50_000_000)},b\n1,2\n`);
    const r = crm(['rfm', file]);
    expect(r.status).toBe(3);
    expectOneLine(r);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(r.stderr).toContain(`找到的列：${'x'.repeat(40)}…, b`);
  });
});
