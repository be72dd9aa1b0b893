import { formatDay } from '../core/dates';
import type { ByteSource } from '../ingest/byte-source';
import type { StreamOptions } from '../ingest/read-csv-records';
import { readTable, type ReadTableResult } from '../ingest/read-table';
import { readTransactions } from '../ingest/read-transactions';
import { CUSTOMER_COLUMNS, customersFromTable, type CustomerDraft } from './customer-csv';
import type { CrmOrder } from './types';

/** What a file holds: a customer list (one row per customer) or an order log (one row per purchase or return). */
export type ImportKind = 'customers' | 'orders';

/**
 * What an import would write, shown as a preview before anything is written: the new customers and orders, the
 * rows the engine's ingest rejected (line, column, why: the first 20 and a count) and how the file was understood.
 */
export interface ImportPlan extends Pick<ReadTableResult, 'issues' | 'issueCount' | 'rowsRead' | 'encoding' | 'delimiter' | 'warnings'> {
  readonly kind: ImportKind;
  readonly customers: readonly CustomerDraft[];
  readonly orders: readonly CrmOrder[];
  /** Ids already in the CRM: those rows are left out (the existing record is never overwritten). */
  readonly existing: readonly string[];
  /** The file's header for each field found, e.g. 客户名称 → 姓名. */
  readonly mapping: Readonly<Record<string, string | null>>;
}

/**
 * Reads a CSV for import with the engine's ingest (`readTable` with `CUSTOMER_COLUMNS`, or `readTransactions` for
 * orders): every encoding, delimiter and header the rest of the site reads, the same rejected rows. Nothing is
 * written: the plan is the preview. An order log creates a customer (named by its id) for each customer id the CRM
 * does not know yet; each row becomes one order (`<order id>` or `<order id>-<n>` for an order's second line).
 *
 * @throws EngineError from the ingest for a file that cannot be used at all (`empty-file`, `binary-file`,
 *   `missing-columns`, `no-valid-rows`): then nothing can be imported.
 */
export async function planImport(source: ByteSource, kind: ImportKind, known: { customers: ReadonlySet<string>; orders: ReadonlySet<string> }, newId: (row: number) => string, options: StreamOptions = {}): Promise<ImportPlan> {
  if (kind === 'customers') {
    const table = await readTable(source, { ...options, columns: CUSTOMER_COLUMNS });
    const drafts = customersFromTable(table, newId);
    const seen = new Set<string>();
    const existing: string[] = [];
    const customers = drafts.filter((c) => {
      if (known.customers.has(c.id) || seen.has(c.id)) {
        existing.push(c.id);
        return false;
      }
      seen.add(c.id);
      return true;
    });
    return { kind, customers, orders: [], existing, issues: table.issues, issueCount: table.issueCount, rowsRead: table.rowsRead, encoding: table.encoding, delimiter: table.delimiter, mapping: table.mapping, warnings: table.warnings };
  }
  const read = await readTransactions(source, options);
  const tx = read.transactions;
  const orders: CrmOrder[] = [];
  const lines = new Map<string, number>();
  const existing = new Set<string>();
  for (let i = 0; i < tx.length; i++) {
    const base = tx.order && tx.orders ? tx.orders[tx.order[i]!]! : `${tx.customers[tx.customer[i]!]}-${formatDay(tx.day[i]!)}`;
    const n = (lines.get(base) ?? 0) + 1;
    lines.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    if (known.orders.has(id)) {
      existing.add(id);
      continue;
    }
    orders.push({ id, customerId: tx.customers[tx.customer[i]!]!, date: formatDay(tx.day[i]!), amount: tx.amount[i]! });
  }
  const customers: CustomerDraft[] = tx.customers.filter((id) => !known.customers.has(id)).map((id) => ({
    id, kind: 'person', name: id, phone: '', idNumber: '', contacts: [], industry: '', region: '', source: '订单导入', owner: '', tier: '', tags: [], creditGrade: '', consent: false, note: '',
  }));
  return {
    kind, customers, orders, existing: [...existing], issues: read.issues, issueCount: read.issueCount, rowsRead: read.rowsRead, encoding: read.encoding,
    delimiter: read.delimiter, mapping: read.mapping, warnings: read.warnings,
  };
}
