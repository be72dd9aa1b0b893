import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd, formatDay } from '~/engine/core/dates';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { defaultRetailParams, generateRetailTransactions, type RetailParams } from '~/engine/generate/retail-transactions';
import type { GeneratedTable } from '~/engine/generate/table';

// Every expected figure below is recomputed here from the rows, independently of the generator's
// internals (which draw members, days and amounts, but never total them).

interface Row {
  order: string;
  member: string;
  time: string;
  day: number;
  store: string;
  channel: string;
  category: string;
  amount: number;
}

function rowsOf(table: GeneratedTable): Row[] {
  const d = table.data as Record<string, readonly (string | number)[]>;
  return Array.from({ length: table.rows }, (_, i) => {
    const time = d['下单时间']![i] as string;
    return {
      order: d['订单号']![i] as string,
      member: d['会员号']![i] as string,
      time,
      day: dayFromYmd(Number(time.slice(0, 4)), Number(time.slice(5, 7)), Number(time.slice(8, 10))),
      store: d['门店']![i] as string,
      channel: d['渠道']![i] as string,
      category: d['品类']![i] as string,
      amount: d['实付金额']![i] as number,
    };
  });
}

/** Share of net revenue brought by the top 20 % of members (ranked by their net spend). */
function topFifthShare(rows: readonly Row[]): number {
  const spend = new Map<string, number>();
  for (const r of rows) spend.set(r.member, (spend.get(r.member) ?? 0) + r.amount);
  const values = [...spend.values()].sort((a, b) => b - a);
  const total = values.reduce((a, b) => a + b, 0);
  const top = values.slice(0, Math.round(values.length * 0.2)).reduce((a, b) => a + b, 0);
  return top / total;
}

/** The invariants every retail file must keep, the committed one and every student's. */
function expectRetailInvariants(table: GeneratedTable, endDay: number, days: number): void {
  const rows = rowsOf(table);
  const first = endDay - days + 1;
  expect(table.columns.map((c) => c.name)).toEqual(['订单号', '会员号', '下单时间', '门店', '渠道', '品类', '实付金额']);
  // Problems are collected and compared with [] at the end: one expect per row would take seconds.
  const problems: string[] = [];
  const fail = (i: number, why: string): void => {
    if (problems.length < 10) problems.push(`row ${i + 2}: ${why}`);
  };
  const purchases = new Map<string, Row[]>();
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i]!;
    if (!/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/.test(r.time) || formatDay(r.day) !== r.time.slice(0, 10)) fail(i, `bad time ${r.time}`);
    if (r.day < first || r.day > endDay) fail(i, `outside the period: ${r.time}`);
    if (i > 0 && r.time < rows[i - 1]!.time) fail(i, 'not sorted by time');
    if (Math.abs(r.amount * 100 - Math.round(r.amount * 100)) > 1e-6) fail(i, `amount ${r.amount} has more than 2 decimals`);
    if (r.order.endsWith('-R')) {
      // a return: an earlier purchase line of the same member, category and store covers it
      const original = (purchases.get(r.order.slice(0, -2)) ?? []).find((p) => p.category === r.category);
      if (r.amount >= 0) fail(i, 'a return with a non-negative amount');
      if (!original) fail(i, `return ${r.order} has no purchase line`);
      else if (original.member !== r.member || original.store !== r.store) fail(i, 'return by another member or store');
      else if (!(original.day < r.day && r.day - original.day <= 14)) fail(i, 'return not 1–14 days after the purchase');
      else if (-r.amount > original.amount + 1e-9) fail(i, 'return larger than the purchase');
    } else {
      if (!/^D\d{6}$/.test(r.order)) fail(i, `order id ${r.order}`);
      if (r.amount <= 0) fail(i, 'a purchase with a non-positive amount');
      const lines = purchases.get(r.order) ?? [];
      const head = lines[0];
      // lines of one order: same moment, member, store and channel, different categories
      if (head && (head.time !== r.time || head.member !== r.member || head.store !== r.store || head.channel !== r.channel)) fail(i, 'order lines disagree');
      if (lines.some((l) => l.category === r.category)) fail(i, 'category repeated in one order');
      lines.push(r);
      purchases.set(r.order, lines);
    }
  }
  expect(problems).toEqual([]);
  const returns = rows.filter((r) => r.amount < 0).length / rows.length;
  expect(returns).toBeGreaterThan(0.02);
  expect(returns).toBeLessThan(0.06);
  const share = topFifthShare(rows);
  expect(share).toBeGreaterThan(0.7);
  expect(share).toBeLessThan(0.8);
  expect(new Set(rows.map((r) => r.store)).size).toBe(6);
  expect([...new Set(rows.map((r) => r.channel))].sort()).toEqual(['团购', '外卖', '小程序', '门店'].sort());
}

describe('the committed retail file (seed 20241231)', () => {
  const dataset = generateDataset('retail-transactions');
  const rows = rowsOf(dataset.table);
  const revenueByDay = new Map<number, number>();
  for (const r of rows) revenueByDay.set(r.day, (revenueByDay.get(r.day) ?? 0) + r.amount);
  const dayRevenue = (y: number, m: number, d: number): number => revenueByDay.get(dayFromYmd(y, m, d)) ?? 0;
  const meanDaily = [...revenueByDay.values()].reduce((a, b) => a + b, 0) / 731;

  it('keeps the row invariants: valid sorted times, returns matched to purchases, Pareto and returns bands', () => {
    expectRetailInvariants(dataset.table, dayFromYmd(2024, 12, 31), 731);
  });

  it('has about 45,000 rows from 2023-01-01 to 2024-12-31 and stays under 3 MB', () => {
    expect(rows.length).toBeGreaterThan(42000);
    expect(rows.length).toBeLessThan(48000);
    expect(rows[0]!.time.slice(0, 10) >= '2023-01-01').toBe(true);
    expect(rows.at(-1)!.time.slice(0, 10) <= '2024-12-31').toBe(true);
    expect(new TextEncoder().encode(dataset.csv).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('peaks on 双11 and 618 and before 春节, and is busier at weekends', () => {
    for (const year of [2023, 2024]) {
      expect(dayRevenue(year, 11, 11)).toBeGreaterThan(2 * meanDaily);
      expect(dayRevenue(year, 6, 18)).toBeGreaterThan(1.5 * meanDaily);
    }
    // the week before 春节 2024 (02-03 … 02-09) against the same week a month later
    let before = 0;
    let later = 0;
    for (let d = 3; d <= 9; d += 1) {
      before += dayRevenue(2024, 2, d);
      later += dayRevenue(2024, 3, d + 6);
    }
    expect(before).toBeGreaterThan(1.5 * later);
    let weekend = 0;
    let weekday = 0;
    let weekendDays = 0;
    for (const [day, revenue] of revenueByDay) {
      const dow = new Date(day * 86_400_000).getUTCDay();
      if (dow === 0 || dow === 6) {
        weekend += revenue;
        weekendDays += 1;
      } else weekday += revenue;
    }
    expect(weekend / weekendDays).toBeGreaterThan(1.15 * (weekday / (revenueByDay.size - weekendDays)));
  });

  it('tells the members\' stories the manifest promises', () => {
    const truth = dataset.table.truth!;
    const members = new Map<string, Row[]>();
    for (const r of rows) {
      const list = members.get(r.member);
      if (list) list.push(r);
      else members.set(r.member, [r]);
    }
    const total = rows.reduce((a, r) => a + r.amount, 0);
    const ofStory = (story: string): Row[][] => [...members].filter(([m]) => truth[m] === story).map(([, rs]) => rs);
    const orders = (rs: readonly Row[]): number => new Set(rs.filter((r) => r.amount > 0).map((r) => r.order)).size;
    const lastPurchase = (rs: readonly Row[]): number => Math.max(...rs.filter((r) => r.amount > 0).map((r) => r.day));
    const firstPurchase = (rs: readonly Row[]): number => Math.min(...rs.filter((r) => r.amount > 0).map((r) => r.day));
    const end = dayFromYmd(2024, 12, 31);

    const loyal = ofStory('loyal');
    expect(loyal.length / members.size).toBeGreaterThan(0.06);
    expect(loyal.length / members.size).toBeLessThan(0.1);
    expect(loyal.flat().reduce((a, r) => a + r.amount, 0) / total).toBeGreaterThan(0.4); // 四成以上
    for (const rs of ofStory('lapsed')) expect(end - lastPurchase(rs)).toBeGreaterThanOrEqual(200);
    for (const rs of ofStory('new')) expect(end - firstPurchase(rs)).toBeLessThanOrEqual(200);
    for (const rs of ofStory('one-off')) {
      expect(orders(rs)).toBe(1);
      expect(Math.max(...rs.map((r) => r.amount))).toBeGreaterThanOrEqual(1500);
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(loyal.map(orders))).toBeGreaterThan(2.5 * mean(ofStory('regular').map(orders)));
    // bargain hunters buy mostly on promotion days (618, 双11 windows, 双12, 年货)
    const promo = (day: number): boolean => {
      const date = formatDay(day).slice(5);
      return (date >= '06-01' && date <= '06-18') || (date >= '11-01' && date <= '11-11') || date === '12-12';
    };
    const bargainLines = ofStory('bargain').flat().filter((r) => r.amount > 0);
    const allLines = rows.filter((r) => r.amount > 0);
    expect(bargainLines.filter((r) => promo(r.day)).length / bargainLines.length).toBeGreaterThan(
      2 * (allLines.filter((r) => promo(r.day)).length / allLines.length),
    );
  });

});

describe('retail properties', () => {
  it('small files from any seed keep the row invariants', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: dayFromYmd(2018, 1, 1), max: dayFromYmd(2030, 12, 30) }), (seed, endDay) => {
        const params: RetailParams = Object.freeze({ ...defaultRetailParams, members: 150, endDay });
        const table = generateRetailTransactions(params, createRandom(seed));
        const rows = rowsOf(table);
        expect(rows.every((r, i) => i === 0 || r.time >= rows[i - 1]!.time)).toBe(true);
        expect(new Set(rows.map((r) => r.member)).size).toBe(150);
        expect(rows.every((r) => r.day > endDay - 731 && r.day <= endDay && r.amount !== 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a period ending on 31 December 2030 needs 春节 2031, which the calendar lacks: a coded error', () => {
    const params = { ...defaultRetailParams, members: 10, endDay: dayFromYmd(2030, 12, 31) };
    expect(() => generateRetailTransactions(params, createRandom(1))).toThrow(/2016–2030/);
  });

  it('every student\'s file keeps the story: Pareto 70–80 %, 2–6 % returns, valid sorted dates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^20[12]\d{7}$/), (studentNumber) => {
        const dataset = generateDataset('retail', { studentNumber });
        const params = dataset.parameters as RetailParams;
        expect(params.days).toBe(731);
        expectRetailInvariants(dataset.table, params.endDay, params.days);
      }),
      { numRuns: 4 },
    );
  });
});
