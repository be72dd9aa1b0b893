import type { Transactions } from '../../core/types';
import type { RfmBreaks, RfmCustomer, RfmMethod, RfmOptions, RfmResult, RfmSegmentDefinition, RfmSegmentModel } from './types';
import { EngineError } from '../../core/errors';
import { formatDay } from '../../core/dates';
import { requireIntegerInRange } from '../../core/guards';
import { aggregateRfmMeasures, type RfmMeasures } from './aggregate';
import { scoreByRank } from './score-rank';
import { quantileCutPoints, scoreByBreaks } from './score-breaks';
import { segmentCn8 } from './segments-cn8';
import { segmentRfm10 } from './segments-rfm10';
import { summariseRfmSegments } from './summarise';

const LISTED_IDS = 20;

/**
 * RFM analysis of transactions (docs/contracts.md §5). Per customer with at least one purchase (positive amount):
 * recency = whole days from the last purchase to the as-of day (default: the day after the latest
 * date in the rows, returns included); frequency = distinct orders among purchases; monetary = sum of
 * all amounts, returns included. Each measure is scored 1..bins, by rank (`1 + ⌊bins·L/N⌋`, L = customers
 * strictly worse) or by the R package `rfm`'s quantile breaks, and the scores are named by the
 * eight-class textbook model (`cn8`) or the R package's ten segments (`rfm10`). Customers with no
 * purchase are left out and listed in `warnings`.
 *
 * Source: Hughes, A.M. (1994), Strategic Database Marketing (RFM scoring); docs/contracts.md §5; rsquaredacademy/rfm 0.3.0.
 * @throws EngineError `no-transactions` (no rows), `no-purchases` (no positive amount anywhere),
 *   `invalid-bins` (not an integer 2–9), `invalid-method`, `invalid-segments`, `invalid-as-of`
 *   (not a whole day number), `as-of-before-purchases` (a purchase after the as-of day),
 *   `invalid-amount` (an amount that is not finite).
 * @example
 * // No order column. A buys 30 元 on day 10 and 20 元 on day 18; B buys 10 元 on day 19.
 * // Default as-of: day 20. Rank scores with 2 bins: A r=1 f=2 m=2, B r=2 f=1 m=1.
 * computeRfm(tx, { bins: 2 }).customers[0] // { customer: 'A', recency: 2, frequency: 2, monetary: 50, code: '122', … }
 */
export function computeRfm(tx: Transactions, options: RfmOptions = {}): RfmResult {
  const settings = rfmSettings(options);
  return scoreRfmMeasures(aggregateRfmMeasures(tx), tx.customers, settings);
}

/** `computeRfm`'s options checked, with their defaults. */
export interface RfmSettings {
  readonly bins: number;
  readonly method: RfmMethod;
  readonly segmentModel: RfmSegmentModel;
  readonly asOf: number | undefined;
}

/**
 * `computeRfm`'s options checked, with their defaults.
 * @throws EngineError `invalid-bins`, `invalid-method`, `invalid-segments`, `invalid-as-of`.
 * @example rfmSettings({ bins: 3 }) // { bins: 3, method: 'rank', segmentModel: 'cn8', asOf: undefined }
 */
export function rfmSettings(options: RfmOptions = {}): RfmSettings {
  const bins = requireIntegerInRange(options.bins ?? 5, 2, 9, { code: 'invalid-bins', zh: '分档数', en: 'bins' });
  const method = oneOf<RfmMethod>(options.method ?? 'rank', ['rank', 'breaks'], 'invalid-method', '评分方法', 'method');
  const segmentModel = oneOf<RfmSegmentModel>(options.segments ?? 'cn8', ['cn8', 'rfm10'], 'invalid-segments', '分群模型', 'segment model');
  if (options.asOf !== undefined) {
    requireIntegerInRange(options.asOf, -100_000_000, 100_000_000, { code: 'invalid-as-of', zh: '分析日期', en: 'the as-of day' });
  }
  return { bins, method, segmentModel, asOf: options.asOf };
}

/**
 * The scoring and segmenting half of `computeRfm`, from measures already aggregated (`aggregateRfmMeasures`, or
 * `readRfmMeasures` while a file is read); `names` are the texts `measures.customerIndex` points into.
 * @throws EngineError `no-purchases`, `as-of-before-purchases`.
 * @example scoreRfmMeasures(aggregateRfmMeasures(tx), tx.customers, rfmSettings({ bins: 2 })) // = computeRfm(tx, { bins: 2 })
 */
export function scoreRfmMeasures(measures: RfmMeasures, names: readonly string[], { bins, method, segmentModel, asOf: chosenAsOf }: RfmSettings): RfmResult {
  const n = measures.customerIndex.length;
  if (n === 0) {
    throw new EngineError('no-purchases', '没有任何购买记录（金额大于 0 的行），无法进行 RFM 分析(no purchases: no row has a positive amount)');
  }
  const asOf = chosenAsOf ?? measures.latestDay + 1;
  if (asOf < measures.latestPurchase) {
    const latest = formatDay(measures.latestPurchase);
    throw new EngineError(
      'as-of-before-purchases',
      `分析日期 ${formatDay(asOf)} 早于最后一次购买 ${latest}，请选择不早于 ${latest} 的日期(the as-of date ${formatDay(asOf)} is before the latest purchase on ${latest})`,
      { asOf, latestPurchase: measures.latestPurchase },
    );
  }

  const recency = new Int32Array(n);
  for (let k = 0; k < n; k++) recency[k] = asOf - measures.lastPurchase[k]!;

  let r: Int32Array, f: Int32Array, m: Int32Array;
  let breaks: RfmBreaks | undefined;
  if (method === 'rank') {
    r = scoreByRank(recency, bins, 'lower');
    f = scoreByRank(measures.frequency, bins, 'higher');
    m = scoreByRank(measures.monetary, bins, 'higher');
  } else {
    breaks = {
      recency: quantileCutPoints(recency, bins),
      frequency: quantileCutPoints(measures.frequency, bins),
      monetary: quantileCutPoints(measures.monetary, bins),
    };
    r = scoreByBreaks(recency, breaks.recency, 'lower');
    f = scoreByBreaks(measures.frequency, breaks.frequency, 'higher');
    m = scoreByBreaks(measures.monetary, breaks.monetary, 'higher');
  }

  const meanScores = { r: mean(r), f: mean(f), m: mean(m) };
  const customers: RfmCustomer[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const rk = r[k]!, fk = f[k]!, mk = m[k]!;
    const segment: RfmSegmentDefinition =
      segmentModel === 'cn8' ? segmentCn8(rk, fk, mk, meanScores.r, meanScores.f, meanScores.m) : segmentRfm10(rk, fk, mk);
    customers[k] = {
      customer: names[measures.customerIndex[k]!]!,
      recency: recency[k]!,
      frequency: measures.frequency[k]!,
      monetary: measures.monetary[k]!,
      r: rk,
      f: fk,
      m: mk,
      code: scoreCode(rk, fk, mk),
      segment: segment.name,
      segmentKey: segment.key,
      lastPurchase: measures.lastPurchase[k]!,
    };
  }

  const warnings: string[] = [];
  const left = measures.withoutPurchase;
  if (left.length > 0) {
    const shown = left.slice(0, LISTED_IDS).join('、') + (left.length > LISTED_IDS ? ' 等' : '');
    warnings.push(
      `${left.length} 位客户没有购买记录（只有退货或金额为 0），未参与 RFM 评分：${shown}` +
        `(${left.length} customers have no purchase and were left out)`,
    );
  }
  if (segmentModel === 'rfm10' && bins !== 5) {
    warnings.push(`rfm10 分群规则是按 5 档评分设计的，当前为 ${bins} 档，分群仅供参考(the rfm10 rules are meant for 5 bins)`);
  }

  return {
    asOf,
    bins,
    method,
    segmentModel,
    customers,
    segments: summariseRfmSegments(customers, segmentModel),
    ...(breaks ? { breaks } : {}),
    meanScores,
    warnings,
  };
}

/** The `code` texts ('111' … '999'), made once: a hundred thousand customers share at most 729 of them. */
const CODES: string[] = [];

function scoreCode(r: number, f: number, m: number): string {
  const index = r * 100 + f * 10 + m;
  return (CODES[index] ??= `${r}${f}${m}`);
}

function mean(scores: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i]!;
  return sum / scores.length;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], code: string, zh: string, en: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.join(' / ');
    throw new EngineError(code, `${zh}只能是 ${list}，当前为 ${value}(${en} must be one of ${list}, got ${value})`, { value });
  }
  return value as T;
}
