// The ABC analysis, run in its worker on the dataset the picker loaded. Glue only: every number comes from the engine.
import { abcCustomersToCsv, classifyAbc, paretoPoints, sumByCustomer, valuePerCustomer, type AbcCustomer, type AbcResult, type ParetoPoint } from '../../engine/tiering/abc';
import { EngineError } from '../../engine/core/errors';
import type { RowPage } from '../../engine/core/query-rows';
import type { HostContext } from '../shared/dataset-picker/host';
import { pageOfRows } from '../shared/dataset-picker/row-pages';

export interface AbcArgs {
  readonly a: number;
  readonly b: number;
}

export interface AbcView {
  readonly a: number;
  readonly b: number;
  readonly summary: AbcResult['summary'];
  readonly points: readonly ParetoPoint[];
  /** Where the value came from: the column summed or read. */
  readonly valueSource: string;
  /** The last customer of each class and the first of the next: the boundary the rule decides. */
  readonly boundaries: readonly AbcCustomer[];
}

export interface AbcPageArgs {
  readonly search?: string;
  readonly cls?: 'A' | 'B' | 'C' | null;
  readonly offset: number;
  readonly limit: number;
}

const ITEMS = 'abc:items';
const RESULT = 'abc:result';

function items(ctx: HostContext): { customer: string; value: number }[] {
  const cached = ctx.memo.get(ITEMS) as { customer: string; value: number }[] | undefined;
  if (cached) return cached;
  const ds = ctx.dataset;
  if (!ds) throw new EngineError('no-dataset', '还没有可分析的数据，请先选择数据(no data loaded)');
  let out: { customer: string; value: number }[];
  if (ds.transactions) out = valuePerCustomer(ds.transactions);
  else {
    const table = ds.table!;
    out = sumByCustomer(table.columns.customer as readonly string[], table.columns.value as Float64Array);
  }
  ctx.memo.set(ITEMS, out);
  return out;
}

function lastResult(ctx: HostContext): AbcResult {
  const result = ctx.memo.get(RESULT) as AbcResult | undefined;
  if (!result) throw new EngineError('no-result', '还没有计算结果(no result yet)');
  return result;
}

export const abcHandlers = {
  abc(ctx: HostContext, args: AbcArgs): AbcView {
    const result = classifyAbc(items(ctx), { a: args.a, b: args.b });
    ctx.memo.set(RESULT, result);
    const report = ctx.dataset!.report;
    const column = report.mode === 'transactions' ? report.mapping.amount : report.mapping.value;
    const boundaries = result.customers.filter((c, i, all) => i > 0 && all[i - 1]!.class !== c.class).flatMap((c) => [result.customers[c.rank - 2]!, c]);
    return {
      a: result.a,
      b: result.b,
      summary: result.summary,
      points: paretoPoints(result, 400),
      valueSource: report.mode === 'transactions' ? `每位客户“${column}”的合计（退货已减去）` : `“${column}”`,
      boundaries,
    };
  },

  abcPage(ctx: HostContext, args: AbcPageArgs): RowPage<AbcCustomer> {
    return pageOfRows(lastResult(ctx).customers, {
      search: args.search,
      searchIn: ['customer'],
      where: args.cls ? { class: args.cls } : undefined,
      offset: args.offset,
      limit: args.limit,
    });
  },

  abcCsv(ctx: HostContext): { csv: string; rows: number } {
    const result = lastResult(ctx);
    return { csv: abcCustomersToCsv(result.customers), rows: result.customers.length };
  },
};
