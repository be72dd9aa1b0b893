// What the churn and win-back widget reads: transactions, or one row per customer already summarised (x, t_x, T).
import { toCsv } from '../../engine/core/csv-export';
import { TRANSACTION_SYNONYMS } from '../../engine/ingest/guess-mapping';
import type { ColumnSpec } from '../../engine/ingest/read-table';
import { WIN_BACK_CHAPTER_EXAMPLE } from '../../engine/loyalty';

export const CHURN_DATASETS = ['cdnow-sample', 'retail-transactions', 'online-retail-invoices', 'cdnow-summary'] as const;
export const DEFAULT_DATASET = 'cdnow-sample';
export const EXAMPLE_ID = 'ch10-yuntu';

/** The columns of a file with one summarised row per customer (as `cdnow-summary.csv`). */
export const SUMMARY_TABLE: readonly ColumnSpec[] = [
  { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: TRANSACTION_SYNONYMS.customer },
  { key: 'x', type: 'number', label: '重复购买次数 x', labelEn: 'x', synonyms: ['x', '重复购买次数', 'frequency'] },
  { key: 't_x', type: 'number', label: '最后一次购买时间 t_x', labelEn: 't_x', synonyms: ['t_x', '最后一次购买时间', 'recency'] },
  { key: 'T', type: 'number', label: '观察时长 T', labelEn: 'T', synonyms: ['T', '观察时长', 'age'] },
  { key: 'value', type: 'number', label: '客户价值', labelEn: 'value', required: false, synonyms: ['value', '累计毛利', '价值', '毛利', ...TRANSACTION_SYNONYMS.amount] },
];

/** Observation ends the widget proposes: CDNOW's calibration end in the paper, so the fit reproduces it. */
export const CALIBRATION_PRESETS: Readonly<Record<string, string>> = { 'cdnow-sample': '1997-09-30' };

/** Chapter 10's eight customers of 云途电商 as a summary file (weeks). */
export function winBackExampleCsv(): string {
  return toCsv(WIN_BACK_CHAPTER_EXAMPLE.customers, [
    { header: '客户编号', value: 'customer' },
    { header: 'x（重复购买次数）', value: 'x' },
    { header: 't_x（周）', value: 't_x' },
    { header: 'T（周）', value: 'T' },
    { header: '累计毛利（元）', value: 'value' },
  ]);
}
