import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrmDatabase } from '~/crm/database';
import { exportCrmDatabase, parseCrmBackup, restoreCrmDatabase } from '~/crm/backup';
import { applyImport, applySegmentTags, auditOf, loadWorkspace, logReveal, mergeDuplicate, replaceWorkspace, saveCustomer, saveTicket } from '~/crm/repository';
import { advanceTicket, findDuplicates, openTicket, planImport, seedWorkspace, segmentTagsFromOrders } from '~/engine/crm';
import { chunked, gb18030, utf8 } from '../engine/ingest/helpers';

let n = 0;
const dbs: CrmDatabase[] = [];
const fresh = () => {
  const db = new CrmDatabase(`crm-repo-${++n}-${Date.now()}`);
  dbs.push(db);
  return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const NOW = Date.parse('2025-03-10T08:00:00Z');
const AT = new Date(NOW).toISOString();
const known = async (db: CrmDatabase) => ({ customers: new Set(await db.customers.toCollection().primaryKeys()), orders: new Set(await db.orders.toCollection().primaryKeys()) });

describe('workspaces and records', () => {
  it('loads a seeded workspace, logs each change of a customer field by field, and logs a reveal with its reason', async () => {
    const db = fresh();
    await replaceWorkspace(db, seedWorkspace('retail', { now: NOW }), 'retail', AT);
    const loaded = await loadWorkspace(db);
    expect(loaded.workspace).toBe('retail');
    expect(loaded.customers).toHaveLength(127);
    const c = loaded.customers.find((x) => x.tier === '')!;
    await saveCustomer(db, { ...c, tier: '关键客户', tags: [...c.tags, '生鲜'] }, '2025-03-10T09:00:00.000Z');
    await logReveal(db, c.id, 'phone', '回访核实身份', '2025-03-10T09:01:00.000Z');
    const log = await auditOf(db, 'customers', c.id);
    expect(log.map((e) => [e.action, e.changes.map((x) => x.field), e.reason])).toEqual([
      ['reveal', ['phone'], '回访核实身份'],
      ['update', ['tier', 'tags'], ''],
    ]);
  });

  it('a ticket moved through the steps is saved with its audit entries', async () => {
    const db = fresh();
    let t = openTicket({ id: 'T9', customerId: 'C', title: '破损', category: '破损', severity: '一般' }, AT);
    await saveTicket(db, t, AT);
    t = advanceTicket(t, AT, '致歉并记录');
    await saveTicket(db, t, AT);
    expect((await db.tickets.get('T9'))!.step).toBe(1);
    expect((await auditOf(db, 'tickets', 'T9')).map((e) => [e.action, e.changes.map((c) => [c.field, c.to])])).toEqual([['update', [['step', 1]]], ['create', expect.anything()]]);
  });

  it('merges a planted duplicate: records of the duplicate move to the kept customer, the duplicate is gone, both logs say so', async () => {
    const db = fresh();
    const data = seedWorkspace('retail', { now: NOW });
    await replaceWorkspace(db, data, 'retail', AT);
    const [keepId, otherId] = findDuplicates(data.customers)[0]!.ids as [string, string];
    await db.orders.add({ id: 'X1', customerId: otherId, date: '2025-03-01', amount: 10 });
    await db.interactions.add({ id: 'IX', customerId: otherId, kind: 'call', date: '2025-03-01', content: '来电', nextStep: '', nextDate: '', done: false });
    const merged = await mergeDuplicate(db, keepId, otherId, AT);
    expect(merged.id).toBe(keepId);
    expect(await db.customers.get(otherId)).toBeUndefined();
    expect((await db.orders.get('X1'))!.customerId).toBe(keepId);
    expect((await db.interactions.get('IX'))!.customerId).toBe(keepId);
    expect((await auditOf(db, 'customers', otherId))[0]!.reason).toContain(`${otherId} → ${keepId}`);
    expect(findDuplicates(await db.customers.toArray()).some((g) => g.ids.includes(otherId))).toBe(false);
  });

  it('writes RFM/ABC tags from the orders, replacing the last analysis', async () => {
    const db = fresh();
    const data = seedWorkspace('logistics', { now: NOW });
    await replaceWorkspace(db, data, 'logistics', AT);
    const tagging = segmentTagsFromOrders(data.orders);
    expect(await applySegmentTags(db, tagging, AT)).toBe(tagging.tags.size);
    await applySegmentTags(db, tagging, AT);
    const tags = (await db.customers.get('KH001'))!.tags;
    expect(tags.filter((t) => t.startsWith('RFM:'))).toHaveLength(1);
    expect(tags.filter((t) => t.startsWith('ABC:'))).toHaveLength(1);
  });
});

describe('import: a preview first, then all or nothing', () => {
  const GBK = '客户编号,客户名称,手机号,区域\nC1,苏州某小学食堂,13800000001,华东\nC2,,13800000002,华东\nC3,王丽,13800000003,上海\nC1,重复的编号,,\n';

  it('a GBK customer list: the plan lists the rejected row and the repeated id, and nothing is written until applied', async () => {
    const db = fresh();
    const plan = await planImport(chunked(gb18030(GBK), 5), 'customers', await known(db), (i) => `N${i}`);
    expect(plan.encoding).toBe('gb18030');
    expect(plan.issues).toEqual([{ line: 3, column: '客户名称', message: '客户名称为空' }]);
    expect(plan.customers.map((c) => c.id)).toEqual(['C1', 'C3']);
    expect(plan.existing).toEqual(['C1']);
    expect(await db.customers.count()).toBe(0);
    await applyImport(db, plan, AT, 'gbk.csv');
    expect(await db.customers.count()).toBe(2);
    // The same file again: both ids are known now, nothing new.
    expect((await planImport(chunked(gb18030(GBK)), 'customers', await known(db), (i) => `N${i}`)).customers).toEqual([]);
  });

  it('an order log creates the customers it names and one order per row', async () => {
    const db = fresh();
    const plan = await planImport(chunked(utf8('订单号,会员号,下单时间,实付金额\nD1,M1,2024-01-05,100\nD1,M1,2024-01-05,20\nD2,M2,2024/1/6,"¥1,500"\nD3,M3,昨天,10\nD4,M4,2024-01-07,十元\n')), 'orders', await known(db), (i) => `N${i}`);
    expect(plan.orders.map((o) => [o.id, o.customerId, o.date, o.amount])).toEqual([['D1', 'M1', '2024-01-05', 100], ['D1-2', 'M1', '2024-01-05', 20], ['D2', 'M2', '2024-01-06', 1500]]);
    expect(plan.issues.map((i) => [i.line, i.column])).toEqual([[5, '下单时间'], [6, '实付金额']]);
    expect(plan.customers.map((c) => c.id)).toEqual(['M1', 'M2']);
    await applyImport(db, plan, AT, 'orders.csv');
    expect(await db.orders.count()).toBe(3);
  });

  it('a broken file throws before anything is written', async () => {
    const db = fresh();
    await expect(planImport(chunked(utf8('客户编号,区域\nC1,上海\n')), 'customers', await known(db), String)).rejects.toMatchObject({ code: 'missing-columns' });
    expect(await db.customers.count()).toBe(0);
  });

  it('an import that fails while writing (an id taken meanwhile) writes none of its rows', async () => {
    const db = fresh();
    const plan = await planImport(chunked(utf8('客户编号,客户名称\nA,甲\nB,乙\n')), 'customers', await known(db), String);
    await db.customers.add({ ...plan.customers[1]!, createdAt: AT, updatedAt: AT });
    await expect(applyImport(db, plan, AT, 'x.csv')).rejects.toBeTruthy();
    expect(await db.customers.toCollection().primaryKeys()).toEqual(['B']);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('the JSON backup of the whole database', () => {
  it('round-trips every table, and a restore replaces what was there', async () => {
    const a = fresh();
    await replaceWorkspace(a, seedWorkspace('logistics', { now: NOW }), 'logistics', AT);
    const backup = await exportCrmDatabase(a, new Date(NOW));
    const text = JSON.stringify(backup);
    const b = fresh();
    await replaceWorkspace(b, seedWorkspace('retail', { now: NOW }), 'retail', AT);
    const parsed = parseCrmBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await restoreCrmDatabase(b, parsed.backup);
    expect(await exportCrmDatabase(b, new Date(NOW))).toEqual(backup);
  });

  it.each([
    ['not json', /不是有效的 JSON/],
    [JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: 3 }), /不是练习版 CRM 的备份/],
    [JSON.stringify({ app: 'crm-lab', kind: 'crm', v: 9, tables: {} }), /更新的版本（v9）/],
    [JSON.stringify({ app: 'crm-lab', kind: 'crm', v: 2, tables: { secrets: [] } }), /不认识的数据表（secrets）/],
    [JSON.stringify({ app: 'crm-lab', kind: 'crm', v: 2, tables: { customers: [{ name: '无编号' }] } }), /customers 的第 1 条记录格式不对/],
    ['{"app":"crm-lab","kind":"crm","v":2,"tables":{"customers":[{"id":"x","__proto__":{"a":1}}]}}', /__proto__/],
  ])('refuses %s', (text, message) => {
    const result = parseCrmBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toContain('本机的客户数据没有任何改变');
    }
  });

  it('reads a version 1 backup, upgrading its customers as the database does', () => {
    const result = parseCrmBackup({ app: 'crm-lab', kind: 'crm', v: 1, tables: { customers: [{ id: 'M1', name: '王丽', tags: '生鲜,会员日' }] } });
    expect(result.ok && result.backup.tables.customers[0]).toMatchObject({ id: 'M1', tags: ['生鲜', '会员日'], consent: false, contacts: [] });
  });

  it('a restore that fails half way (a repeated id) keeps the old data', async () => {
    const db = fresh();
    await replaceWorkspace(db, seedWorkspace('retail', { now: NOW }), 'retail', AT);
    const before = await db.customers.count();
    const parsed = parseCrmBackup({ app: 'crm-lab', kind: 'crm', v: 2, tables: { customers: [{ id: 'A' }, { id: 'A' }] } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await expect(restoreCrmDatabase(db, parsed.backup)).rejects.toBeTruthy();
    expect(await db.customers.count()).toBe(before);
  });
});

describe('figures for a lab worksheet', () => {
  it('reads the CRM’s figures, or null when the learner never opened the CRM', async () => {
    const { readCrmFigures } = await import('~/crm/figures');
    expect(await readCrmFigures(NOW, 'crm-never-opened')).toBeNull();
    const db = fresh();
    const data = seedWorkspace('logistics', { now: NOW });
    await replaceWorkspace(db, data, 'logistics', AT);
    await applySegmentTags(db, segmentTagsFromOrders(data.orders), AT);
    const figures = (await readCrmFigures(NOW, db.name))!;
    // By hand from the seed: 42 customers, 2 planted duplicates, 5 tickets (1 archived with one revisit of 4 points, 1 overdue).
    expect(figures).toMatchObject({ customers: 42, companies: 42, duplicateGroups: 2, tickets: 5, ticketsArchived: 1, ticketsOverdue: 1, revisits: 1, satisfactionRate: 1 });
    expect(Object.values(figures.abcClasses).reduce((s, n) => s + n, 0)).toBe(40);
  });
});
