// The practice CRM's IndexedDB database, through Dexie. The schema is versioned: each version lists its tables and
// indexes, and an upgrade function carries the data of the version before it (Dexie runs them in order).
import Dexie, { type Table } from 'dexie';
import { CRM_MESSAGES, crmErrorMessage } from './errors';
import type { AuditEntry, CrmCustomer, CrmInteraction, CrmOpportunity, CrmOrder, CrmRevisit, CrmTicket, SavedView } from '../engine/crm/types';

export const CRM_DATABASE_NAME = 'crm-lab-crm';
export const CRM_SCHEMA_VERSION = 2;

/** A key–value row: the workspace loaded, the task shown. */
export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * Version 1, the first schema: customers (tags as one text, `标签1,标签2`), interactions, tickets, the audit log and
 * meta. Kept so that a browser holding version 1 data is upgraded, never emptied.
 */
export const SCHEMA_V1 = {
  customers: 'id, name, region, owner, tier, updatedAt',
  interactions: 'id, customerId, nextDate',
  tickets: 'id, customerId, step',
  audit: '++id, [table+recordId], at',
  meta: 'key',
} as const;

/** Version 2: tags as a list (a multi-entry index to filter by tag), opportunities, revisits, orders and saved views. */
export const SCHEMA_V2 = {
  customers: 'id, name, region, owner, tier, *tags, updatedAt',
  opportunities: 'id, customerId, stage',
  revisits: 'id, ticketId, customerId',
  orders: 'id, customerId, date',
  views: 'id',
} as const;

/** A version 1 customer: tags were one comma-separated text, and contacts, consent and the credit grade did not exist. */
type CustomerV1 = Omit<CrmCustomer, 'tags' | 'contacts' | 'consent' | 'creditGrade'> & { tags?: string; contacts?: unknown; consent?: unknown; creditGrade?: unknown };

/** Version 1 → 2 for one customer: the tags text split into a list, the new fields given their empty values. */
export function customerFromV1(old: CustomerV1): CrmCustomer {
  const tags = typeof old.tags === 'string' ? old.tags.split(/[,，;；、]/).map((t) => t.trim()).filter((t) => t !== '') : [];
  return {
    ...old,
    tags: [...new Set(tags)],
    contacts: Array.isArray(old.contacts) ? (old.contacts as CrmCustomer['contacts']) : [],
    consent: old.consent === true,
    creditGrade: typeof old.creditGrade === 'string' ? old.creditGrade : '',
  };
}

export class CrmDatabase extends Dexie {
  customers!: Table<CrmCustomer, string>;
  interactions!: Table<CrmInteraction, string>;
  opportunities!: Table<CrmOpportunity, string>;
  tickets!: Table<CrmTicket, string>;
  revisits!: Table<CrmRevisit, string>;
  orders!: Table<CrmOrder, string>;
  audit!: Table<AuditEntry, number>;
  views!: Table<SavedView, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = CRM_DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => tx.table('customers').toCollection().modify((customer: CustomerV1 & { tags: unknown }) => {
        Object.assign(customer, customerFromV1(customer));
      }));
  }
}

/** Every table a workspace fills (the audit log, views and meta included): what a reset clears and a backup carries. */
export const CRM_TABLES = ['customers', 'interactions', 'opportunities', 'tickets', 'revisits', 'orders', 'audit', 'views', 'meta'] as const;
export type CrmTableName = (typeof CRM_TABLES)[number];

export type OpenResult = { ok: true; db: CrmDatabase } | { ok: false; message: string };

/**
 * Opens (and, if needed, upgrades) the database. While another tab holds an older version open the upgrade waits:
 * `onBlocked` is told so the learner can close that tab, and the open goes on by itself once it is closed.
 * A browser without usable IndexedDB (private mode, storage blocked) or a database from a newer release gives a
 * message instead of an exception.
 */
export async function openCrmDatabase(options: { name?: string; onBlocked?: (message: string) => void; dexie?: ConstructorParameters<typeof Dexie>[1] } = {}): Promise<OpenResult> {
  let db: CrmDatabase;
  try {
    db = new CrmDatabase(options.name, options.dexie);
    db.on('blocked', () => options.onBlocked?.(CRM_MESSAGES.blocked));
    await db.open();
    return { ok: true, db };
  } catch (error) {
    return { ok: false, message: crmErrorMessage(error) };
  }
}
