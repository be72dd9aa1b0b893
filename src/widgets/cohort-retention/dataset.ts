// What the cohort analysis reads: bundled transaction files, and chapter 9's example written out as purchases.
import { toCsv } from '../../engine/core/csv-export';
import { cohortExampleRecords, COHORT_CHAPTER_EXAMPLE } from '../../engine/loyalty';

export const COHORT_DATASETS = ['retail-transactions', 'online-retail-invoices', 'cdnow-sample'] as const;
export const DEFAULT_DATASET = 'retail-transactions';
export const EXAMPLE_ID = 'ch09-douye';

/** The 豆叶咖啡 table as a member purchase log (会员号, 日期, 消费金额). */
export function cohortExampleCsv(): string {
  return toCsv(cohortExampleRecords(COHORT_CHAPTER_EXAMPLE), [
    { header: '会员号', value: 'customer' },
    { header: '日期', value: 'date' },
    { header: '消费金额', value: 'amount' },
  ]);
}
