import type { RowIssue } from '../../core/types';
import type { ByteSource } from '../../ingest/byte-source';
import { dateOutliersOfUses } from '../../ingest/date-outliers';
import { DateUses } from '../../ingest/date-uses';
import { finishRowsRead } from '../../ingest/finish-rows-read';
import { parseDate } from '../../ingest/parse-date';
import { BLANK_ORDER, streamTransactionRows } from '../../ingest/read-transaction-rows';
import type { ReadTransactionsOptions, TransactionFileRead } from '../../ingest/read-transactions';
import { resolveDates } from '../../ingest/resolve-dates';
import { SpanInterner } from '../../ingest/span-interner';
import type { RfmMeasures } from './aggregate';
import { OWN_ORDER, RfmReducer } from './rfm-reducer';

/** A transaction file reduced to RFM measures, with what was skipped and how the file was understood. */
export interface ReadRfmMeasuresResult extends TransactionFileRead {
  readonly measures: RfmMeasures;
  /** The customer ids' texts, which `measures.customerIndex` points into. */
  readonly customers: readonly string[];
}

/** Options of `readRfmMeasures`: those of `readTransactions`. */
export interface ReadRfmMeasuresOptions extends ReadTransactionsOptions {
  /** Rows held until their new date texts are read (default 131,072: 3 MB); tests set a few to cross blocks. */
  readonly blockRows?: number;
}

class RowBlock {
  readonly customer: Int32Array;
  readonly date: Int32Array;
  readonly amount: Float64Array;
  readonly order: Int32Array;
  readonly line: Int32Array;
  constructor(readonly size: number) {
    this.customer = new Int32Array(size);
    this.date = new Int32Array(size);
    this.amount = new Float64Array(size);
    this.order = new Int32Array(size);
    this.line = new Int32Array(size);
  }
  /** Rows [from, count) are held (from > 0 only in the first block held to the end). */
  from = 0;
  count = 0;
}

/**
 * `readTransactions` followed by `aggregateRfmMeasures`, in memory that grows with customers, orders and
 * distinct date texts rather than rows: each row is added to an `RfmReducer` as it is read, and per date text
 * only a count and the first 20 lines are kept, for the issues of rows whose date is not a date and the warning
 * about suspicious dates. Same measures, issues and warnings as the two steps (docs/contracts.md §4–§5).
 *
 * The day/month order of `1/5/2024` is chosen for the whole file at its end (`resolveDates`), so a row is added
 * at once only when its date text reads the same either way (ISO dates, 年月日, serial numbers). From the first
 * text that does not (an ambiguous a/b/year), the rows are held, as `readTransactions` holds them, and added
 * once the order is known: such a file takes memory by rows, as before.
 * @throws EngineError as `readTransactions`.
 * @example
 * // bytes of '会员号,日期,消费金额\nA,2024-01-05,30\nB,2024-01-06,-5\nA,2024-01-07,20\n'
 * const r = await readRfmMeasures(bytes);
 * // r.measures: customerIndex [0], lastPurchase [day of 2024-01-07], frequency [2], monetary [50], withoutPurchase ['B']
 */
export async function readRfmMeasures(source: ByteSource, options: ReadRfmMeasuresOptions = {}): Promise<ReadRfmMeasuresResult> {
  const blockRows = options.blockRows ?? 131_072;
  const reducer = new RfmReducer();
  const uses = new DateUses();
  const dates = new SpanInterner();
  /** Per date text read so far: its day when it reads the same in every day/month order (NaN: not a date). */
  let dayOf = new Float64Array(256);
  /** 1 when the text reads the same in every day/month order. */
  let settled = new Uint8Array(256);
  let textsRead = 0;
  let block = new RowBlock(blockRows);
  const held: RowBlock[] = [];
  let holding = false;
  let rows = 0;

  const readNewDates = (): void => {
    if (dates.size === textsRead) return;
    const texts = dates.values;
    if (dates.size > dayOf.length) {
      const size = Math.max(dates.size, dayOf.length * 2);
      const days = new Float64Array(size);
      days.set(dayOf);
      dayOf = days;
      const same = new Uint8Array(size);
      same.set(settled);
      settled = same;
    }
    for (let id = textsRead; id < dates.size; id++) {
      const monthFirst = parseDate(texts[id]!, 'mdy');
      const dayFirst = parseDate(texts[id]!, 'dmy');
      dayOf[id] = monthFirst.ok ? monthFirst.day : Number.NaN;
      const same = monthFirst.ok ? dayFirst.ok && dayFirst.day === monthFirst.day : !dayFirst.ok;
      settled[id] = same ? 1 : 0;
    }
    textsRead = dates.size;
  };

  const flush = (): void => {
    readNewDates();
    const { customer, date, amount, order, line, count } = block;
    uses.addRows(date, line, count);
    const settledRows = holding ? 0 : firstUnsettled(date, settled, count);
    if (settledRows > 0) reducer.addRows(customer, date, dayOf, amount, order, 0, settledRows);
    if (settledRows < count) {
      holding = true;
      block.from = settledRows;
    }
    if (holding) {
      held.push(block);
      block = new RowBlock(blockRows);
    } else {
      block.count = 0;
    }
  };

  const read = await streamTransactionRows(
    source,
    options,
    (customerId, dateId, value, orderId, line) => {
      const k = block.count++;
      block.customer[k] = customerId;
      block.date[k] = dateId;
      block.amount[k] = value;
      block.order[k] = orderId === BLANK_ORDER ? OWN_ORDER : orderId;
      block.line[k] = line;
      rows++;
      if (block.count === blockRows) flush();
    },
    { dates },
  );
  flush();

  const resolved = resolveDates(dates.values);
  for (const rows of held) reducer.addRows(rows.customer, rows.date, resolved.days, rows.amount, rows.order, rows.from, rows.count);

  const bad = uses.firstRows((id) => Number.isNaN(resolved.days[id]!));
  const dateIssues: RowIssue[] = bad.rows.map(({ line, id }) => ({ line, column: read.mapping.date!, message: resolved.reasons[id]! }));
  const { issues, issueCount, dateOutliers, warnings } = finishRowsRead(read, resolved, rows, dateIssues, bad.count, () =>
    dateOutliersOfUses(uses.uses, resolved.days, options.today, (suspicious) => uses.firstRows((id) => suspicious[id] === 1).rows),
  );

  const customers = read.customers.values;
  const measures = reducer.measures(customers);
  return { measures, customers, issues, issueCount, mapping: read.mapping, encoding: read.encoding, delimiter: read.delimiter, headers: read.headers, rowsRead: read.rowsRead, dateOutliers, warnings };
}

/** The first row whose date text is not settled (`settled[id]` 0), or `count`. */
function firstUnsettled(date: Int32Array, settled: Uint8Array, count: number): number {
  for (let i = 0; i < count; i++) if (settled[date[i]!] === 0) return i;
  return count;
}
