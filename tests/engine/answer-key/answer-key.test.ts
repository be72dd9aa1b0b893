import { describe, expect, it } from 'vitest';
import {
  answerKeyCsv,
  answerKeyFor,
  answerKeyJson,
  answerKeySections,
  studentAnswerKey,
  type CallsAnswerKey,
  type ComplaintAnswerKey,
  type CreditAnswerKey,
  type LogisticsAnswerKey,
  type RetailAnswerKey,
  type SurveyAnswerKey,
} from '~/engine/answer-key';
import { generateDataset, generateVariant } from '~/engine/generate';
import { expectEngineError } from '../expect-engine-error';

const STUDENT = '2023123456';

// Expected numbers for the committed files were computed with awk straight from public/datasets/*.csv
// (commands in the comments), not with the engine.
describe('answer keys of the committed files, checked with awk', () => {
  it('complaints: counts by type and first-contact resolution', () => {
    // awk -F, 'NR>1{c[$4]++} END{for(k in c) print c[k], k}' complaint-tickets.csv | sort -rn
    // awk -F, 'NR>1{ if($7=="是")y++; else if($7=="否")n++; else o++ } END{print y,n,o}' → 983 602 5
    const key = answerKeyFor(generateDataset('complaints')) as ComplaintAnswerKey;
    expect(key.byType.map((t) => [t.category, t.count])).toEqual([['延误', 574], ['破损', 300], ['服务态度', 220], ['费用争议', 162], ['信息错误', 120], ['丢件', 109], ['其他', 105]]);
    expect(key.byType[0]!.share).toBeCloseTo(574 / 1590, 12);
    expect(key.firstContact).toEqual({ resolved: 983, unresolved: 602, open: 5, rate: 983 / 1585 });
    // awk mean 客户满意度 where 是否一次解决 is 是 / 否: 4.323460, 3.072692
    expect(key.satisfaction.firstContact).toBeCloseTo(4.32346, 5);
    expect(key.satisfaction.notFirstContact).toBeCloseTo(3.072692, 5);
  });

  it('calls: the peak half hour is Monday 10:30–11:00 and its Erlang C staffing', () => {
    // awk -F, 'NR>1{k=$2" "$3; c[k]+=$4; w[k]+=$4*$5; n[k]++} END{…c[k]/n[k], w[k]/c[k]}' | sort -rn | head -1
    // → 125.25 星期一 10:30-11:00 (4 weeks), weighted handling time 218.548902 s
    const key = answerKeyFor(generateDataset('calls')) as CallsAnswerKey;
    expect(key.peak).toMatchObject({ weekday: '星期一', slot: '10:30-11:00', observations: 4, meanCalls: 125.25 });
    expect(key.peak.aht).toBeCloseTo(218.548902, 5);
    // Traffic by hand: 125.25 × 218.548902 / 1800 = 15.2074 Erlangs.
    expect(key.staffing.intensity).toBeCloseTo(15.2074, 3);
    expect(key.staffing.scheduledStaff).toBe(Math.ceil(key.staffing.requiredAgents / 0.7 - 1e-9));
    expect(key.staffing.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('credit: the 5C grade distribution with equal weights', () => {
    // awk: s = ($11+…+$15)/5, grade by 90/80/70/60, defaults where $18 == 是 → AA 22/0, A 59/2, B 123/9, C 196/42; mean 59.147
    const key = answerKeyFor(generateDataset('credit')) as CreditAnswerKey;
    expect(key.grades.map((g) => [g.grade, g.count, g.defaults])).toEqual([['AAA', 0, 0], ['AA', 22, 0], ['A', 59, 2], ['B', 123, 9], ['C', 196, 42]]);
    expect(key.meanScore).toBeCloseTo(59.147, 9);
  });

  it('survey: CSAT, NPS and the reliability gap', () => {
    // awk on 总体满意度 ($26): 213 of 584 answers are 4–5 → 36.4726 %; 推荐意愿 ($27): 118 promoters, 264 detractors of 584 → −25
    // awk means of the four 可靠性 items: perception 2.975654, expectation 4.577898 → gap −1.602244
    const key = answerKeyFor(generateDataset('survey')) as SurveyAnswerKey;
    expect(key.csat).toMatchObject({ satisfied: 213, n: 584 });
    expect(key.csat.csat).toBeCloseTo(36.472603, 5);
    expect(key.nps).toMatchObject({ promoters: 118, detractors: 264, n: 584 });
    expect(key.nps.nps).toBeCloseTo(-25, 9);
    const reliability = key.dimensions.find((d) => d.dimension === '可靠性')!;
    expect(reliability.perception).toBeCloseTo(2.975654, 5);
    expect(reliability.expectation).toBeCloseTo(4.577898, 5);
    expect(reliability.gap).toBeCloseTo(-1.602244, 5);
    expect(reliability.importance).toBeCloseTo(4.520354, 5); // awk mean of 重要性_可靠性 ($22)
    // The expectations file gives the same key (one run makes both files).
    const fromExpectations = answerKeyFor(generateDataset('expectations')) as SurveyAnswerKey;
    expect(fromExpectations.dimensions).toEqual(key.dimensions);
    expect(fromExpectations.file).toBe('satisfaction-expectations.csv');
  });

  it('logistics: customer KH002 worked by hand', () => {
    // 411.1 万元 × 0.181 = 744,091; cost 302,000; paid in 55 days: p = 1 % + 5 % × 25/30 = 5.1667 %,
    // receivable 4,111,000 × 55/365 = 619,465.75, bad debt 32,005.73 → profit 410,085.27, late payment → 需关注.
    const key = answerKeyFor(generateDataset('logistics')) as LogisticsAnswerKey;
    const kh002 = key.profitability.customers.find((c) => c.customer === 'KH002')!;
    expect(kh002.profit).toBeCloseTo(410_085.27, 1);
    expect(kh002).toMatchObject({ verdict: 'watch', verdictName: '需关注', name: '宁波某电子厂' });
    expect(kh002.reasons[0]).toBe('平均 55 天才付款，比约定账期晚 25 天');
    const { counts } = key.profitability;
    expect(counts.good + counts.watch + counts.bad).toBe(160);
  });
});

describe('answer keys of a student’s variant', () => {
  it('retail: the numbers agree with totals counted straight from the table', () => {
    const dataset = generateVariant('retail', STUDENT);
    const key = answerKeyFor(dataset) as RetailAnswerKey;
    const members = dataset.table.data['会员号']!;
    const amounts = dataset.table.data['实付金额']!;
    const net = new Map<string, number>();
    const buyers = new Set<string>();
    members.forEach((m, i) => {
      net.set(String(m), (net.get(String(m)) ?? 0) + (amounts[i] as number));
      if ((amounts[i] as number) > 0) buyers.add(String(m));
    });
    const total = [...net.values()].reduce((a, b) => a + b, 0);
    expect(key.rfm.customers).toBe(buyers.size);
    expect(key.rfm.segments.reduce((n, s) => n + s.customers, 0)).toBe(buyers.size);
    expect(key.abc.summary.total.value).toBeCloseTo(total, 4);
    const ranked = [...net].sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(key.top.map((t) => t.customer)).toEqual(ranked.map(([m]) => m));
    expect(key.top.map((t) => t.value)).toEqual(ranked.map(([, v]) => v));
    const latest = (dataset.table.data['下单时间'] as string[]).reduce((a, b) => (a > b ? a : b)).slice(0, 10);
    expect(key.asof).toBe(new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)); // the day after the latest row
    expect(key.file).toBe(`retail-transactions-${STUDENT}.csv`);
  });

  it('every dataset: the same number gives the same key; another number another key', () => {
    for (const id of ['logistics', 'survey', 'complaints', 'calls', 'credit']) {
      expect(answerKeyJson(studentAnswerKey(id, STUDENT))).toBe(answerKeyJson(studentAnswerKey(id, STUDENT)));
      expect(answerKeyJson(studentAnswerKey(id, '2023123457'))).not.toBe(answerKeyJson(studentAnswerKey(id, STUDENT)));
    }
  });

  it('the story holds in a variant: reliability falls furthest short, Monday morning peaks, 延误 leads, C defaults most', () => {
    const survey = studentAnswerKey('survey', STUDENT) as SurveyAnswerKey;
    const worst = [...survey.dimensions].sort((a, b) => a.gap! - b.gap!)[0]!;
    expect(worst.dimension).toBe('可靠性');
    expect(survey.dimensions.find((d) => d.dimension === '有形性')!.gap!).toBeGreaterThan(0);
    const calls = studentAnswerKey('calls', STUDENT) as CallsAnswerKey;
    expect(calls.peak.weekday).toBe('星期一');
    expect(calls.peak.slot < '12:00').toBe(true);
    const complaints = studentAnswerKey('complaints', STUDENT) as ComplaintAnswerKey;
    expect(complaints.byType[0]!.category).toBe('延误');
    const credit = studentAnswerKey('credit', STUDENT) as CreditAnswerKey;
    const rate = (g: string) => credit.grades.find((x) => x.grade === g)!.defaultRate ?? 0;
    expect(rate('C')).toBeGreaterThan(rate('A'));
    const logistics = studentAnswerKey('logistics', STUDENT) as LogisticsAnswerKey;
    const giant = logistics.profitability.customers.find((c) => c.rankByRevenue === 1)!;
    expect(giant.verdict).toBe('bad'); // the largest customer loses money (大客户不等于好客户)
  });

  it('never changes the generated data it reads (deeply frozen)', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const inner of Object.values(value as object)) deepFreeze(inner);
      }
      return value;
    };
    for (const id of ['logistics', 'complaints', 'calls', 'credit', 'survey']) {
      const dataset = deepFreeze(generateVariant(id, STUDENT));
      expect(answerKeyJson(answerKeyFor(dataset))).toBe(answerKeyJson(studentAnswerKey(id, STUDENT)));
    }
  });

  it('refuses a number that is not 4–20 digits and an unknown dataset', () => {
    expectEngineError(() => studentAnswerKey('calls', '12'), 'invalid-student-number');
    expectEngineError(() => studentAnswerKey('calls', ''), 'empty-student-number');
    expectEngineError(() => studentAnswerKey('weather', STUDENT), 'unknown-dataset');
  });
});

describe('sections and exports', () => {
  const key = studentAnswerKey('credit', STUDENT) as CreditAnswerKey;

  it('sections carry the key’s numbers (percentages × 100)', () => {
    const [grades] = answerKeySections(key);
    expect(grades!.columns.map((c) => c.header)).toEqual(['等级', '分数下限', '申请数', '占比%', '违约数', '违约率%']);
    expect(grades!.rows.map((r) => r[2])).toEqual(key.grades.map((g) => g.count));
    expect(grades!.rows[4]![3]).toBeCloseTo(key.grades[4]!.share! * 100, 12);
  });

  it('every kind has titled sections with rows as wide as their columns', () => {
    for (const id of ['logistics', 'survey', 'complaints', 'calls', 'credit']) {
      for (const section of answerKeySections(studentAnswerKey(id, STUDENT))) {
        expect(section.title).not.toBe('');
        expect(section.rows.length).toBeGreaterThan(0);
        for (const row of section.rows) expect(row).toHaveLength(section.columns.length);
      }
    }
  });

  it('CSV: one BOM, the file line, each table under its title, rounded as shown, the method at the end', () => {
    const csv = answerKeyCsv(key);
    expect(csv.startsWith('\uFEFF答案对应的文件,学号,数据行数\r\n')).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv).toContain(`\r\ncredit-applications-${STUDENT}.csv,${STUDENT},${key.rows}\r\n`);
    expect(csv).toContain('\r\n等级,分数下限,申请数,占比%,违约数,违约率%\r\n');
    const c = key.grades[4]!;
    expect(csv).toContain(`\r\nC,0,${c.count},${Number((c.share! * 100).toFixed(1))},${c.defaults},${Number((c.defaultRate! * 100).toFixed(1))}\r\n`);
    expect(csv.trimEnd().endsWith('的申请数。')).toBe(true);
  });

  it('JSON: one line with every value unrounded', () => {
    const json = answerKeyJson(key);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(key)));
  });
});
