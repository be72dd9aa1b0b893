import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { defaultCreditParams, generateCreditApplications } from '~/engine/generate/credit-applications';
import type { GeneratedTable } from '~/engine/generate/table';

const SCORES = ['品格得分', '能力得分', '资本得分', '抵押得分', '条件得分'];

/** Area under the ROC curve of `score` (higher = safer) for telling non-defaulters from defaulters. */
function auc(scores: readonly number[], defaulted: readonly boolean[]): number {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < scores.length; i += 1) {
    if (defaulted[i]) continue;
    for (let j = 0; j < scores.length; j += 1) {
      if (!defaulted[j]) continue;
      pairs += 1;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

function expectCreditStory(table: GeneratedTable, minAuc: number): void {
  const d = table.data as Record<string, readonly (string | number)[]>;
  const n = table.rows;
  const equalWeighted: number[] = [];
  const defaulted: boolean[] = [];
  const problems: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const why: string[] = [];
    for (const column of SCORES) {
      const s = d[column]![i] as number;
      if (!(Number.isInteger(s) && s >= 0 && s <= 100)) why.push(`${column} ${s}`);
    }
    // the stated rules, within the assessor's noise (σ = 4, so 20 points is 5σ)
    const years = d['经营年限']![i] as number;
    const overdue = d['近两年逾期次数']![i] as number;
    const character = Math.min(100, Math.max(0, 70 + 2 * Math.min(years, 10) - 15 * overdue));
    if (Math.abs((d['品格得分']![i] as number) - character) > 20) why.push('品格 rule');
    const capital = Math.min(100, Math.max(0, 110 - 100 * (d['资产负债率']![i] as number)));
    if (Math.abs((d['资本得分']![i] as number) - capital) > 20) why.push('资本 rule');
    const climate = { 好: 80, 一般: 60, 差: 35 }[d['行业景气']![i] as '好' | '一般' | '差'];
    if (Math.abs((d['条件得分']![i] as number) - climate) > 20) why.push('条件 rule');
    const security = d['担保方式']![i];
    if ((d['抵质押物价值(万元)']![i] === 0) !== (security === '无' || security === '保证人担保')) why.push('collateral value');
    if (![30, 60, 90].includes(d['申请账期(天)']![i] as number)) why.push('term');
    if ((d['申请额度(万元)']![i] as number) < 5) why.push('amount');
    if (!['是', '否'].includes(d['是否违约']![i] as string)) why.push('default flag');
    if (why.length > 0 && problems.length < 10) problems.push(`${d['申请编号']![i]}: ${why.join(', ')}`);
    equalWeighted.push(SCORES.reduce((a, c) => a + (d[c]![i] as number), 0) / 5);
    defaulted.push(d['是否违约']![i] === '是');
  }
  expect(problems).toEqual([]);
  const rate = defaulted.filter(Boolean).length / n;
  expect(rate).toBeGreaterThan(0.06);
  expect(rate).toBeLessThan(0.22);
  // scores rank the risk well, but not perfectly
  const area = auc(equalWeighted, defaulted);
  expect(area).toBeGreaterThan(minAuc);
  expect(area).toBeLessThan(0.97);
}

describe('the committed credit file', () => {
  it('400 applications, about one in eight later defaulting, defaulters ten-odd points lower', () => {
    const table = generateDataset('credit-applications').table;
    expect(table.rows).toBe(400);
    expectCreditStory(table, 0.72);
    const d = table.data as Record<string, readonly (string | number)[]>;
    const weighted = (i: number): number => SCORES.reduce((a, c) => a + (d[c]![i] as number), 0) / 5;
    const yes: number[] = [];
    const no: number[] = [];
    for (let i = 0; i < table.rows; i += 1) (d['是否违约']![i] === '是' ? yes : no).push(weighted(i));
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(yes.length / table.rows).toBeCloseTo(1 / 8, 1);
    expect(mean(no) - mean(yes)).toBeGreaterThan(6);
    expect(mean(no) - mean(yes)).toBeLessThan(20);
  });
});

describe('credit properties', () => {
  it('any seed and any student keeps the rules and the story', () => {
    fc.assert(
      // AUC is about 0.78 with a standard error near 0.04 at 300–500 rows: 0.62 is 4 errors below
      fc.property(fc.integer(), (seed) => expectCreditStory(generateCreditApplications(defaultCreditParams, createRandom(seed)), 0.62)),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,12}$/), (studentNumber) => {
        const table = generateDataset('credit', { studentNumber }).table;
        expect(table.rows).toBeGreaterThanOrEqual(300);
        expect(table.rows).toBeLessThanOrEqual(500);
        expectCreditStory(table, 0.62);
      }),
      { numRuns: 20 },
    );
  });
});
