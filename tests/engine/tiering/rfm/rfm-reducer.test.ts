import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '~/engine/core/dates';
import { OWN_ORDER, readRfmMeasures, RfmReducer } from '~/engine/tiering/rfm';
import { chunked, utf8 } from '../../ingest/helpers';

const plain = (m: ReturnType<RfmReducer['measures']>) => ({
  ...m,
  customerIndex: [...m.customerIndex],
  lastPurchase: [...m.lastPurchase],
  frequency: [...m.frequency],
  monetary: [...m.monetary],
});

describe('RfmReducer (checked by hand)', () => {
  it('keeps the last purchase day, distinct purchase orders and the sum of all amounts per customer', () => {
    const r = new RfmReducer();
    // customer, day, amount, order
    r.add(0, 1, 10, OWN_ORDER); // A buys: 1 order
    r.add(1, 2, -5, OWN_ORDER); // B only returns: left out
    r.add(0, 3, 20, 7); // A, order 7: 2 orders
    r.add(0, 4, 1, 7); // A, order 7 again: still 2
    r.add(0, 5, -8, OWN_ORDER); // A returns on day 5: counts in monetary and latestDay, not recency
    r.add(2, 4, 0, 8); // C spends 0: not a purchase
    expect(plain(r.measures(['A', 'B', 'C']))).toEqual({
      customerIndex: [0],
      lastPurchase: [4], // day 5 was a return
      frequency: [2],
      monetary: [23], // 10 + 20 + 1 − 8
      latestDay: 5,
      latestPurchase: 4,
      withoutPurchase: ['B', 'C'],
    });
  });

  it('counts an order shared by two customers once for each, and numbers customers by their first row', () => {
    const r = new RfmReducer();
    r.add(5, 10, 3, 0); // customer id 5 first: scored first although its id is larger
    r.add(2, 11, 4, 0); // same order under customer 2: counts for 2 as well
    r.add(5, 12, 2, 0); // and again for 5: no change
    r.add(2, 12, 1, 0); // and for 2: no change
    r.add(2, 13, 1, 1); // 2's own second order
    const names = ['', '', 'P', '', '', 'Q'];
    expect(plain(r.measures(names))).toMatchObject({ customerIndex: [5, 2], frequency: [1, 2], lastPurchase: [12, 13], monetary: [5, 6] });
  });

  it('grows past its first tables (2,000 customers and orders)', () => {
    const r = new RfmReducer();
    for (let c = 0; c < 2000; c++) r.add(c, c, 1, 1999 - c);
    const m = r.measures(Array.from({ length: 2000 }, (_, c) => `C${c}`));
    expect(m.customerIndex.length).toBe(2000);
    expect(m.frequency.every((f) => f === 1)).toBe(true);
    expect(m.lastPurchase[1999]).toBe(1999);
  });
});

describe('readRfmMeasures (checked by hand)', () => {
  it('adds rows with settled dates as they come, holds the rest until the day/month order is known', async () => {
    const csv = ['会员号,日期,消费金额', 'A,2024-01-05,10', 'B,2/1/2024,5', 'A,13/1/2024,7', 'C,bad,3', 'B,-,1'].join('\n');
    // 13/1/2024 makes the file day-first: 2/1/2024 is 2 January. Line 5's date is not a date, line 6 neither.
    const r = await readRfmMeasures(chunked(utf8(csv), 9), { blockRows: 2 });
    expect(r.customers.slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect({ ...r.measures, customerIndex: [...r.measures.customerIndex], lastPurchase: [...r.measures.lastPurchase], frequency: [...r.measures.frequency], monetary: [...r.measures.monetary] }).toEqual({
      customerIndex: [0, 1],
      lastPurchase: [dayFromYmd(2024, 1, 13), dayFromYmd(2024, 1, 2)],
      frequency: [2, 1],
      monetary: [17, 5],
      latestDay: dayFromYmd(2024, 1, 13),
      latestPurchase: dayFromYmd(2024, 1, 13),
      withoutPurchase: [],
    });
    expect(r.issueCount).toBe(2);
    expect(r.issues.map((issue) => issue.line)).toEqual([5, 6]);
    expect(r.warnings.some((w) => w.includes('日/月/年'))).toBe(true);
  });

  it('names the first 20 rows of a far-off date in line order, and counts them all', async () => {
    const lines = ['客户,日期,金额'];
    for (let i = 0; i < 30; i++) lines.push(`K${i % 3},2024-01-0${1 + (i % 9)},5`, `K${i % 3},9999-12-31,1`);
    const r = await readRfmMeasures(chunked(utf8(lines.join('\n'))), { blockRows: 7 });
    expect(r.dateOutliers.count).toBe(30);
    expect(r.dateOutliers.rows.map((row) => row.line)).toEqual(Array.from({ length: 20 }, (_, k) => 3 + 2 * k));
    expect(r.warnings.at(-1)).toMatch(/^有 30 行的日期可疑：第 3 行 9999-12-31（与其他日期相差 10 年以上）、第 5 行/);
  });
});
