import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';
import { scratchDir } from '../helpers/scratch-dirs';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = scratchDir('crm-e5-');
const STUDENT = '2023123456';

/** Runs `node scripts/crm.mjs …` (what `npm run --silent crm -- …` runs); stdout as bytes for byte-for-byte checks. */
function crm(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/crm.mjs', ...args], { cwd: root, timeout: PROCESS_TIMEOUT, maxBuffer: 64 << 20 });
  return { status: result.status, bytes: result.stdout, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

function json(...args: string[]) {
  const r = crm(...args, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('crm generate', () => {
  it('the same 学号 gives byte-identical output twice; another number another file', () => {
    const first = crm('generate', '--dataset', 'logistics', '--student', STUDENT);
    const again = crm('generate', '--dataset', 'logistics', '--student', STUDENT);
    const other = crm('generate', '--dataset', 'logistics', '--student', '2023123457');
    expect(first.status).toBe(0);
    expect(first.stdout.startsWith('客户编号,客户名称,')).toBe(true);
    expect(Buffer.compare(first.bytes, again.bytes)).toBe(0);
    expect(Buffer.compare(first.bytes, other.bytes)).not.toBe(0);
    expect(first.stderr).toBe('');
  });

  it('--out writes the same bytes, --bom starts them with a UTF-8 byte order mark for Excel', () => {
    const out = join(tmp, 'retail.csv');
    const written = crm('generate', '--dataset', 'retail', '--student', STUDENT, '--bom', '--out', out);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(/^已写入 .*retail\.csv（\d+ 行，retail-transactions-2023123456\.csv）/);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = crm('generate', '--dataset', 'retail', '--student', STUDENT);
    expect(Buffer.compare(bytes.subarray(3), plain.bytes)).toBe(0);
  });

  it('--seed gives the committed shape with other numbers; ids, aliases and full-width digits are accepted', () => {
    const seeded = crm('generate', '--dataset', 'call-centre-volumes', '--seed', '7');
    expect(seeded.status).toBe(0);
    expect(seeded.stdout.split('\n')[1]).toMatch(/^2024-10-14,星期一,08:00-08:30,/); // the committed file's dates
    expect(seeded.stdout).not.toBe(readFileSync(join(root, 'public/datasets/call-centre-volumes.csv'), 'utf8'));
    const fullWidth = crm('generate', '--dataset', 'credit', '--student', '２０２３１２３４５６');
    expect(Buffer.compare(fullWidth.bytes, crm('generate', '--dataset', 'credit', '--student', STUDENT).bytes)).toBe(0);
  });

  it.each([
    [['generate', '--dataset', 'retail'], '需要 --student <学号> 或 --seed N'],
    [['generate', '--dataset', 'retail', '--student', STUDENT, '--seed', '3'], '--student 和 --seed 只能给一个'],
    [['generate', '--dataset', 'retail', '--student', '12ab'], '学号只能包含数字'],
    [['generate', '--dataset', 'retail', '--student', '123'], '学号应为 4–20 位数字'],
    [['generate', '--dataset', 'weather', '--seed', '1'], '没有名为“weather”的生成数据集，可选：retail、logistics'],
    [['generate', '--dataset', 'retail', '--seed', '1.5'], '选项 --seed 需要一个整数'],
    [['generate', '--student', STUDENT], '缺少选项 --dataset'],
    [['answer-key', '--dataset', 'retail'], '缺少选项 --student'],
  ])('%j: exit 2, one Chinese (English) line and the usage', (args, message) => {
    const r = crm(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr.split('\n')[0]).toMatch(/\(.*[a-z].*\)/);
    expect(r.stderr).toContain('用法(usage)');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('crm answer-key equals the analyses run on the generated file', () => {
  const retailFile = join(tmp, `retail-transactions-${STUDENT}.csv`);
  const logisticsFile = join(tmp, `logistics-customers-${STUDENT}.csv`);
  beforeAll(() => {
    writeFileSync(retailFile, crm('generate', '--dataset', 'retail', '--student', STUDENT).bytes);
    writeFileSync(logisticsFile, crm('generate', '--dataset', 'logistics', '--student', STUDENT).bytes);
  });

  it('retail: RFM segments as `crm rfm`, ABC summary and top 10 as `crm abc`; byte-identical twice', () => {
    const first = crm('answer-key', '--dataset', 'retail', '--student', STUDENT, '--json');
    const again = crm('answer-key', '--dataset', 'retail', '--student', STUDENT, '--json');
    expect(first.status).toBe(0);
    expect(Buffer.compare(first.bytes, again.bytes)).toBe(0);
    const key = JSON.parse(first.stdout);
    expect(Object.keys(key)).toEqual(expect.arrayContaining(['dataset', 'file', 'studentNumber', 'seed', 'rows', 'method', 'warnings', 'kind', 'asof', 'rfm', 'abc', 'top']));
    expect(key).toMatchObject({ dataset: 'retail-transactions', file: `retail-transactions-${STUDENT}.csv`, studentNumber: STUDENT, kind: 'retail' });

    const rfm = json('rfm', retailFile);
    expect(key.asof).toBe(rfm.asof);
    expect(key.rfm.segments).toEqual(rfm.segments);
    expect(key.rfm.customers).toBe(rfm.customers.length);
    expect(key.rfm.meanScores).toEqual(rfm.meanScores);
    const abc = json('abc', retailFile);
    expect(key.abc.summary).toEqual(abc.summary);
    expect(key.top.map((c: { customer: string; value: number; class: string }) => [c.customer, c.value, c.class])).toEqual(
      abc.customers.slice(0, 10).map((c: { customer: string; value: number; class: string }) => [c.customer, c.value, c.class]),
    );
    const byCustomer = new Map(rfm.customers.map((c: { customer: string; code: string }) => [c.customer, c.code]));
    for (const c of key.top) expect(c.code).toBe(byCustomer.get(c.customer));
    expect(key.rows).toBe(readFileSync(retailFile, 'utf8').trimEnd().split('\n').length - 1);
  });

  it('logistics: ABC as `crm abc --amount 年营收(万元)`, verdicts and reasons as `crm profit`', () => {
    const key = json('answer-key', '--dataset', 'logistics', '--student', STUDENT);
    const abc = json('abc', logisticsFile, '--amount', '年营收(万元)');
    expect(key.abc.summary).toEqual(abc.summary);
    expect(key.abc.customers.map((c: { customer: string; class: string }) => c.customer + c.class)).toEqual(abc.customers.map((c: { customer: string; class: string }) => c.customer + c.class));
    const profit = json('profit', logisticsFile);
    expect(key.profitability.customers.map((c: { customer: string; profit: number; verdict: string; reasons: string[] }) => [c.customer, c.profit, c.verdict, c.reasons])).toEqual(
      profit.customers.map((c: { customer: string; profit: number; verdict: string; reasons: string[] }) => [c.customer, c.profit, c.verdict, c.reasons]),
    );
    expect(key.profitability.counts).toEqual(profit.counts);
  });

  it('calls: the staffing equals `crm erlang` with the peak’s calls and handling time', () => {
    const key = json('answer-key', '--dataset', 'calls', '--student', STUDENT);
    const t = key.target;
    const erlang = json('erlang', '--calls', String(key.peak.meanCalls), '--interval', String(t.interval), '--aht', String(key.peak.aht), '--target', String(t.target), '--sl', String(t.sl), '--shrinkage', String(t.shrinkage));
    expect(key.staffing).toEqual({
      intensity: erlang.intensity, requiredAgents: erlang.requiredAgents, scheduledStaff: erlang.scheduledStaff, serviceLevel: erlang.serviceLevel,
      probabilityOfWaiting: erlang.probabilityOfWaiting, asa: erlang.asa, occupancy: erlang.occupancy,
    });
  });

  it('survey: CSAT and NPS equal `crm csat` and `crm nps` on the generated survey', () => {
    const file = join(tmp, 'survey.csv');
    writeFileSync(file, crm('generate', '--dataset', 'survey', '--student', STUDENT).bytes);
    const key = json('answer-key', '--dataset', 'survey', '--student', STUDENT);
    expect(key.csat.csat).toBe(json('csat', file, '--column', '总体满意度').csat);
    expect(key.nps.nps).toBe(json('nps', file, '--column', '推荐意愿').nps);
  });

  it('prints readable tables without --json and writes the CSV with --out', () => {
    const out = join(tmp, 'key.csv');
    const r = crm('answer-key', '--dataset', 'complaints', '--student', STUDENT, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`答案：complaint-tickets-${STUDENT}.csv（学号 ${STUDENT}，`);
    expect(r.stdout).toMatch(/投诉类型（帕累托表，共 \d+ 张工单）\n类型 +工单数/);
    expect(r.stdout).toContain('计算方法：');
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF答案对应的文件,学号,数据行数\r\n')).toBe(true);
  });
});

describe('crm profit', () => {
  it('logistics-customers.csv: KH002 worked by hand, amounts turned from 万元 into 元', () => {
    const result = json('profit', 'public/datasets/logistics-customers.csv');
    // 4,111,000 × 0.181 − 302,000 − 4,111,000 × 55/365 × (1 % + 5 % × 25/30) = 744,091 − 302,000 − 32,005.73 = 410,085.27
    const kh002 = result.customers.find((c: { customer: string }) => c.customer === 'KH002');
    expect(kh002.revenue).toBe(4_111_000);
    expect(kh002.profit).toBeCloseTo(410_085.27, 1);
    expect(kh002).toMatchObject({ verdict: 'watch', verdictName: '需关注', name: '宁波某电子厂' });
    expect(result.customers).toHaveLength(160);
    expect(result.moneyScale).toEqual({ revenue: 10_000, serviceCost: 10_000 });
    expect(result.warnings).toEqual([]);
  });

  it('a row it cannot use is reported, the others still count; a file without the columns exits 3', () => {
    const file = join(tmp, 'profit.csv');
    // By hand: A 100,000 × 0.3 = 30,000 − 5,000 − 100,000 × 20/365 × 1 % (54.79) = 24,945.21, margin 24.9 % → good.
    writeFileSync(file, '客户,营收,毛利率,服务成本,回款天数\nA,100000,0.3,5000,20\nB,-5,0.2,10,30\n');
    const r = crm('profit', file, '--json');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.customers.map((c: { customer: string }) => c.customer)).toEqual(['A']);
    expect(result.customers[0].profit).toBeCloseTo(24_945.21, 2);
    expect(result.customers[0].verdict).toBe('good');
    expect(result.warnings).toEqual(['第 3 行：客户 B 的“营收”：年营收应为不小于 0 的数字，未计入']);
    const bad = crm('profit', 'tests/fixtures/bad-csv/wrong-columns.csv');
    expect(bad.status).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('crm sbg', () => {
  it('--survivors: the regular cohort of Fader & Hardie (2007) gives α 0.704, β 1.182', () => {
    // Published: regular survivors 1000, 631, 468, 382, 326, 289, 262, 241; α = 0.704, β = 1.182, ln L −1680.3.
    const result = json('sbg', '--survivors', '1000,631,468,382,326,289,262,241');
    expect(result.alpha).toBeCloseTo(0.704, 3);
    expect(result.beta).toBeCloseTo(1.182, 3);
    expect(result.logLikelihood).toBeCloseTo(-1680.3, 1);
    expect(result.periods).toHaveLength(13); // 8 observed + 5 projected (default horizon)
    expect(result.periods[8]).toMatchObject({ period: 8, observed: null });
  });

  it('sbg-retention.csv --cohort highend: the published survivors and α 0.668, β 3.806', () => {
    const result = json('sbg', 'public/datasets/sbg-retention.csv', '--cohort', 'highend', '--horizon', '2');
    expect(result.survivors).toEqual([1000, 869, 743, 653, 593, 551, 517, 491]);
    expect(result.alpha).toBeCloseTo(0.668, 3);
    expect(result.beta).toBeCloseTo(3.806, 3);
    expect(result.periods).toHaveLength(10);
  });

  it.each([
    [['sbg', 'public/datasets/sbg-retention.csv'], '请用 --cohort 选一个：highend、regular', 2],
    [['sbg', 'public/datasets/sbg-retention.csv', '--cohort', 'vip'], '没有同期群“vip”', 2],
    [['sbg', '--survivors', '1000,abc'], '需要用逗号分隔的整数', 2],
    [['sbg', '--survivors', '100,120'], 'survivor counts', 2],
    [['sbg'], '需要 --survivors', 2],
  ])('%j: exit %#', (args, message, status) => {
    const r = crm(...args);
    expect(r.status).toBe(status);
    expect(r.stderr.split('\n')[0]).toContain(message);
  });
});

describe('crm cohort', () => {
  it('a small file by hand: A buys in Jan and Mar, B in Jan, C in Feb', () => {
    const file = join(tmp, 'cohort.csv');
    writeFileSync(file, '会员号,日期,金额\nA,2024-01-05,10\nB,2024-01-20,5\nC,2024-02-02,8\nA,2024-03-09,12\n');
    const result = json('cohort', file);
    expect(result.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(result.cohorts).toEqual([
      { cohort: '2024-01', size: 2, active: [2, 0, 1], share: [1, 0, 0.5] },
      { cohort: '2024-02', size: 1, active: [1, 0], share: [1, 0] },
    ]);
    const quarter = json('cohort', file, '--period', 'quarter');
    expect(quarter.cohorts).toEqual([{ cohort: '2024-Q1', size: 3, active: [3], share: [1] }]);
    const text = crm('cohort', file, '--out', join(tmp, 'cohort-out.csv'));
    expect(text.stdout).toMatch(/同期群\s+人数\s+第0期\s+第1期\s+第2期/);
    expect(readFileSync(join(tmp, 'cohort-out.csv'), 'utf8')).toBe('\uFEFF同期群,人数,第0期,第1期,第2期\r\n2024-01,2,1,0,0.5\r\n2024-02,1,1,0,\r\n');
  });
});

describe('crm help', () => {
  it('lists the new commands', () => {
    const r = crm('help');
    for (const command of ['profit <csv>', 'sbg <csv>', 'cohort <csv>', 'generate', 'answer-key']) expect(r.stdout).toContain(command);
  });
});
