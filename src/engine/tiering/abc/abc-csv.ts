import type { AbcCustomer } from './classify-abc';
import { csvMoney, csvShare, toCsv, type CsvColumn } from '../../core/csv-export';

/** The columns of an ABC table as CSV: the same as `crm abc --out file.csv` (money to cents, shares to six decimals). */
export const ABC_CSV_COLUMNS: readonly CsvColumn<AbcCustomer>[] = Object.freeze([
  { header: '排名', value: 'rank' },
  { header: '客户', value: 'customer' },
  { header: '金额', value: (c) => csvMoney(c.value) },
  { header: '占比', value: (c) => csvShare(c.share) },
  { header: '累计占比', value: (c) => csvShare(c.cumulative) },
  { header: '类别', value: 'class' },
]);

/**
 * An ABC table as CSV text for Excel (`toCsv`: UTF-8 with BOM, formula-looking text neutralised).
 * @example abcCustomersToCsv(classifyAbc(items).customers) // '\uFEFF排名,客户,金额,占比,累计占比,类别\r\n1,K01,300,0.3,0.3,A\r\n…'
 */
export function abcCustomersToCsv(customers: readonly AbcCustomer[]): string {
  return toCsv(customers, ABC_CSV_COLUMNS);
}
