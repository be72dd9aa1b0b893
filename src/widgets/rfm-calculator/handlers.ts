// The RFM calculator's analysis, run in its worker on the dataset the picker loaded. Glue only: every number
// comes from the engine.
import { formatDay } from '../../engine/core/dates';
import { EngineError } from '../../engine/core/errors';
import { parseDate } from '../../engine/ingest/parse-date';
import type { RowPage } from '../../engine/core/query-rows';
import {
  averageMonetaryByRf, computeRfm, readRfmSegment, rfmCustomersToCsv, rfmScoreDistribution, rfmSegmentTable,
  type RfGrid, type RfmBreaks, type RfmCustomer, type RfmMethod, type RfmResult, type RfmScoreDistribution,
  type RfmSegmentModel, type RfmSegmentReading, type RfmSegmentSummary,
} from '../../engine/tiering/rfm';
import { transactionDateRange } from '../../engine/core/transaction-date-range';
import type { HostContext } from '../shared/dataset-picker/host';
import { pageOfRows } from '../shared/dataset-picker/row-pages';

export interface RfmArgs {
  /** ISO as-of date, or null for the default (the day after the latest row). */
  readonly asOf: string | null;
  readonly bins: number;
  readonly method: RfmMethod;
  readonly segments: RfmSegmentModel;
}

/** Everything the view shows except the customer list (which it asks for a page at a time). */
export interface RfmView {
  readonly asOf: string;
  readonly defaultAsOf: string;
  readonly bins: number;
  readonly method: RfmMethod;
  readonly segmentModel: RfmSegmentModel;
  readonly customers: number;
  readonly meanScores: RfmResult['meanScores'];
  readonly segments: readonly RfmSegmentSummary[];
  readonly readings: readonly RfmSegmentReading[];
  readonly distribution: RfmScoreDistribution;
  readonly grid: RfGrid;
  readonly breaks: RfmBreaks | null;
  readonly warnings: readonly string[];
  readonly seconds: number;
}

/** A customer row for the table: the engine's fields and the last purchase as a date. */
export type RfmRow = Omit<RfmCustomer, 'lastPurchase'> & { readonly lastPurchaseDate: string };

export interface RfmPageArgs {
  readonly sortBy?: keyof RfmRow & string;
  readonly descending?: boolean;
  readonly search?: string;
  readonly segmentKey?: string | null;
  readonly offset: number;
  readonly limit: number;
}

const RESULT = 'rfm:result';

function transactionsOf(ctx: HostContext) {
  const tx = ctx.dataset?.transactions;
  if (!tx) throw new EngineError('no-dataset', '还没有可分析的交易数据，请先选择数据(no transaction data loaded)');
  return tx;
}

function lastResult(ctx: HostContext): RfmResult {
  const result = ctx.memo.get(RESULT) as RfmResult | undefined;
  if (!result) throw new EngineError('no-result', '还没有计算结果(no result yet)');
  return result;
}

export const rfmHandlers = {
  rfm(ctx: HostContext, args: RfmArgs): RfmView {
    const tx = transactionsOf(ctx);
    let asOf: number | undefined;
    if (args.asOf !== null) {
      const reading = parseDate(args.asOf);
      if (!reading.ok) throw new EngineError('invalid-as-of', `统计截止日“${args.asOf}”不是有效日期(the as-of date is not a valid date)`);
      asOf = reading.day;
    }
    const started = performance.now();
    const result = computeRfm(tx, { asOf, bins: args.bins, method: args.method, segments: args.segments });
    ctx.memo.set(RESULT, result);
    const table = rfmSegmentTable(result.segmentModel);
    const range = transactionDateRange(tx)!;
    return {
      asOf: formatDay(result.asOf),
      defaultAsOf: formatDay(range.last + 1),
      bins: result.bins,
      method: result.method,
      segmentModel: result.segmentModel,
      customers: result.customers.length,
      meanScores: result.meanScores,
      segments: result.segments,
      readings: result.segments.map((s, i) => readRfmSegment(s, table[i]!)),
      distribution: rfmScoreDistribution(result.customers, result.bins),
      grid: averageMonetaryByRf(result.customers, result.bins),
      breaks: result.breaks ?? null,
      warnings: result.warnings,
      seconds: (performance.now() - started) / 1000,
    };
  },

  rfmPage(ctx: HostContext, args: RfmPageArgs): RowPage<RfmRow> {
    const result = lastResult(ctx);
    const page = pageOfRows(result.customers, {
      sortBy: args.sortBy === 'lastPurchaseDate' ? 'lastPurchase' : (args.sortBy as keyof RfmCustomer & string | undefined),
      descending: args.descending,
      search: args.search,
      searchIn: ['customer', 'code', 'segment'],
      where: args.segmentKey ? { segmentKey: args.segmentKey } : undefined,
      offset: args.offset,
      limit: args.limit,
    });
    return { ...page, rows: page.rows.map(({ lastPurchase, ...rest }) => ({ ...rest, lastPurchaseDate: formatDay(lastPurchase) })) };
  },

  rfmCsv(ctx: HostContext): { csv: string; rows: number } {
    const result = lastResult(ctx);
    return { csv: rfmCustomersToCsv(result.customers), rows: result.customers.length };
  },
};
