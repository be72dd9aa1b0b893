import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';
import { scratchDir } from '../helpers/scratch-dirs';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `node scripts/crm.mjs …` (what `npm run --silent crm -- …` runs) in the repository. */
function crm(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/crm.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: PROCESS_TIMEOUT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = scratchDir('crm-cli-');

describe('crm rfm', () => {
  it("reproduces the R package rfm's segment table (published in its introduction)", () => {
    const r = crm('rfm', 'public/datasets/rfm-orders.csv', '--method', 'breaks', '--segments', 'rfm10', '--asof', '2006-12-31', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.asof).toBe('2006-12-31');
    expect(json.customers).toHaveLength(995);
    expect(Object.keys(json.customers[0]).sort()).toEqual(['code', 'customer', 'f', 'frequency', 'm', 'monetary', 'r', 'recency', 'segment', 'segmentKey'].sort());
    const table = Object.fromEntries(json.segments.map((s: { segmentKey: string; customers: number; orders: number; revenue: number }) => [s.segmentKey, [s.customers, s.orders, s.revenue]]));
    // /work/shared/datasets/README.md, from the package's introduction (customers / orders / revenue).
    expect(table).toMatchObject({
      'Potential Loyalist': [342, 2211, 204856],
      'Loyal Customers': [170, 799, 76562],
      Lost: [148, 393, 35324],
      'New Customers': [104, 329, 28837],
      'About To Sleep': [102, 283, 23449],
      "Can't Lose Them": [47, 274, 32446],
      Champions: [35, 316, 31646],
      'At Risk': [28, 216, 22227],
      'Need Attention': [10, 57, 4562],
      Promising: [9, 28, 4249],
    });
    expect(json.warnings).toEqual([]);
  });

  it('UCI Online Retail: 4,338 customers and 18,532 purchase invoices (facts in the dataset README)', () => {
    const r = crm('rfm', 'public/datasets/online-retail-invoices.csv', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.customers).toHaveLength(4338);
    expect(json.segments.reduce((n: number, s: { orders: number }) => n + s.orders, 0)).toBe(18532);
    // 3,710 invoices have no customer: skipped rows, reported.
    expect(json.input.issueCount).toBe(3710);
    expect(json.warnings[0]).toMatch(/^有 3710 行无法读取/);
  });

  it('prints a table with Chinese column names, warnings on stderr, and writes a neutralised CSV', () => {
    const file = join(tmp, 'hostile.csv');
    writeFileSync(file, '会员号,日期,消费金额\n=cmd(),2024-01-05,10\nB,2024-01-06,20\nB,bad,5\nC,2024-01-07,-3\n');
    const out = join(tmp, 'out.csv');
    const r = crm('rfm', file, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('客户群');
    expect(r.stdout).toContain('=cmd()');
    expect(r.stderr).toContain('警告：有 1 行无法读取，已跳过；第一处：第 4 行“日期”列：无法识别的日期：“bad”');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF客户,')).toBe(true);
    expect(csv).toContain("\r\n'=cmd(),");
  });

  it('the readable output lists each skipped row with its line, column and reason, not only the first', () => {
    const file = join(tmp, 'skipped.csv');
    writeFileSync(file, '会员号,日期,消费金额\nA,2024-01-05,10\n,2024-01-06,20\nB,2024-01-07,十元\nC,2024-01-08,5\nD,2024-13-01,7\n');
    const r = crm('rfm', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('警告：有 3 行无法读取，已跳过；第一处：第 3 行“会员号”列：客户编号为空\n');
    expect(r.stderr).toContain(
      ['跳过的行（共 3 行）：', '  第 3 行“会员号”列：客户编号为空', '  第 4 行“消费金额”列：无法识别的金额：“十元”', '  第 6 行“日期”列：'].join('\n'),
    );
    // More than the 20 rows kept: the count, and which rows are listed.
    const many = join(tmp, 'many-skipped.csv');
    writeFileSync(many, `会员号,日期,消费金额\nA,2024-01-05,10\n${',2024-01-06,1\n'.repeat(25)}`);
    const m = crm('rfm', many);
    expect(m.status).toBe(0);
    expect(m.stderr).toContain('跳过的行（共 25 行，以下是前 20 行）：\n  第 3 行“会员号”列：客户编号为空\n');
    expect(m.stderr.match(/^ {2}第 \d+ 行/gm)).toHaveLength(20);
    // JSON output is unchanged: the rows are in input.issues.
    expect(crm('rfm', file, '--json').stderr).toBe('');
  });

  it('a file that cannot be used: exit 3 and one line naming the file', () => {
    const r = crm('rfm', 'tests/fixtures/bad-csv/wrong-columns.csv', '--json');
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'crm rfm:tests/fixtures/bad-csv/wrong-columns.csv:缺少必需的列：金额。找到的列：会员号, 日期, 备注(missing required column: amount; found: 会员号, 日期, 备注)\n',
    );
  });

  it.each([
    ['tests/fixtures/bad-csv/empty.csv', 'empty'],
    ['tests/fixtures/bad-csv/binary.csv', 'not CSV text'],
    ['tests/fixtures/bad-csv/no-such-file.csv', 'file not found'],
  ])('%s: exit 3, no stack trace', (file, english) => {
    const r = crm('rfm', file);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(english);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('wrong usage exits 2 with one Chinese+English line and the usage', () => {
  it.each([
    [['rfm', 'public/datasets/rfm-orders.csv', '--bogus'], '未知选项：--bogus(unknown option: --bogus)'],
    [['rfm', 'public/datasets/rfm-orders.csv', '--bins'], '选项 --bins 缺少取值(option --bins needs a value)'],
    [['rfm', 'public/datasets/rfm-orders.csv', '--bins', 'five'], '选项 --bins 需要一个数字，得到“five”(option --bins needs a number, got "five")'],
    [['rfm', 'public/datasets/rfm-orders.csv', '--asof', '2006-02-30'], '选项 --asof 需要 YYYY-MM-DD 格式的日期'],
    [['rfm', 'public/datasets/rfm-orders.csv', '--method', 'magic'], '选项 --method 只能是 rank|breaks'],
    [['rfm'], '缺少输入文件(missing input file)'],
    [['erlang', '--calls', '100'], '缺少选项 --interval(missing option --interval)'],
    [['frobnicate'], '未知命令“frobnicate”(unknown command: frobnicate)'],
  ])('%j', (args, message) => {
    const r = crm(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toContain('用法(usage)');
  });
  it('an out-of-range value checked by the engine is also wrong usage', () => {
    const r = crm('rfm', 'public/datasets/rfm-orders.csv', '--bins', '12');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bins');
  });
  // A file that cannot be read (wrong columns) shows whether the options are checked first: on a large file the
  // reading takes seconds, and a wrong option should not wait for it.
  it.each([
    [['rfm', 'tests/fixtures/bad-csv/wrong-columns.csv', '--bins', '12'], '分档数必须是 2 到 9 之间的整数'],
    [['abc', 'tests/fixtures/bad-csv/wrong-columns.csv', '--a', '0.95', '--b', '0.5'], 'B 类累计占比阈值'],
  ])('%j: the option is checked before the file is read', (args, message) => {
    const r = crm(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('缺少必需的列');
  });
});

describe('crm erlang (Call Centre Helper worked example)', () => {
  it('100 calls in 30 min, 180 s handling, 20 s target: 14 agents at 80 %', () => {
    const r = crm('erlang', '--calls', '100', '--interval', '1800', '--aht', '180', '--target', '20', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ intensity: 10, requiredAgents: 14, agents: 14, scheduledStaff: 14 });
    // Published: 14 agents → P(wait) 0.1741, service level 0.8884, ASA 7.84 s.
    expect(json.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(json.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(json.asa).toBeCloseTo(7.84, 2);
    for (const key of ['intensity', 'agents', 'serviceLevel', 'probabilityOfWaiting', 'asa', 'occupancy', 'requiredAgents', 'scheduledStaff']) expect(json).toHaveProperty(key);
  });
  it('with 30 % shrinkage, 20 staff', () => {
    const r = crm('erlang', '--calls', '100', '--interval', '1800', '--aht', '180', '--target', '20', '--shrinkage', '0.3', '--json');
    expect(JSON.parse(r.stdout).scheduledStaff).toBe(20);
  });
});

describe('crm bgnbd', () => {
  it('fits the CDNOW summary close to the published r 0.243, α 4.414, a 0.793, b 2.426', () => {
    const r = crm('bgnbd', 'public/datasets/cdnow-summary.csv', '--summary', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.params.r).toBeCloseTo(0.243, 2);
    expect(json.params.alpha).toBeCloseTo(4.414, 1);
    expect(json.params.a).toBeCloseTo(0.793, 2);
    expect(json.params.b).toBeCloseTo(2.426, 1);
    expect(json.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(json.customers).toHaveLength(2357);
    expect(Object.keys(json.customers[0]).sort()).toEqual(['T', 'customer', 'expected', 'pAlive', 't_x', 'x']);
  });
});

describe('crm bgnbd from transactions', () => {
  it('the raw CDNOW sample, calibration to 1997-09-30, gives the same published estimates', () => {
    const r = crm('bgnbd', 'public/datasets/cdnow-sample.csv', '--asof', '1997-09-30', '--json');
    expect(r.status).toBe(0);
    const { params } = JSON.parse(r.stdout);
    expect(params.r).toBeCloseTo(0.243, 2);
    expect(params.a).toBeCloseTo(0.793, 2);
  });
});

describe('crm pnbd and --holdout', () => {
  it('fits the CDNOW summary close to the published r 0.5533, α 10.5776, s 0.6061, β 11.6650 (docs/contracts.md §4)', () => {
    const r = crm('pnbd', 'public/datasets/cdnow-summary.csv', '--summary', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.model).toBe('pnbd');
    expect(json.params.r / 0.5533).toBeCloseTo(1, 2);
    expect(json.params.alpha / 10.5776).toBeCloseTo(1, 2);
    expect(json.params.s / 0.6061).toBeCloseTo(1, 2);
    expect(json.params.beta / 11.665).toBeCloseTo(1, 2);
    expect(Math.abs(json.logLikelihood - -9594.98)).toBeLessThan(0.05);
    expect(json.customers).toHaveLength(2357);
    expect(Object.keys(json.customers[0]).sort()).toEqual(['T', 'customer', 'expected', 'pAlive', 't_x', 'x']);
    // Most CDNOW customers bought once: the warning says P(alive) means little for them.
    expect(json.warnings.some((w: string) => w.includes('只买过一次'))).toBe(true);
  });

  it('--holdout 1997-09-30 on the CDNOW sample checks 39 weeks of holdout week by week', () => {
    const r = crm('pnbd', 'public/datasets/cdnow-sample.csv', '--holdout', '1997-09-30', '--json');
    expect(r.status).toBe(0);
    const { holdout, customers } = JSON.parse(r.stdout);
    expect(holdout.calibrationEnd).toBe('1997-09-30');
    expect(holdout.holdoutEnd).toBe('1998-06-30');
    expect(holdout.length).toBe(39);
    expect(holdout.tracking).toHaveLength(78);
    const holdoutWeeks = holdout.tracking.filter((w: { holdout: boolean }) => w.holdout);
    expect(holdoutWeeks).toHaveLength(39);
    // The holdout's weekly actual counts add up to every customer's holdout purchases.
    const weekly = holdoutWeeks.reduce((n: number, w: { actual: number }) => n + w.actual, 0);
    const perCustomer = customers.reduce((n: number, c: { holdoutActual: number }) => n + c.holdoutActual, 0);
    expect(weekly).toBe(perCustomer);
    expect(holdout.totalActual).toBe(perCustomer);
    expect(holdout.byFrequency[0].customers).toBe(1411);
  });

  it('bgnbd takes --holdout too; --holdout with --summary is a usage error', () => {
    const r = crm('bgnbd', 'public/datasets/cdnow-sample.csv', '--holdout', '1997-09-30', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).holdout.tracking).toHaveLength(78);
    const wrong = crm('bgnbd', 'public/datasets/cdnow-summary.csv', '--summary', '--holdout', '1997-09-30');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--holdout');
  });

  it('a split after the last day is refused as data that cannot be used (exit 3)', () => {
    const r = crm('pnbd', 'public/datasets/cdnow-sample.csv', '--holdout', '1999-01-01');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('检验期为空');
  });
});

describe('crm clv and abc', () => {
  it('clv with no horizon is m/(1+d−r) − c: 100/(1.1−0.8) − 50 = 283.33', () => {
    const r = crm('clv', '--margin', '100', '--retention', '0.8', '--discount', '0.1', '--acquisition', '50', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).clv).toBeCloseTo(283.333333, 5);
  });
  it('abc reads one row per customer when the file has no date', () => {
    const file = join(tmp, 'values.csv');
    // By hand (docs/contracts.md §5: the share of those ranked above decides): total 100; A 60 → A (0 % above),
    // B 25 → A (60 % < 70 %), C 10 → B (85 % < 90 %), D 5 → C (95 %).
    writeFileSync(file, '客户,金额\nA,60\nB,25\nC,10\nD,5\n');
    const r = crm('abc', file, '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.customers.map((c: { customer: string; class: string }) => `${c.customer}${c.class}`)).toEqual(['AA', 'BA', 'CB', 'DC']);
  });
});

describe('crm nps and csat', () => {
  const file = join(tmp, 'survey.csv');
  writeFileSync(file, '学号,推荐意愿,满意度\n1,10,5\n2,9,4\n3,8,3\n4,6,\n5,3,2\n6,,5\n7,11,1\n');
  it('NPS: answers 10, 9, 8, 6, 3 (11 is off the scale, one blank) → 40 % − 40 % = 0', () => {
    const r = crm('nps', file, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ nps: 0, promoters: 2, passives: 1, detractors: 2, n: 5, missing: 1 });
    // The answer 11 is skipped like any unusable row: named with its line (header = line 1).
    expect(JSON.parse(r.stdout).warnings).toEqual(['有 1 行无法读取，已跳过；第一处：第 8 行“推荐意愿”列：答案 11 不在 0–10 之间']);
    expect(JSON.parse(r.stdout).input.issues).toEqual([{ line: 8, column: '推荐意愿', message: '答案 11 不在 0–10 之间' }]);
  });
  it('CSAT: 5, 4, 3, 2, 5, 1 → 3 of 6 score 4–5 = 50 %', () => {
    const r = crm('csat', file, '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ csat: 50, satisfied: 3, n: 6, missing: 1 });
  });
});

describe('crm help', () => {
  it('prints the usage and exits 0', () => {
    const r = crm('help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rfm <csv>');
  });

  it('writes its Chinese with full-width punctuation, and keeps ASCII in 用法(usage) and in what is typed', () => {
    const r = crm('help');
    expect(r.stdout).toContain('用法(usage):npm run --silent crm -- <命令> [选项]');
    expect(r.stdout).toContain('--bins N（2–9，默认 5）');
    expect(r.stdout).toContain('--summary（文件已是 customer,x,t_x,T 汇总表）');
    expect(r.stdout).toContain('留存模型 sBG（shifted-beta-geometric）：--survivors 1000,869,743,…');
    expect(r.stdout).toContain('退出码：0 完成');
    const rest = r.stdout.replace('用法(usage):', '');
    expect(rest.match(/[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/g)).toBeNull();
  });
});
