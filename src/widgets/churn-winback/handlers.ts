// The churn and win-back analysis, run in its worker on the dataset the picker loaded, in three steps the page
// calls one after the other (so it can show progress): summarise, fit, score. Glue only: the numbers come from the engine.
import { summariseForBgNbd, type BgNbdUnit } from '../../engine/models/bgnbd-summary';
import { fitCustomerBaseModel, modelPAlive, type CustomerBaseModel, type CustomerBaseModelKind } from '../../engine/models/customer-base-model';
import { holdoutCheck, holdoutTracking, splitHoldout, type HoldoutCheck, type HoldoutSplit, type TrackingWeek } from '../../engine/models/holdout';
import { pAliveWarnings } from '../../engine/models/p-alive-reading';
import { csvMoney, roundTo, toCsv } from '../../engine/core/csv-export';
import { dayFromYmd, formatDay } from '../../engine/core/dates';
import { EngineError } from '../../engine/core/errors';
import {
  churnByInactivity,
  churnRuleAgreement,
  pAliveHistogram,
  spendByCustomer,
  WIN_BACK_BAND_LABELS,
  WIN_BACK_CHAPTER_EXAMPLE,
  winBackCandidates,
  winBackPriority,
  type ChurnRuleAgreement,
  type CustomerHistory,
  type PAliveBin,
  type WinBackBand,
  type WinBackEntry,
} from '../../engine/loyalty';
import type { RowPage } from '../../engine/core/query-rows';
import type { HostContext } from '../shared/dataset-picker/host';
import { pageOfRows } from '../shared/dataset-picker/row-pages';

export interface SummariseArgs {
  readonly unit: BgNbdUnit;
  /** ISO date, or null for the last day in the data. */
  readonly calibrationEnd: string | null;
  /** Keep the transactions after the calibration end as a holdout to check the model against (transactions only). */
  readonly holdout: boolean;
}

export interface SummaryInfo {
  readonly mode: 'transactions' | 'table';
  readonly customers: number;
  readonly repeaters: number;
  readonly unit: BgNbdUnit | null;
  readonly calibrationEnd: string | null;
  /** Where the value of a customer comes from (Chinese). */
  readonly valueSource: string;
  /** The largest customer age T (for the P(alive)-against-recency chart). */
  readonly maxT: number;
  /** With a holdout: its last day and length in the unit. */
  readonly holdout: { readonly end: string; readonly length: number } | null;
}

export interface FitArgs {
  readonly model: CustomerBaseModelKind;
}

/** The model checked against the holdout (chapters 9–10): tracking, conditional expectations, errors. */
export type HoldoutView = Omit<HoldoutCheck, 'pAlive' | 'expected'> & { readonly tracking: readonly TrackingWeek[] };

export interface ScoreArgs {
  readonly model: CustomerBaseModelKind;
  readonly params: 'fit' | 'published';
  readonly activeFrom: number;
  readonly lostBelow: number;
  readonly windowDays: number;
  /** Round P(alive) to this many decimals first (chapter 10's example uses 2), or null. */
  readonly decimals: number | null;
}

export interface WinBackRow extends WinBackEntry {
  readonly x: number;
  readonly t_x: number;
  readonly T: number;
  /** T − t_x: time since the last purchase. */
  readonly silent: number;
  readonly bandLabel: string;
}

export interface ScoreView {
  readonly model: CustomerBaseModel;
  readonly paramsSource: 'fit' | 'published';
  readonly bins: readonly PAliveBin[];
  readonly meanPAlive: number | null;
  readonly bands: Readonly<Record<WinBackBand, { readonly customers: number; readonly value: number }>>;
  /** The first ten of the win-back list. */
  readonly top: readonly WinBackRow[];
  /** Transactions only: the inactivity rule beside the bands. */
  /** Why P(alive) may mean little for these data (Chinese). */
  readonly warnings: readonly string[];
  /** With a holdout: the model against what happened. */
  readonly holdout: HoldoutView | null;
  readonly inactivity: { readonly windowDays: number; readonly churned: number; readonly rate: number | null; readonly agreement: ChurnRuleAgreement; readonly examples: { readonly lostButRecent: readonly WinBackRow[]; readonly silentButActive: readonly WinBackRow[] } } | null;
}

export interface PageArgs {
  readonly band: WinBackBand | null;
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
}

const HISTORIES = 'cw:histories';
const FIT = 'cw:fit';
const ROWS = 'cw:rows';
const SPLIT = 'cw:split';

function histories(ctx: HostContext): { rows: CustomerHistory[]; info: SummaryInfo; calibrationEnd: number | null } {
  const cached = ctx.memo.get(HISTORIES) as { rows: CustomerHistory[]; info: SummaryInfo; calibrationEnd: number | null } | undefined;
  if (!cached) throw new EngineError('no-summary', '还没有汇总客户的购买记录(no summary yet)');
  return cached;
}

export const churnHandlers = {
  summarise(ctx: HostContext, args: SummariseArgs): SummaryInfo {
    const ds = ctx.dataset;
    if (!ds) throw new EngineError('no-dataset', '还没有可分析的数据，请先选择数据(no data loaded)');
    ctx.memo.delete(FIT);
    ctx.memo.delete(ROWS);
    ctx.memo.delete(SPLIT);
    let rows: CustomerHistory[];
    let info: SummaryInfo;
    let end: number | null = null;
    if (ds.transactions) {
      const tx = ds.transactions;
      end = args.calibrationEnd ? isoDay(args.calibrationEnd) : null;
      let split: HoldoutSplit | null = null;
      if (args.holdout) {
        if (end === null) throw new EngineError('invalid-holdout', '要留出检验期，请先填观察截止日：截止日之前的交易用来拟合，之后的用来检验(a holdout needs an observation end)');
        split = splitHoldout(tx, { unit: args.unit, calibrationEnd: end });
        ctx.memo.set(SPLIT, split);
      }
      const summary = split?.calibration ?? summariseForBgNbd(tx, { unit: args.unit, calibrationEnd: end ?? undefined });
      end = summary.calibrationEnd;
      const spend = new Map(spendByCustomer(tx, { lastDay: end }).map((s) => [s.customer, s.value]));
      rows = summary.customers.map((customer, k) => ({ customer, x: summary.x[k]!, t_x: summary.t_x[k]!, T: summary.T[k]!, value: spend.get(customer) ?? 0 }));
      info = {
        mode: 'transactions',
        customers: rows.length,
        repeaters: rows.filter((r) => r.x > 0).length,
        unit: args.unit,
        calibrationEnd: formatDay(end),
        valueSource: `截至 ${formatDay(end)} 的累计消费（退货已减去）`,
        maxT: maxOf(rows.map((r) => r.T)),
        holdout: split ? { end: formatDay(split.holdoutEnd), length: split.holdoutLength } : null,
      };
    } else {
      const table = ds.table!;
      const ids = table.columns.customer as readonly string[];
      const x = table.columns.x as Float64Array;
      const t_x = table.columns.t_x as Float64Array;
      const T = table.columns.T as Float64Array;
      const value = table.columns.value as Float64Array | null;
      rows = ids.map((customer, i) => ({ customer, x: x[i]!, t_x: t_x[i]!, T: T[i]!, value: value && Number.isFinite(value[i]!) ? value[i]! : x[i]! + 1 }));
      info = {
        mode: 'table',
        customers: rows.length,
        repeaters: rows.filter((r) => r.x > 0).length,
        unit: null,
        calibrationEnd: null,
        valueSource: value ? `“${ds.report.mapping.value}”列` : '购买次数（文件里没有价值列）',
        maxT: maxOf(rows.map((r) => r.T)),
        holdout: null,
      };
    }
    if (rows.length === 0) throw new EngineError('no-purchases', '数据里没有购买记录，无法分析(no purchases in the data)');
    ctx.memo.set(HISTORIES, { rows, info, calibrationEnd: end });
    return info;
  },

  fit(ctx: HostContext, args: FitArgs): CustomerBaseModel {
    const { rows } = histories(ctx);
    const fit = fitCustomerBaseModel(args.model, { x: rows.map((r) => r.x), t_x: rows.map((r) => r.t_x), T: rows.map((r) => r.T) });
    ctx.memo.set(FIT, fit);
    return fit;
  },

  score(ctx: HostContext, args: ScoreArgs): ScoreView {
    const { rows, info, calibrationEnd } = histories(ctx);
    let model: CustomerBaseModel;
    if (args.params === 'fit' || args.model === 'pnbd') {
      const fit = ctx.memo.get(FIT) as CustomerBaseModel | undefined;
      if (!fit || fit.kind !== args.model) throw new EngineError('no-fit', '还没有拟合模型(no fit yet)');
      model = fit;
    } else {
      model = { kind: 'bgnbd', params: WIN_BACK_CHAPTER_EXAMPLE.params, logLikelihood: Number.NaN, converged: true };
    }
    const candidates =
      model.kind === 'bgnbd'
        ? winBackCandidates(rows, model.params, args.decimals === null ? {} : { pAliveDecimals: args.decimals })
        : rows.map((h) => ({ ...h, pAlive: modelPAlive(model, h.x, h.t_x, h.T) }));
    const byCustomer = new Map(candidates.map((c) => [c.customer, c]));
    const ranked: WinBackRow[] = winBackPriority(candidates, { activeFrom: args.activeFrom, lostBelow: args.lostBelow }).map((e) => {
      const h = byCustomer.get(e.customer)!;
      return { ...e, x: h.x, t_x: h.t_x, T: h.T, silent: h.T - h.t_x, bandLabel: WIN_BACK_BAND_LABELS[e.band] };
    });
    ctx.memo.set(ROWS, ranked);
    const bands = { 'win-back': { customers: 0, value: 0 }, active: { customers: 0, value: 0 }, lost: { customers: 0, value: 0 } };
    for (const e of ranked) {
      bands[e.band].customers++;
      bands[e.band].value += e.value;
    }
    const histogram = pAliveHistogram(candidates.map((c) => c.pAlive));
    let inactivity: ScoreView['inactivity'] = null;
    const tx = ctx.dataset?.transactions;
    if (info.mode === 'transactions' && tx && calibrationEnd !== null) {
      const churn = churnByInactivity(tx, { windowDays: args.windowDays, asOf: calibrationEnd + 1 });
      const agreement = churnRuleAgreement(ranked, churn.churnedCustomers.map((c) => c.customer));
      const byId = new Map(ranked.map((r) => [r.customer, r]));
      // Repeat buyers first (a one-time buyer's P(alive) is always 1, a known quirk), then by value.
      const topByValue = (ids: readonly string[]) =>
        ids.map((id) => byId.get(id)!).sort((p, q) => Number(q.x > 0) - Number(p.x > 0) || q.value - p.value).slice(0, 3);
      inactivity = {
        windowDays: args.windowDays,
        churned: churn.churned,
        rate: churn.rate,
        agreement: { ...agreement, lostButRecent: agreement.lostButRecent.slice(0, 50), silentButActive: agreement.silentButActive.slice(0, 50) },
        examples: { lostButRecent: topByValue(agreement.lostButRecent), silentButActive: topByValue(agreement.silentButActive) },
      };
    }
    const split = ctx.memo.get(SPLIT) as HoldoutSplit | undefined;
    let holdout: HoldoutView | null = null;
    if (split) {
      const { pAlive: _p, expected: _e, ...check } = holdoutCheck(split, model, { threshold: 0.5 });
      holdout = { ...check, tracking: holdoutTracking(split, model) };
    }
    return {
      model,
      paramsSource: args.params,
      warnings: pAliveWarnings(candidates.map((c) => c.x), candidates.map((c) => c.pAlive)).map((w) => w.message),
      holdout,
      bins: histogram.bins,
      meanPAlive: histogram.mean,
      bands,
      top: ranked.filter((e) => e.band === 'win-back').slice(0, 10),
      inactivity,
    };
  },

  page(ctx: HostContext, args: PageArgs): RowPage<WinBackRow> {
    const rows = ctx.memo.get(ROWS) as WinBackRow[] | undefined;
    if (!rows) throw new EngineError('no-result', '还没有计算结果(no result yet)');
    return pageOfRows(rows, { search: args.search, searchIn: ['customer'], where: args.band ? { band: args.band } : undefined, offset: args.offset, limit: args.limit });
  },

  csv(ctx: HostContext): { csv: string; rows: number } {
    const rows = ctx.memo.get(ROWS) as WinBackRow[] | undefined;
    if (!rows) throw new EngineError('no-result', '还没有计算结果(no result yet)');
    const csv = toCsv(rows, [
      { header: '挽回排名', value: (r) => r.rank },
      { header: '客户', value: 'customer' },
      { header: '处理', value: 'bandLabel' },
      { header: '重复购买次数x', value: 'x' },
      { header: 't_x', value: (r) => roundTo(r.t_x, 4) },
      { header: 'T', value: (r) => roundTo(r.T, 4) },
      { header: '价值', value: (r) => csvMoney(r.value) },
      { header: 'P(alive)', value: (r) => roundTo(r.pAlive, 6) },
      { header: '价值×P(alive)', value: (r) => csvMoney(r.score) },
    ]);
    return { csv, rows: rows.length };
  },
};

function maxOf(values: readonly number[]): number {
  return values.reduce((max, v) => Math.max(max, v), 0);
}

function isoDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new EngineError('invalid-argument', `观察截止日必须写成 YYYY-MM-DD，当前为“${text}”(the observation end must be YYYY-MM-DD)`, { text });
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}
