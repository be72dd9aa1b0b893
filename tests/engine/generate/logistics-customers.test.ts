import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { defaultLogisticsParams, generateLogisticsCustomers } from '~/engine/generate/logistics-customers';
import type { GeneratedTable } from '~/engine/generate/table';

interface Customer {
  id: string;
  name: string;
  revenue: number;
  margin: number;
  cost: number;
  payDays: number;
  record: string;
  growth: number;
  fit: number;
  status: string;
  requests: number;
  profit: number;
}

function customersOf(table: GeneratedTable): Customer[] {
  const d = table.data as Record<string, readonly (string | number)[]>;
  return Array.from({ length: table.rows }, (_, i) => {
    const revenue = d['年营收(万元)']![i] as number;
    const margin = d['毛利率']![i] as number;
    const cost = d['服务成本(万元)']![i] as number;
    return {
      id: d['客户编号']![i] as string,
      name: d['客户名称']![i] as string,
      revenue,
      margin,
      cost,
      payDays: d['平均回款天数']![i] as number,
      record: d['付款记录']![i] as string,
      growth: d['年增长率']![i] as number,
      fit: d['与定位匹配度']![i] as number,
      status: d['状态']![i] as string,
      requests: d['特殊要求次数']![i] as number,
      // the manifest's rule, recomputed here: profit = revenue × margin − cost to serve
      profit: revenue * margin - cost,
    };
  });
}

/** The sorter's reading of a card (the chapter 3 standards): clearly good or clearly bad. */
const isGood = (c: Customer): boolean => c.profit > 0 && c.record !== '经常逾期' && c.fit >= 0.5 && c.status !== '已流失';
const isBad = (c: Customer): boolean => c.profit < 0 || c.record === '经常逾期' || c.fit < 0.35;

function expectLogisticsStory(table: GeneratedTable): void {
  const customers = customersOf(table);
  const n = customers.length;
  expect(new Set(customers.map((c) => c.id)).size).toBe(n);
  expect(new Set(customers.map((c) => c.name)).size).toBe(n);
  // invented, anonymised names only: place + 某 + trade, an optional (B)…
  for (const c of customers) expect(c.name).toMatch(/^[\u4e00-\u9fff]{2,4}某[\u4e00-\u9fff]{2,8}(\([B-Z]\))?$/);
  for (const c of customers) {
    expect(c.record).toBe(c.payDays <= 30 ? '按时' : c.payDays <= 90 ? '偶尔逾期' : '经常逾期');
    expect(c.fit).toBeGreaterThanOrEqual(0);
    expect(c.fit).toBeLessThanOrEqual(1);
    expect(c.revenue).toBeGreaterThan(0);
  }
  const byRevenue = [...customers].sort((a, b) => b.revenue - a.revenue);
  // the biggest customer loses money, pays after ~150 days and asks for hundreds of urgent jobs
  const giant = byRevenue[0]!;
  expect(giant.profit).toBeLessThan(0);
  expect(giant.payDays).toBeGreaterThanOrEqual(148);
  expect(giant.requests).toBeGreaterThanOrEqual(300);
  // small (bottom half by revenue), very profitable (profit ≥ 20 % of revenue), growing (≥ 30 %), on time
  const median = byRevenue[Math.floor(n / 2)]!.revenue;
  const stars = customers.filter((c) => c.revenue < median && c.profit / c.revenue >= 0.2 && c.growth >= 0.3 && c.record === '按时');
  expect(stars.length).toBeGreaterThanOrEqual(2);
  // a churned key account: last year's revenue (this year's ÷ (1 + growth)) was in the top 10 %
  const churned = customers.filter((c) => c.status === '已流失' && c.growth <= -0.6 && c.revenue / (1 + c.growth) >= byRevenue[Math.floor(n / 10)]!.revenue);
  expect(churned.length).toBeGreaterThanOrEqual(1);
  // ABC: the customers that make 70 % of revenue are a minority (15–30 %)
  const total = customers.reduce((a, c) => a + c.revenue, 0);
  let cumulative = 0;
  let aClass = 0;
  while (cumulative < 0.7 * total) cumulative += byRevenue[aClass++]!.revenue;
  expect(aClass / n).toBeGreaterThan(0.15);
  expect(aClass / n).toBeLessThan(0.3);
  // enough clearly good and clearly bad cards for several 12-card decks, and some in between
  const good = customers.filter(isGood).length;
  const bad = customers.filter(isBad).length;
  expect(good / n).toBeGreaterThan(0.35);
  expect(bad / n).toBeGreaterThan(0.25);
  expect(Math.min(good, bad)).toBeGreaterThanOrEqual(30);
}

describe('the committed logistics file', () => {
  const dataset = generateDataset('logistics-customers');

  it('has 160 customers, 16 columns, and the stories the manifest tells', () => {
    expect(dataset.table.rows).toBe(160);
    expect(dataset.table.columns).toHaveLength(16);
    expectLogisticsStory(dataset.table);
    const giant = customersOf(dataset.table).sort((a, b) => b.revenue - a.revenue)[0]!;
    expect(giant.name).toBe('华东某电商平台');
  });

  it('a 12-card deck drawn at random usually mixes good and bad customers', () => {
    const customers = customersOf(dataset.table);
    const random = createRandom(12);
    let mixed = 0;
    for (let deck = 0; deck < 200; deck += 1) {
      const cards = random.shuffle(customers).slice(0, 12);
      if (cards.filter(isGood).length >= 3 && cards.filter(isBad).length >= 3) mixed += 1;
    }
    expect(mixed / 200).toBeGreaterThan(0.85);
  });
});

describe('logistics properties', () => {
  it('every seed and every student keeps the story', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expectLogisticsStory(generateLogisticsCustomers(defaultLogisticsParams, createRandom(seed)));
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6,12}$/), (studentNumber) => {
        const table = generateDataset('logistics', { studentNumber }).table;
        expect(table.rows).toBeGreaterThanOrEqual(130);
        expect(table.rows).toBeLessThanOrEqual(190);
        expectLogisticsStory(table);
      }),
      { numRuns: 40 },
    );
  });
});
