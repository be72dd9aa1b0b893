// Reading and writing the practice CRM: thin functions over the Dexie tables, each change in one transaction with
// its audit-log entry. The rules (what a merge keeps, how a ticket moves) are the engine's.
import { diffRecords } from '../engine/crm/audit-diff';
import { mergeCustomers } from '../engine/crm/duplicates';
import { withSegmentTags } from '../engine/crm/segment-tags';
import type { AuditAction, CrmCustomer, CrmInteraction, CrmOpportunity, CrmRevisit, CrmTicket, SavedView } from '../engine/crm/types';
import type { CrmWorkspaceData } from '../engine/crm/seed-workspace';
import type { ImportPlan } from '../engine/crm/import-plan';
import type { SegmentTagging } from '../engine/crm/analyse';
import type { WorkspaceId } from '../engine/crm/workspaces';
import { CRM_TABLES, type CrmDatabase } from './database';

export interface LoadedWorkspace extends CrmWorkspaceData {
  readonly views: readonly SavedView[];
  readonly workspace: WorkspaceId | null;
}

/** Everything the views show, read in one transaction (10,000 customers read in well under a second). */
export async function loadWorkspace(db: CrmDatabase): Promise<LoadedWorkspace> {
  return db.transaction('r', [db.customers, db.interactions, db.opportunities, db.tickets, db.revisits, db.orders, db.views, db.meta], async () => {
    const [customers, interactions, opportunities, tickets, revisits, orders, views, workspace] = await Promise.all([
      db.customers.toArray(), db.interactions.toArray(), db.opportunities.toArray(), db.tickets.toArray(), db.revisits.toArray(), db.orders.toArray(),
      db.views.toArray(), db.meta.get('workspace'),
    ]);
    return { customers, interactions, opportunities, tickets, revisits, orders, views, workspace: (workspace?.value as WorkspaceId | undefined) ?? null };
  });
}

const audit = (db: CrmDatabase, table: string, recordId: string, at: string, action: AuditAction, changes: ReturnType<typeof diffRecords>, reason = '') =>
  db.audit.add({ table, recordId, at, action, changes, reason });

/** Creates or updates a customer; the audit log gets the fields that changed. */
export async function saveCustomer(db: CrmDatabase, customer: CrmCustomer, at: string): Promise<void> {
  await db.transaction('rw', [db.customers, db.audit], async () => {
    const before = await db.customers.get(customer.id);
    const after = { ...customer, updatedAt: at, createdAt: before?.createdAt ?? at };
    await db.customers.put(after);
    await audit(db, 'customers', customer.id, at, before ? 'update' : 'create', diffRecords(before ?? {}, after, ['updatedAt', 'createdAt']));
  });
}

/** Saves any other record (interaction, opportunity, revisit) with its audit entry. */
export async function saveRecord(db: CrmDatabase, table: 'interactions' | 'opportunities' | 'revisits', record: CrmInteraction | CrmOpportunity | CrmRevisit, at: string): Promise<void> {
  const t = db.table(table);
  await db.transaction('rw', [t, db.audit], async () => {
    const before = await t.get(record.id);
    await t.put(record);
    await audit(db, table, record.id, at, before ? 'update' : 'create', diffRecords(before ?? {}, record));
  });
}

/** Saves a ticket (new, or moved a step by `advanceTicket`); the audit entry names the step reached. */
export async function saveTicket(db: CrmDatabase, ticket: CrmTicket, at: string): Promise<void> {
  await db.transaction('rw', [db.tickets, db.audit], async () => {
    const before = await db.tickets.get(ticket.id);
    await db.tickets.put(ticket);
    await audit(db, 'tickets', ticket.id, at, before ? 'update' : 'create', diffRecords(before ?? {}, ticket, ['history']));
  });
}

/** Logs that a masked number was shown, and why. */
export async function logReveal(db: CrmDatabase, customerId: string, field: string, reason: string, at: string): Promise<void> {
  await audit(db, 'customers', customerId, at, 'reveal', [{ field, from: '（已脱敏）', to: '（已查看）' }], reason);
}

/**
 * Merges customer `otherId` into `keepId` (`mergeCustomers`): the kept record updated, the duplicate deleted, and
 * every interaction, opportunity, ticket, revisit and order of the duplicate moved to the kept customer, in one
 * transaction. Both records' audit logs say what happened.
 */
export async function mergeDuplicate(db: CrmDatabase, keepId: string, otherId: string, at: string, prefer: Parameters<typeof mergeCustomers>[3] = {}): Promise<CrmCustomer> {
  const tables = [db.customers, db.interactions, db.opportunities, db.tickets, db.revisits, db.orders, db.audit];
  return db.transaction('rw', tables, async () => {
    const [keep, other] = await Promise.all([db.customers.get(keepId), db.customers.get(otherId)]);
    if (!keep || !other) throw new Error(`客户 ${keep ? otherId : keepId} 已不存在，请刷新后再合并。`);
    const { customer, conflicts } = mergeCustomers(keep, other, at, prefer);
    await db.customers.put(customer);
    await db.customers.delete(otherId);
    for (const table of [db.interactions, db.opportunities, db.tickets, db.revisits, db.orders]) {
      await (table as typeof db.orders).where('customerId').equals(otherId).modify({ customerId: keepId });
    }
    const reason = `合并重复客户 ${otherId} → ${keepId}${conflicts.length ? `；保留与舍弃的值见备注` : ''}`;
    await audit(db, 'customers', keepId, at, 'merge', diffRecords(keep, customer), reason);
    await audit(db, 'customers', otherId, at, 'merge', [], reason);
    return customer;
  });
}

/** Writes an import the learner confirmed: all of it in one transaction, or nothing. */
export async function applyImport(db: CrmDatabase, plan: ImportPlan, at: string, fileName: string): Promise<void> {
  await db.transaction('rw', [db.customers, db.orders, db.audit], async () => {
    await db.customers.bulkAdd(plan.customers.map((c) => ({ ...c, createdAt: at, updatedAt: at })));
    await db.orders.bulkAdd([...plan.orders]);
    await db.audit.add({ table: 'import', recordId: fileName, at, action: 'import', changes: [], reason: `导入 ${fileName}：新增客户 ${plan.customers.length} 位，订单 ${plan.orders.length} 条，拒绝 ${plan.issueCount} 行` });
  });
}

/** Writes an analysis's RFM/ABC tags onto the customers (replacing the last analysis's), with one audit entry. */
export async function applySegmentTags(db: CrmDatabase, tagging: SegmentTagging, at: string): Promise<number> {
  return db.transaction('rw', [db.customers, db.audit], async () => {
    const customers = await db.customers.bulkGet([...tagging.tags.keys()]);
    const changed = customers.filter((c): c is CrmCustomer => c !== undefined).map((c) => ({ ...c, tags: withSegmentTags(c, tagging.tags.get(c.id)!), updatedAt: at }));
    await db.customers.bulkPut(changed);
    await db.audit.add({ table: 'analyse', recordId: 'rfm-abc', at, action: 'analyse', changes: [], reason: `RFM/ABC 分析（截至 ${tagging.asOf}）写入 ${changed.length} 位客户的标签` });
    return changed.length;
  });
}

/** Saves or deletes a saved view. */
export async function saveView(db: CrmDatabase, view: SavedView): Promise<void> {
  await db.views.put(view);
}
export async function deleteView(db: CrmDatabase, id: string): Promise<void> {
  await db.views.delete(id);
}

/** The audit log of one record, newest first. */
export async function auditOf(db: CrmDatabase, table: string, recordId: string) {
  const rows = await db.audit.where('[table+recordId]').equals([table, recordId]).toArray();
  return rows.reverse();
}

/** Replaces everything with a workspace (a case company's seed or nothing): one transaction, so a failure keeps the old data. */
export async function replaceWorkspace(db: CrmDatabase, data: CrmWorkspaceData, workspace: WorkspaceId, at: string): Promise<void> {
  await db.transaction('rw', CRM_TABLES.map((t) => db.table(t)), async () => {
    for (const t of CRM_TABLES) await db.table(t).clear();
    await db.customers.bulkAdd([...data.customers]);
    await db.interactions.bulkAdd([...data.interactions]);
    await db.opportunities.bulkAdd([...data.opportunities]);
    await db.tickets.bulkAdd([...data.tickets]);
    await db.revisits.bulkAdd([...data.revisits]);
    await db.orders.bulkAdd([...data.orders]);
    await db.meta.put({ key: 'workspace', value: workspace });
    await db.audit.add({ table: 'workspace', recordId: workspace, at, action: 'create', changes: [], reason: `载入工作区：${workspace}` });
  });
}
