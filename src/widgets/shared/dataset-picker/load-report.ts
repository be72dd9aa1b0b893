import type { TextColumns } from '../../../engine/ingest';
import type { LoadReport } from './protocol';

/** What each of ingest's readers says about the file itself. */
export type FileRead = Pick<TextColumns, 'headers' | 'rowsRead' | 'issues' | 'issueCount' | 'encoding' | 'delimiter' | 'warnings'>;

/** The dataset's side of a report: how it was read and what it holds. */
export type DatasetSide = Pick<LoadReport, 'mode' | 'fields' | 'mapping' | 'rowsKept' | 'customers' | 'firstDate' | 'lastDate'>;

/**
 * The report the page gets after a load: the file's side copied from `read` (so the worker can keep its own),
 * the dataset's side from `side`, and the seconds since `started` (a `performance.now()` reading).
 */
export function loadReport(name: string, read: FileRead, side: DatasetSide, started: number, now = performance.now()): LoadReport {
  return {
    name,
    mode: side.mode,
    fields: side.fields,
    headers: [...read.headers],
    mapping: side.mapping,
    rowsRead: read.rowsRead,
    rowsKept: side.rowsKept,
    customers: side.customers,
    issues: [...read.issues],
    issueCount: read.issueCount,
    encoding: read.encoding,
    delimiter: read.delimiter,
    warnings: [...read.warnings],
    firstDate: side.firstDate,
    lastDate: side.lastDate,
    seconds: (now - started) / 1000,
    cached: false,
  };
}
