import { describe, expect, it } from 'vitest';
import { computeRfm } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { followUpReminders, openTicket, segmentTagsFromOrders, withSegmentTags, type CrmCustomer, type CrmInteraction, type CrmOrder } from '~/engine/crm';
import { expectEngineError } from '../expect-engine-error';

describe('segmentTagsFromOrders', () => {
  // Four customers; A buys most and most recently, D once long ago.
  const orders: CrmOrder[] = [
    { id: 'o1', customerId: 'A', date: '2024-06-28', amount: 500 }, { id: 'o2', customerId: 'A', date: '2024-06-20', amount: 400 },
    { id: 'o3', customerId: 'A', date: '2024-05-01', amount: 300 }, { id: 'o4', customerId: 'B', date: '2024-06-25', amount: 100 },
    { id: 'o5', customerId: 'C', date: '2024-03-01', amount: 200 }, { id: 'o6', customerId: 'C', date: '2024-02-01', amount: 150 },
    { id: 'o7', customerId: 'D', date: '2024-01-05', amount: 50 },
  ];
  it('tags each customer with the RFM segment the RFM calculator gives and the ABC class (by hand: A holds 1200 of 1700)', () => {
    const result = segmentTagsFromOrders(orders);
    const rfm = computeRfm(transactionsFromRecords(orders.map((o) => ({ customer: o.customerId, date: o.date, amount: o.amount, order: o.id }))));
    for (const c of rfm.customers) expect(result.tags.get(c.customer)![0]).toBe(`RFM:${c.segment}`);
    // ABC by hand: A 1200 (cumulative before 0 → A), C 350 (before 70.6 % → B), B 100 (before 91.2 % → C), D 50 → C.
    expect(Object.fromEntries([...result.tags].map(([id, tags]) => [id, tags[1]]))).toEqual({ A: 'ABC:A类', C: 'ABC:B类', B: 'ABC:C类', D: 'ABC:C类' });
    expect(result.classCounts).toEqual({ A: 1, B: 1, C: 2 });
    expect(result.asOf).toBe('2024-06-29');
    expect([...result.segmentCounts.values()].reduce((s, n) => s + n, 0)).toBe(4);
  });
  it('replaces the last analysis’s tags and keeps the learner’s own', () => {
    const customer = { tags: ['生鲜', 'RFM:一般挽留客户', 'ABC:C类', '会员日'] } as unknown as CrmCustomer;
    expect(withSegmentTags(customer, ['RFM:重要价值客户', 'ABC:A类'])).toEqual(['生鲜', '会员日', 'RFM:重要价值客户', 'ABC:A类']);
  });
  it('asks for orders first', () => expectEngineError(() => segmentTagsFromOrders([]), 'no-orders'));
});

describe('followUpReminders', () => {
  const i = (id: string, nextDate: string, done = false): CrmInteraction => ({ id, customerId: 'C', kind: 'call', date: '2024-05-01', content: '回访', nextStep: `跟进${id}`, nextDate, done });
  it('sorts follow-ups into overdue and due today, and adds ticket steps past or reaching their deadline today', () => {
    const now = Date.parse('2024-05-07T10:00:00Z');
    const late = openTicket({ id: 'T1', customerId: 'C', title: '延误', category: '时效', severity: '严重' }, '2024-05-07T09:00:00Z'); // due 09:30
    const soon = openTicket({ id: 'T2', customerId: 'C', title: '破损', category: '破损', severity: '一般' }, '2024-05-07T09:30:00Z'); // due 11:30
    const r = followUpReminders([i('a', '2024-05-06'), i('b', '2024-05-07'), i('c', '2024-05-08'), i('d', '2024-05-01', true), i('e', '')], [late, soon], '2024-05-07', now);
    expect(r.overdue.map((x) => x.text)).toEqual(['跟进a', '延误（接收）']);
    expect(r.dueToday.map((x) => x.text)).toEqual(['跟进b', '破损（接收）']);
  });
});
