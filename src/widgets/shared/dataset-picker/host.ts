// The worker side of a dataset picker: reads files with the engine's ingest (streaming, with progress), keeps
// the current dataset and a small cache of parsed bundled datasets, and runs the widget's analysis handlers on
// it. A widget's worker.ts is two lines: createDatasetHost(handlers, post) and hand it the messages.
import {
  findColumn, guessMapping, matchColumns, readTable, readTextColumns, readTransactions,
  type ByteSource, type ColumnSpec, type ReadTableResult, type ReadTransactionsResult, type TextColumns,
} from '../../../engine/ingest';
import { EngineError, isEngineError } from '../../../engine/core/errors';
import { dayOfLocalDate, formatDay } from '../../../engine/core/dates';
import { transactionDateRange } from '../../../engine/core/transaction-date-range';
import type { Transactions } from '../../../engine/core/types';
import type { ColumnChoice, HostRequest, HostResponse, LoadReport, LoadRequest, MappingField } from './protocol';
import { WORKER_OUT_OF_MEMORY, workerFailure } from './worker-errors';
import { loadReport } from './load-report';

/** The dataset in the worker: transactions, a table or every column as text, and the report the page got. */
export interface LoadedDataset {
  readonly report: LoadReport;
  readonly transactions: Transactions | null;
  readonly table: ReadTableResult | null;
  /** `columns` mode only. */
  readonly columns?: TextColumns | null;
}

/** What handlers work with: the current dataset, and a scratch map cleared whenever the dataset changes. */
export interface HostContext {
  readonly dataset: LoadedDataset | null;
  readonly memo: Map<string, unknown>;
}

export type Handler = (ctx: HostContext, args: never) => unknown;
export type Handlers = Readonly<Record<string, Handler>>;
export type Post = (message: HostResponse, transfer?: Transferable[]) => void;

const TRANSACTION_FIELDS: readonly MappingField[] = [
  { key: 'customer', label: '客户编号', required: true },
  { key: 'date', label: '日期', required: true },
  { key: 'amount', label: '金额', required: true },
  { key: 'order', label: '订单号', required: false },
];
const CACHE_SIZE = 4;
const PROGRESS_EVERY_MS = 60;

/**
 * The message handler of an analysis worker. `handlers` may be a loader (the shared worker's dynamic import of a
 * widget's analysis): it is called on the first call, not for loads, and a failed load is that call's failure.
 */
export function createDatasetHost(handlers: Handlers | (() => Promise<Handlers>), post: Post): (request: HostRequest) => Promise<void> {
  let loaded: Promise<Handlers> | null = typeof handlers === 'function' ? null : Promise.resolve(handlers);
  const handlersNow = () => {
    loaded ??= (handlers as () => Promise<Handlers>)().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return loaded;
  };
  const cache = new Map<string, LoadedDataset>();
  const ctx: { dataset: LoadedDataset | null; memo: Map<string, unknown> } = { dataset: null, memo: new Map() };

  return async (request) => {
    try {
      if (request.type === 'load') {
        const loaded = await load(request.request, cache, (fraction) => post({ id: request.id, type: 'progress', fraction }));
        ctx.dataset = loaded;
        ctx.memo = new Map();
        post({ id: request.id, type: 'done', value: loaded.report });
        return;
      }
      const handler = (await handlersNow())[request.method];
      if (!handler) throw new EngineError('unknown-method', `分析程序不认识这个请求：${request.method}`);
      const value = await (handler as (c: HostContext, a: unknown) => unknown)(ctx, request.args);
      post({ id: request.id, type: 'done', value });
    } catch (error) {
      post({ id: request.id, type: 'error', ...describeError(error) });
    }
  };
}

/** A file that lacks required columns, with what the learner can choose from to name them by hand. */
class ColumnsNeeded {
  constructor(readonly error: EngineError, readonly columns: ColumnChoice) {}
}

function describeError(error: unknown): { code: string; message: string; columns?: ColumnChoice } {
  if (error instanceof ColumnsNeeded) return { code: error.error.code, message: error.error.message, columns: error.columns };
  if (isEngineError(error)) return { code: error.code, message: error.message };
  // Not the engine's: the browser could not get memory for a large file, or a bug (its words go to the console).
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (workerFailure(true, detail).code === WORKER_OUT_OF_MEMORY.code) return { ...WORKER_OUT_OF_MEMORY };
  console.error(`分析时出了意外的问题：${detail}`);
  return { code: 'internal', message: '分析时出了意外的问题，请再试一次；如果还是这样，请刷新页面。' };
}

const isMissingColumns = (error: unknown): error is EngineError => isEngineError(error) && error.code === 'missing-columns';
const headersOf = (error: EngineError): string[] => (Array.isArray(error.details.headers) ? (error.details.headers as string[]) : []);

/** The header a field's choice names in `headers` (compared as the ingest compares), or null. */
function present(headers: readonly string[], chosen: string | null | undefined): string | null {
  if (!chosen) return null;
  const column = findColumn(headers, chosen);
  return column >= 0 ? headers[column]! : null;
}

/** A transaction file's columns to choose from: what the learner named where it exists, else the guess. */
function transactionChoice(headers: readonly string[], named: LoadRequest['mapping']): ColumnChoice {
  const guess = guessMapping(headers).mapping;
  const mapping = Object.fromEntries(TRANSACTION_FIELDS.map(({ key }) => [key, named?.[key] !== undefined ? present(headers, named[key]) : guess[key as keyof typeof guess]]));
  return { fields: TRANSACTION_FIELDS, headers, mapping };
}

/** A one-row-per-customer file's columns to choose from. */
function tableChoice(headers: readonly string[], columns: readonly ColumnSpec[]): ColumnChoice {
  const guess = matchColumns(headers, Object.fromEntries(columns.map((c) => [c.key, c.synonyms]))).mapping;
  const mapping = Object.fromEntries(columns.map((c) => [c.key, c.header !== undefined ? present(headers, c.header) : guess[c.key] ?? null]));
  return { fields: columns.map((c) => ({ key: c.key, label: c.label, required: c.required !== false })), headers, mapping };
}

function cacheKey(request: LoadRequest): string | null {
  const { source } = request;
  const id = source.type === 'url' ? `url:${source.url}` : source.type === 'text' ? `text:${source.name}:${source.text.length}` : null;
  return id === null ? null : JSON.stringify([id, request.mode, request.mapping ?? null, request.table?.map((c) => [c.key, c.header ?? null]) ?? null]);
}

async function load(request: LoadRequest, cache: Map<string, LoadedDataset>, progress: (fraction: number) => void): Promise<LoadedDataset> {
  const key = cacheKey(request);
  const hit = key === null ? undefined : cache.get(key);
  if (hit) {
    cache.delete(key!);
    cache.set(key!, hit);
    progress(1);
    return { ...hit, report: { ...hit.report, cached: true, seconds: 0 } };
  }
  let last = 0;
  const onProgress = (fraction: number) => {
    const now = performance.now();
    if (fraction >= 1 || now - last >= PROGRESS_EVERY_MS) {
      last = now;
      progress(Math.min(1, fraction));
    }
  };
  const started = performance.now();
  const loaded = await read(request, onProgress, started);
  if (key !== null) {
    cache.set(key, loaded);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return loaded;
}

async function open(request: LoadRequest): Promise<{ source: ByteSource; totalBytes?: number }> {
  const { source } = request;
  if (source.type === 'text') {
    const bytes = new TextEncoder().encode(source.text);
    return { source: (async function* () { yield bytes; })(), totalBytes: bytes.length };
  }
  if (source.type === 'file') {
    const file = source.file;
    if (typeof file.stream === 'function') return { source: file.stream() as ReadableStream<Uint8Array>, totalBytes: file.size };
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { source: (async function* () { yield bytes; })(), totalBytes: bytes.length };
  }
  let response: Response;
  try {
    response = await fetch(source.url);
  } catch {
    throw new EngineError('dataset-unavailable', `无法载入数据集“${source.name}”，请检查网络后再试。`);
  }
  if (!response.ok || !response.body) {
    throw new EngineError('dataset-unavailable', `无法载入数据集“${source.name}”（HTTP ${response.status}），请检查网络后再试。`);
  }
  const length = Number(response.headers.get('content-length'));
  return { source: response.body, totalBytes: length > 0 ? length : source.bytes };
}

async function read(request: LoadRequest, onProgress: (fraction: number) => void, started: number): Promise<LoadedDataset> {
  const name = request.source.name;
  if (request.mode === 'columns') {
    const { source, totalBytes } = await open(request);
    const columns = await readTextColumns(source, { totalBytes, onProgress });
    return { report: columnsReport(name, columns, started), transactions: null, table: null, columns };
  }
  if (request.mode !== 'table') {
    try {
      const { source, totalBytes } = await open(request);
      const mapping = request.mapping as Partial<Record<'customer' | 'date' | 'amount' | 'order', string | null>> | undefined;
      // Today from the browser's clock (the engine never reads it): rows dated later are warned about.
      const read = await readTransactions(source, { totalBytes, onProgress, mapping, today: dayOfLocalDate(new Date()) });
      return { report: transactionReport(name, read, started), transactions: read.transactions, table: null };
    } catch (error) {
      const missing = isMissingColumns(error) ? (error.details.missing as string[]) : [];
      // `auto`: a file without dates is one row per customer (e.g. a customer list with a revenue column).
      if (!(request.mode === 'auto' && request.table && missing.includes('date'))) {
        throw isMissingColumns(error) ? new ColumnsNeeded(error, transactionChoice(headersOf(error), request.mapping)) : error;
      }
    }
  }
  const columns = (request.table ?? []).map((spec) => {
    const chosen = request.mapping?.[spec.key];
    return chosen ? { ...spec, header: chosen } : spec;
  });
  const { source, totalBytes } = await open(request);
  try {
    const table = await readTable(source, { totalBytes, onProgress, columns });
    return { report: tableReport(name, table, columns, started), transactions: null, table };
  } catch (error) {
    throw isMissingColumns(error) ? new ColumnsNeeded(error, tableChoice(headersOf(error), columns)) : error;
  }
}

function transactionReport(name: string, read: ReadTransactionsResult, started: number): LoadReport {
  const range = transactionDateRange(read.transactions);
  return loadReport(name, read, {
    mode: 'transactions',
    fields: TRANSACTION_FIELDS,
    mapping: { ...read.mapping },
    rowsKept: read.transactions.length,
    customers: read.transactions.customers.length,
    firstDate: range ? formatDay(range.first) : null,
    lastDate: range ? formatDay(range.last) : null,
  }, started);
}

function tableReport(name: string, read: ReadTableResult, columns: readonly { key: string; label: string; required?: boolean }[], started: number): LoadReport {
  const ids = read.columns.customer;
  return loadReport(name, read, {
    mode: 'table',
    fields: columns.map((c) => ({ key: c.key, label: c.label, required: c.required !== false })),
    mapping: { ...read.mapping },
    rowsKept: read.length,
    customers: Array.isArray(ids) ? new Set(ids).size : read.length,
    firstDate: null,
    lastDate: null,
  }, started);
}

function columnsReport(name: string, read: TextColumns, started: number): LoadReport {
  return loadReport(name, read, { mode: 'columns', fields: [], mapping: {}, rowsKept: read.length, customers: read.length, firstDate: null, lastDate: null }, started);
}
