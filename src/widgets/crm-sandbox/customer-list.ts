import { rowQuerier, type RowPage } from '../../engine/core/query-rows';
import { normalisePhone } from '../../engine/crm/duplicates';
import type { CrmCustomer, CrmOrder } from '../../engine/crm/types';

/** One row of the customer list: what it shows, sorts and searches by (built once per load, not per keystroke). */
export interface CustomerRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly region: string;
  readonly owner: string;
  readonly tier: string;
  readonly tagsText: string;
  readonly updatedAt: string;
  /** Last order date, or null without orders. */
  readonly lastOrder: string | null;
  /** Name, id, phone digits and tags in one lower-case text: a search looks here once per row. */
  readonly haystack: string;
  readonly customer: CrmCustomer;
}

export function customerRows(customers: readonly CrmCustomer[], orders: readonly CrmOrder[]): CustomerRow[] {
  const last = new Map<string, string>();
  for (const o of orders) if ((last.get(o.customerId) ?? '') < o.date) last.set(o.customerId, o.date);
  return customers.map((c) => ({
    id: c.id, name: c.name, kind: c.kind === 'company' ? '企业' : '个人', region: c.region, owner: c.owner, tier: c.tier, tagsText: c.tags.join(' '),
    updatedAt: c.updatedAt, lastOrder: last.get(c.id) ?? null,
    haystack: `${c.name} ${c.id} ${normalisePhone(c.phone)} ${c.tags.join(' ')} ${c.contacts.map((p) => p.name).join(' ')}`.toLowerCase(),
    customer: c,
  }));
}

/** The list's filters: a value per field ('' = any), a tag, and what to search for. */
export interface CustomerQuery {
  readonly search: string;
  readonly filters: Readonly<Record<string, string>>;
  readonly sortBy: string;
  readonly descending: boolean;
  readonly page: number;
}

export const FILTER_FIELDS = [
  { key: 'kind', label: '类型' }, { key: 'region', label: '区域' }, { key: 'owner', label: '负责人' }, { key: 'tier', label: '客户等级' }, { key: 'tag', label: '标签' },
] as const;

export const SORT_FIELDS = [
  { key: 'id', label: '编号' }, { key: 'name', label: '名称' }, { key: 'region', label: '区域' }, { key: 'updatedAt', label: '最近修改' }, { key: 'lastOrder', label: '最近订单' },
] as const;

export const PAGE_SIZE = 25;

/** The distinct values of each filter field, sorted, for the filter menus. */
export function filterOptions(rows: readonly CustomerRow[]): Record<string, string[]> {
  const sets: Record<string, Set<string>> = Object.fromEntries(FILTER_FIELDS.map((f) => [f.key, new Set<string>()]));
  for (const r of rows) {
    for (const f of FILTER_FIELDS) {
      if (f.key === 'tag') r.customer.tags.forEach((t) => sets.tag!.add(t));
      else if ((r as unknown as Record<string, string>)[f.key]) sets[f.key]!.add((r as unknown as Record<string, string>)[f.key]!);
    }
  }
  return Object.fromEntries(Object.entries(sets).map(([k, s]) => [k, [...s].sort()]));
}

/**
 * The rows in list order: `queryRows`' stable sort (digit-only ids by number, missing values last), done once per
 * sort or data change, not per keystroke (10,000 rows sorted at every letter typed would block the page).
 */
export function sortCustomerRows(rows: readonly CustomerRow[], sortBy: string, descending: boolean): CustomerRow[] {
  const sorted: CustomerRow[] = [];
  const query = rowQuerier(rows);
  for (let offset = 0; offset === 0 || offset < rows.length; offset += 10_000) {
    sorted.push(...query({ sortBy: sortBy as keyof CustomerRow & string, descending, offset, limit: 10_000 }).rows);
  }
  return sorted;
}

/** One page of the sorted list after the filters, the tag and the search (the order of `sorted` is kept). */
export function customerPage(sorted: readonly CustomerRow[], query: CustomerQuery): RowPage<CustomerRow> {
  const { tag = '', ...fields } = query.filters;
  const where = Object.entries(fields).filter(([, v]) => v !== '') as [keyof CustomerRow, string][];
  const needle = query.search.trim().toLowerCase();
  const digits = needle.replace(/[\s-]/g, '');
  const byDigits = digits.length >= 3 && /^\d+$/.test(digits);
  const picked = tag === '' && needle === '' && where.length === 0 ? sorted : sorted.filter((r) =>
    where.every(([k, v]) => r[k] === v) && (tag === '' || r.customer.tags.includes(tag)) && (needle === '' || r.haystack.includes(needle) || (byDigits && r.haystack.includes(digits))));
  const offset = query.page * PAGE_SIZE;
  return { rows: picked.slice(offset, offset + PAGE_SIZE), matched: picked.length, total: sorted.length, offset, limit: PAGE_SIZE };
}
