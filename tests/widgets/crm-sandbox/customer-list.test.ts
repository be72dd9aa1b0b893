import { describe, expect, it } from 'vitest';
import { seedWorkspace } from '~/engine/crm';
import { customerPage as pageOf, customerRows, filterOptions, PAGE_SIZE, sortCustomerRows, type CustomerQuery, type CustomerRow } from '~/widgets/crm-sandbox/customer-list';

const customerPage = (rows: readonly CustomerRow[], q: CustomerQuery) => pageOf(sortCustomerRows(rows, q.sortBy, q.descending), q);

const data = seedWorkspace('retail', { now: Date.parse('2025-03-10T08:00:00Z') });
const rows = customerRows(data.customers, data.orders);
const query = { search: '', filters: {}, sortBy: 'id', descending: false, page: 0 };

describe('the customer list', () => {
  it('pages the whole list, sorted by id', () => {
    const page = customerPage(rows, query);
    expect(page.matched).toBe(127);
    expect(page.rows).toHaveLength(PAGE_SIZE);
    expect(page.rows[0]!.id).toBe('G001');
  });

  it('finds a customer by a phone number typed with spaces, by name, and by tag', () => {
    const member = data.customers.find((c) => c.id.startsWith('M1'))!;
    const spaced = `${member.phone.slice(0, 3)} ${member.phone.slice(3, 7)} ${member.phone.slice(7)}`;
    expect(customerPage(rows, { ...query, search: spaced }).rows.map((r) => r.id)).toContain(member.id);
    expect(customerPage(rows, { ...query, search: member.name }).rows.map((r) => r.id)).toContain(member.id);
    expect(customerPage(rows, { ...query, filters: { tier: '关键客户' } }).rows.map((r) => r.id)).toEqual(['G001', 'G002']);
  });

  it('filters by tag and offers each field’s values', () => {
    const tagged = customerRows(data.customers.map((c, i) => (i % 10 === 0 ? { ...c, tags: ['生鲜'] } : c)), []);
    expect(customerPage(tagged, { ...query, filters: { tag: '生鲜' } }).matched).toBe(13);
    const options = filterOptions(rows);
    expect(options.region).toEqual(['上海', '南京', '宁波', '杭州', '苏州']);
    expect(options.kind).toEqual(['个人', '企业']);
  });

  it('sorts more than 10,000 rows (queryRows pages at most 10,000 at a time) and keeps the order through a search', () => {
    const many = customerRows(Array.from({ length: 12_345 }, (_, i) => ({ ...data.customers[0]!, id: `B${12_344 - i}`, name: `客户${i}` })), []);
    const sorted = sortCustomerRows(many, 'id', false);
    expect(sorted).toHaveLength(12_345);
    expect(sorted.slice(0, 4).map((r) => r.id)).toEqual(['B0', 'B1', 'B10', 'B100']); // text, not digits only: code points
    expect(sorted.at(-1)!.id).toBe('B9999');
    // 客户1234 and 客户12340–12344 are B11110 and B4…B0.
    expect(pageOf(sorted, { ...query, search: '客户1234' }).rows.map((r) => r.id)).toEqual(['B0', 'B1', 'B11110', 'B2', 'B3', 'B4']);
  });

  it('sorts by the last order, customers without orders last', () => {
    const page = customerPage(rows, { ...query, sortBy: 'lastOrder', descending: true, page: 5 });
    expect(page.rows.at(-1)!.lastOrder).toBeNull();
  });
});
