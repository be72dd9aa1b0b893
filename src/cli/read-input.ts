import { dayOfLocalDate } from '../engine/core/dates';
import { readTable, readTransactions, type ColumnSpec, type ReadTableOptions, type ReadTableResult, type ReadTransactionsResult, type TransactionField, type TransactionFileRead } from '../engine/ingest';
import { readRfmMeasures, type ReadRfmMeasuresResult } from '../engine/tiering/rfm';
import type { ParsedArgs } from './args';
import { openFile } from './open-file';

/** The `--customer/--date/--amount/--order COL` options as a mapping for `readTransactions`. */
export function mappingOptions(args: ParsedArgs): Partial<Record<TransactionField, string>> {
  const mapping: Partial<Record<TransactionField, string>> = {};
  for (const field of ['customer', 'date', 'amount', 'order'] as const) {
    const named = args.values.get(field);
    if (named !== undefined) mapping[field] = named;
  }
  return mapping;
}

/** Reads a transaction CSV from a path with the mapping options; dates after today (local) are warned about. */
export async function readTransactionsFile(path: string, args: ParsedArgs): Promise<ReadTransactionsResult> {
  const { source, totalBytes } = openFile(path);
  return readTransactions(source, { totalBytes, mapping: mappingOptions(args), today: dayOfLocalDate(new Date()) });
}

/** `readTransactionsFile` reduced to RFM measures while it is read: memory by customers, not rows. */
export async function readRfmMeasuresFile(path: string, args: ParsedArgs): Promise<ReadRfmMeasuresResult> {
  const { source, totalBytes } = openFile(path);
  return readRfmMeasures(source, { totalBytes, mapping: mappingOptions(args), today: dayOfLocalDate(new Date()) });
}

/** Reads a one-row-per-item CSV from a path; `rowCheck` skips rows that cannot be used, with their lines. */
export async function readTableFile(path: string, columns: readonly ColumnSpec[], rowCheck?: ReadTableOptions['rowCheck']): Promise<ReadTableResult> {
  const { source, totalBytes } = openFile(path);
  return readTable(source, { totalBytes, columns, rowCheck });
}

/** What every JSON output says about the file it read. */
export function inputSummary(path: string, read: TransactionFileRead | ReadTableResult): Record<string, unknown> {
  return {
    file: path,
    encoding: read.encoding,
    delimiter: read.delimiter,
    headers: read.headers,
    mapping: read.mapping,
    rowsRead: read.rowsRead,
    issueCount: read.issueCount,
    issues: read.issues,
  };
}
