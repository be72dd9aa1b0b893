import type { RfmCustomer } from './types';
import { csvMoney, toCsv, type CsvColumn } from '../../core/csv-export';

/**
 * The columns of a scored RFM table as a CSV file: the same headers and values as `crm rfm --out file.csv`, so a
 * widget's export and the command line's agree cell for cell.
 */
export const RFM_CSV_COLUMNS: readonly CsvColumn<RfmCustomer>[] = Object.freeze([
  { header: '客户', value: 'customer' },
  { header: '最近购买距今(天)', value: 'recency' },
  { header: '购买频次', value: 'frequency' },
  { header: '消费金额', value: (c) => csvMoney(c.monetary) },
  { header: 'R', value: 'r' },
  { header: 'F', value: 'f' },
  { header: 'M', value: 'm' },
  { header: 'RFM', value: 'code' },
  { header: '客户群', value: 'segment' },
  { header: 'segmentKey', value: 'segmentKey' },
]);

/**
 * A scored RFM table as CSV text for Excel (`toCsv`: UTF-8 with BOM, CRLF, `= + - @` text cells neutralised,
 * the monetary value to cents: a sum of amounts carries binary noise such as 328.09000000000003).
 * @example rfmCustomersToCsv(result.customers) // '\uFEFF客户,最近购买距今(天),…\r\nC01,3,5,1680,5,5,5,555,重要价值客户,important-value\r\n…'
 */
export function rfmCustomersToCsv(customers: readonly RfmCustomer[]): string {
  return toCsv(customers, RFM_CSV_COLUMNS);
}
