// The messages between a widget's analysis worker and the page (see host.ts and client.ts).
import type { RowIssue } from '../../../engine/core/types';
import type { ColumnSpec } from '../../../engine/ingest';

/** Where a dataset's bytes come from: a bundled file on this site, a file the user chose, or text made in the page. */
export type DatasetSource =
  | { readonly type: 'url'; readonly url: string; readonly name: string; readonly bytes?: number }
  | { readonly type: 'file'; readonly file: File; readonly name: string }
  | { readonly type: 'text'; readonly text: string; readonly name: string };

/**
 * How to read the file: `transactions` (customer, date, amount, order: `readTransactions`), `table` (one row per
 * customer with the columns of `table`: `readTable`), or `auto`: transactions, and when the file has no date
 * column, a table (as `crm abc` does when only the date is missing; here also when the value column needs choosing);
 * or `columns`: every column as text (`readTextColumns`), for files whose columns the widget interprets itself
 * (a questionnaire's items), with the widget's own column mapping.
 */
export type LoadMode = 'transactions' | 'table' | 'auto' | 'columns';

export interface LoadRequest {
  readonly source: DatasetSource;
  readonly mode: LoadMode;
  /** Field key → the header the user chose (null: none, for the optional order column). */
  readonly mapping?: Readonly<Record<string, string | null>>;
  /** The columns of `table` mode. */
  readonly table?: readonly ColumnSpec[];
}

/** A field of the column mapping as the picker shows it. */
export interface MappingField {
  readonly key: string;
  readonly label: string;
  readonly required: boolean;
}

/**
 * The columns a file has and what each field could be: sent with a `missing-columns` failure so the learner can
 * name the columns by hand (the picker's 列的对应关系 form).
 */
export interface ColumnChoice {
  readonly fields: readonly MappingField[];
  readonly headers: readonly string[];
  /** The header found or named for each field (null: none yet). */
  readonly mapping: Readonly<Record<string, string | null>>;
}

/** What reading a file found: shown by the picker (rows read and skipped, the mapping, the period). */
export interface LoadReport {
  readonly name: string;
  readonly mode: 'transactions' | 'table' | 'columns';
  readonly fields: readonly MappingField[];
  readonly headers: readonly string[];
  readonly mapping: Readonly<Record<string, string | null>>;
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly customers: number;
  /** The first 20 rows that could not be read (line with the header as 1, column, reason). */
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly encoding: string;
  readonly delimiter: string;
  readonly warnings: readonly string[];
  /** Transactions only: the first and last date (ISO). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Seconds spent reading (0 when the parsed dataset came from the cache). */
  readonly seconds: number;
  readonly cached: boolean;
}

export type HostRequest =
  | { readonly id: number; readonly type: 'load'; readonly request: LoadRequest }
  | { readonly id: number; readonly type: 'call'; readonly method: string; readonly args: unknown };

export type HostResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly code: string; readonly message: string; readonly columns?: ColumnChoice }
  /** Posted once when the worker's script has started (id 0): a later `error` event is a crash, not a failed start. */
  | { readonly id: 0; readonly type: 'started' };

/** A failure the page shows in the widget's box: a stable code and one message (the engine's “中文(English)”). */
export interface WorkerFailure {
  readonly code: string;
  readonly message: string;
  /** With `missing-columns` from a load: the file's columns, for the learner to choose from. */
  readonly columns?: ColumnChoice;
}

export function isWorkerFailure(value: unknown): value is WorkerFailure {
  return typeof value === 'object' && value !== null && typeof (value as WorkerFailure).code === 'string' && typeof (value as WorkerFailure).message === 'string';
}
