// The worker side of a dataset picker: reads files with the engine's ingest (streaming, with progress), keeps
// the current dataset and a small cache of parsed bundled datasets, and runs the widget's analysis handlers on
// it. A widget's worker.ts is two lines: createDatasetHost(handlers, post) and hand it the messages.
import { readTable, readTextColumns, readTransactions, type ByteSource, type ReadTableResult, type ReadTransactionsResult, type TextColumns } from '../../../engine/ingest';
import { EngineError, isEngineError } from '../../../engine/errors';
import { dayOfLocalDate, formatDay } from '../../../engine/dates';
import { transactionDateRange } from '../../../engine/transaction-date-range';
import type { Transactions } from '../../../engine/types';
import type { HostRequest, HostResponse, LoadReport, LoadRequest, MappingField } from './protocol';

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
export type Post = (message: HostResponse, transfer?: Transferable[]) => void;

const TRANSACTION_FIELDS: readonly MappingField[] = [
  { key: 'customer', label: '客户编号', required: true },
  { key: 'date', label: '日期', required: true },
  { key: 'amount', label: '金额', required: true },
  { key: 'order', label: '订单号', required: false },
];
const CACHE_SIZE = 4;
const PROGRESS_EVERY_MS = 60;

/** The message handler of an analysis worker. */
export function createDatasetHost(handlers: Readonly<Record<string, Handler>>, post: Post): (request: HostRequest) => Promise<void> {
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
      const handler = handlers[request.method];
      if (!handler) throw new EngineError('unknown-method', `分析程序不认识这个请求：${request.method}(unknown method ${request.method})`);
      const value = await (handler as (c: HostContext, a: unknown) => unknown)(ctx, request.args);
      post({ id: request.id, type: 'done', value });
    } catch (error) {
      post({ id: request.id, type: 'error', ...describeError(error) });
    }
  };
}

function describeError(error: unknown): { code: string; message: string } {
  if (isEngineError(error)) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `分析时出了意外的问题，请刷新页面再试(unexpected error: ${detail})` };
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
    throw new EngineError('dataset-unavailable', `无法载入数据集“${source.name}”，请检查网络后再试(the dataset could not be loaded)`);
  }
  if (!response.ok || !response.body) {
    throw new EngineError('dataset-unavailable', `无法载入数据集“${source.name}”（HTTP ${response.status}）(the dataset could not be loaded)`);
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
      const missing = isEngineError(error) && error.code === 'missing-columns' ? (error.details.missing as string[]) : [];
      // `auto`: a file without dates is one row per customer (e.g. a customer list with a revenue column).
      if (!(request.mode === 'auto' && request.table && missing.includes('date'))) throw error;
    }
  }
  const columns = (request.table ?? []).map((spec) => {
    const chosen = request.mapping?.[spec.key];
    return chosen ? { ...spec, header: chosen } : spec;
  });
  const { source, totalBytes } = await open(request);
  const table = await readTable(source, { totalBytes, onProgress, columns });
  return { report: tableReport(name, table, columns, started), transactions: null, table };
}

function transactionReport(name: string, read: ReadTransactionsResult, started: number): LoadReport {
  const range = transactionDateRange(read.transactions);
  return {
    name,
    mode: 'transactions',
    fields: TRANSACTION_FIELDS,
    headers: [...read.headers],
    mapping: { ...read.mapping },
    rowsRead: read.rowsRead,
    rowsKept: read.transactions.length,
    customers: read.transactions.customers.length,
    issues: [...read.issues],
    issueCount: read.issueCount,
    encoding: read.encoding,
    delimiter: read.delimiter,
    warnings: [...read.warnings],
    firstDate: range ? formatDay(range.first) : null,
    lastDate: range ? formatDay(range.last) : null,
    seconds: (performance.now() - started) / 1000,
    cached: false,
  };
}

function tableReport(name: string, read: ReadTableResult, columns: readonly { key: string; label: string; required?: boolean }[], started: number): LoadReport {
  const ids = read.columns.customer;
  return {
    name,
    mode: 'table',
    fields: columns.map((c) => ({ key: c.key, label: c.label, required: c.required !== false })),
    headers: [...read.headers],
    mapping: { ...read.mapping },
    rowsRead: read.rowsRead,
    rowsKept: read.length,
    customers: Array.isArray(ids) ? new Set(ids).size : read.length,
    issues: [...read.issues],
    issueCount: read.issueCount,
    encoding: read.encoding,
    delimiter: read.delimiter,
    warnings: [...read.warnings],
    firstDate: null,
    lastDate: null,
    seconds: (performance.now() - started) / 1000,
    cached: false,
  };
}

function columnsReport(name: string, read: TextColumns, started: number): LoadReport {
  return {
    name,
    mode: 'columns',
    fields: [],
    headers: [...read.headers],
    mapping: {},
    rowsRead: read.rowsRead,
    rowsKept: read.length,
    customers: read.length,
    issues: [...read.issues],
    issueCount: read.issueCount,
    encoding: read.encoding,
    delimiter: read.delimiter,
    warnings: [...read.warnings],
    firstDate: null,
    lastDate: null,
    seconds: (performance.now() - started) / 1000,
    cached: false,
  };
}
