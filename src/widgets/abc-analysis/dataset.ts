// What the ABC analysis reads: the columns of a one-row-per-customer file and the chapter's example as CSV.
import { ABC_CHAPTER_EXAMPLE } from '../../engine/tiering/abc/chapter-example';
import { TRANSACTION_SYNONYMS } from '../../engine/ingest/guess-mapping';
import type { ColumnSpec } from '../../engine/ingest/read-table';

/** The columns of a one-row-per-customer file: who, and the value to rank by. */
export const ABC_TABLE: readonly ColumnSpec[] = [
  { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: TRANSACTION_SYNONYMS.customer },
  { key: 'value', type: 'number', label: '客户价值（金额）', labelEn: 'value', synonyms: [...TRANSACTION_SYNONYMS.amount, '营收', '年营收', '年销售额', '销售收入', '毛利'] },
];

/** The chapter's ten wholesale customers as a CSV file (one row per customer). */
export function abcExampleCsv(): string {
  return `客户编号,类型,销售额(万元)\r\n${ABC_CHAPTER_EXAMPLE.customers.map((c) => `${c.customer},${c.kind},${c.value}`).join('\r\n')}\r\n`;
}

/** Bundled datasets the ABC analysis offers, and the value column of the customer list. */
export const ABC_DATASETS = ['logistics-customers', 'retail-transactions', 'online-retail-invoices'] as const;
export const ABC_PRESETS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  'logistics-customers': { customer: '客户编号', value: '年营收(万元)' },
};
