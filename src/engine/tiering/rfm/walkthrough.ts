import type { TransactionRecord } from '../../core/transactions-from-records';
import { transactionsFromRecords } from '../../core/transactions-from-records';
import { EngineError } from '../../core/errors';
import { dayFromYmd, formatDay } from '../../core/dates';
import { groupedNumber } from '../../core/number-text';
import { computeRfm } from './compute-rfm';
import { CN8_SEGMENTS } from './segments-cn8';

/** The four steps of RFM analysis as chapter 6 teaches them. */
export type RfmWalkthroughStepKey = 'rows' | 'measures' | 'scores' | 'segments';

export interface RfmWalkthroughStep {
  readonly key: RfmWalkthroughStepKey;
  readonly title: string;
  /** What the step does, in a few short paragraphs. */
  readonly explanation: readonly string[];
}

/** Chapter 6's steps: raw rows → R, F, M per customer → scores → segments. */
export const RFM_WALKTHROUGH_STEPS: readonly RfmWalkthroughStep[] = Object.freeze([
  {
    key: 'rows',
    title: '第一步：看原始记录',
    explanation: [
      '每一行是一次消费：金额为正的一行是一笔购买，金额为负的一行是一次退货。',
      '统计截止日默认取数据中最后一天的次日（退货的日期也算在内）。截止日不同，R 就不同，所以要写清楚。',
    ],
  },
  {
    key: 'measures',
    title: '第二步：算出每位客户的 R、F、M',
    explanation: [
      'R（最近一次消费）：从最近一次购买的日期到统计截止日相隔多少整天。R 只看购买，不看退货。',
      'F（消费频率）：购买的订单数。没有订单号时，每一行购买算一笔订单；退货不算订单。',
      'M（消费金额）：全部金额之和，退货要减掉。',
    ],
  },
  {
    key: 'scores',
    title: '第三步：按名次给 R、F、M 打分',
    explanation: [
      '得分 = 1 + floor(档数 × L ÷ N)。N 是客户人数，L 是在这一项上严格比他差的客户人数：R 看天数比他多的人数，F 和 M 看数值比他小的人数。',
      '最好的客户得分最高，最差的得 1 分；数值相同的客户得分相同。三个得分按 R、F、M 的顺序写在一起，就是 RFM 代码。',
    ],
  },
  {
    key: 'segments',
    title: '第四步：分成八类客户',
    explanation: [
      '分别算出全部客户 R、F、M 得分的平均值。某项得分严格大于平均值记为“高”，等于或小于记为“低”。',
      'R、F、M 各有高低两种，组合起来正好八类：重要价值、重要保持、重要发展、重要挽留、一般价值、一般保持、一般发展、一般挽留。',
    ],
  },
]);

export interface WalkthroughRow {
  readonly customer: string;
  readonly date: string;
  readonly amount: number;
  readonly kind: 'purchase' | 'return';
}

export interface WalkthroughCustomer {
  readonly customer: string;
  readonly lastPurchase: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
  /** The hand calculation of each measure, e.g. '5月20日 → 7月1日 = 42 天', '220 + 260 + 240 − 80 = 640'. */
  readonly recencyWork: string;
  readonly frequencyWork: string;
  readonly monetaryWork: string;
  /** L per measure: customers strictly worse. */
  readonly worse: { readonly r: number; readonly f: number; readonly m: number };
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** e.g. '1 + floor(5 × 5 ÷ 10) = 3'. */
  readonly scoreWork: { readonly r: string; readonly f: string; readonly m: string };
  readonly code: string;
  /** Whether each score is strictly above the mean (高). */
  readonly high: { readonly r: boolean; readonly f: boolean; readonly m: boolean };
  readonly segment: string;
  readonly segmentKey: string;
}

/** A question the learner answers before a step's results are shown. */
export interface WalkthroughQuiz {
  readonly prompt: string;
  readonly customer: string | null;
  readonly fields: readonly WalkthroughQuizField[];
}

export interface WalkthroughQuizField {
  readonly key: string;
  readonly label: string;
  readonly kind: 'number' | 'date' | 'segment';
  /** The right answer: a number, an ISO date or a segment name. */
  readonly answer: number | string;
}

export interface RfmWalkthrough {
  readonly asOf: string;
  /** The latest date in the rows and the default as-of date (the day after). */
  readonly latestDate: string;
  readonly defaultAsOf: string;
  readonly bins: number;
  /** Customers scored. */
  readonly n: number;
  readonly rows: readonly WalkthroughRow[];
  readonly customers: readonly WalkthroughCustomer[];
  readonly scoreSums: { readonly r: number; readonly f: number; readonly m: number };
  readonly meanScores: { readonly r: number; readonly f: number; readonly m: number };
  /** Which L gives which score: consecutive L values with the same score grouped. */
  readonly scoreBands: readonly { readonly score: number; readonly fromL: number; readonly toL: number }[];
  readonly quizzes: Readonly<Record<RfmWalkthroughStepKey, WalkthroughQuiz>>;
}

export interface RfmWalkthroughOptions {
  /** ISO as-of date; default the day after the latest row. */
  readonly asOf?: string;
  readonly bins?: number;
  /** The customer each step's quiz asks about; default: a customer with a return, else the first. */
  readonly focus?: Partial<Record<'measures' | 'scores' | 'segments', string>>;
}

const MAX_RECORDS = 500;

/**
 * Every number of chapter 6's RFM method worked out for a small teaching sample, with the hand calculation
 * spelled out (recency in days from date to date, the sum of amounts with returns subtracted, each score as
 * 1 + floor(bins × L ÷ N), the mean scores and the 高/低 flags), plus a question per step for the learner to
 * answer first. Rank method and the eight-class model, as the chapter teaches; the numbers are `computeRfm`'s.
 *
 * Source: chapter 6 (鲜邻超市 example); docs/contracts.md §5.
 * @throws EngineError `too-many-rows` beyond 500 records; `invalid-as-of` for an as-of text that is not
 *   YYYY-MM-DD; `unknown-customer` for a focus customer not in the data; and whatever `computeRfm` throws.
 * @example
 * const w = rfmWalkthrough(RFM_CHAPTER_EXAMPLE.records);
 * w.customers.find((c) => c.customer === 'C10').monetaryWork // '220 + 260 + 240 − 80 = 640'
 * w.customers.find((c) => c.customer === 'C09').scoreWork.r // '1 + floor(5 × 5 ÷ 10) = 3'
 */
export function rfmWalkthrough(records: readonly TransactionRecord[], options: RfmWalkthroughOptions = {}): RfmWalkthrough {
  if (records.length > MAX_RECORDS) {
    throw new EngineError('too-many-rows', `分步讲解只适合小样本（最多 ${MAX_RECORDS} 行），这里有 ${records.length} 行(the walkthrough is for at most ${MAX_RECORDS} rows)`, { rows: records.length });
  }
  const tx = transactionsFromRecords(records);
  const asOfDay = options.asOf === undefined ? undefined : isoToDay(options.asOf);
  const result = computeRfm(tx, { asOf: asOfDay, bins: options.bins ?? 5, method: 'rank', segments: 'cn8' });
  const { bins } = result;
  const n = result.customers.length;

  let latestDay = -Infinity;
  for (let i = 0; i < tx.length; i++) latestDay = Math.max(latestDay, tx.day[i]!);
  const sameYear = new Set([...Array.from(tx.day), result.asOf].map((d) => formatDay(d).slice(0, 4))).size === 1;
  const showDay = (day: number) => (sameYear ? monthDay(day) : formatDay(day));

  const amountsOf = new Map<string, number[]>();
  records.forEach((r) => {
    const list = amountsOf.get(r.customer) ?? [];
    list.push(r.amount);
    amountsOf.set(r.customer, list);
  });

  const recencies = result.customers.map((c) => c.recency);
  const frequencies = result.customers.map((c) => c.frequency);
  const monetaries = result.customers.map((c) => c.monetary);
  const scoreWork = (l: number, score: number) => `1 + floor(${bins} × ${l} ÷ ${n}) = ${score}`;

  const customers: WalkthroughCustomer[] = result.customers.map((c) => {
    const amounts = amountsOf.get(c.customer) ?? [];
    const returns = amounts.filter((a) => a < 0).length;
    const worse = {
      r: recencies.filter((v) => v > c.recency).length,
      f: frequencies.filter((v) => v < c.frequency).length,
      m: monetaries.filter((v) => v < c.monetary).length,
    };
    return {
      customer: c.customer,
      lastPurchase: formatDay(c.lastPurchase),
      recency: c.recency,
      frequency: c.frequency,
      monetary: c.monetary,
      recencyWork: `${showDay(c.lastPurchase)} → ${showDay(result.asOf)} = ${c.recency} 天`,
      frequencyWork: `${c.frequency} 笔购买${returns > 0 ? `（${returns} 次退货不算订单）` : ''}`,
      monetaryWork: sumText(amounts, c.monetary),
      worse,
      r: c.r,
      f: c.f,
      m: c.m,
      scoreWork: { r: scoreWork(worse.r, c.r), f: scoreWork(worse.f, c.f), m: scoreWork(worse.m, c.m) },
      code: c.code,
      high: { r: c.r > result.meanScores.r, f: c.f > result.meanScores.f, m: c.m > result.meanScores.m },
      segment: c.segment,
      segmentKey: c.segmentKey,
    };
  });

  const sum = (k: 'r' | 'f' | 'm') => customers.reduce((s, c) => s + c[k], 0);
  const scoreBands: { score: number; fromL: number; toL: number }[] = [];
  for (let l = 0; l < n; l++) {
    const score = 1 + Math.floor((bins * l) / n);
    const last = scoreBands[scoreBands.length - 1];
    if (last && last.score === score) last.toL = l;
    else scoreBands.push({ score, fromL: l, toL: l });
  }

  const focus = (step: 'measures' | 'scores' | 'segments'): WalkthroughCustomer => {
    const wanted = options.focus?.[step];
    if (wanted !== undefined) {
      const found = customers.find((c) => c.customer === wanted);
      if (!found) throw new EngineError('unknown-customer', `数据里没有客户 ${wanted}(customer ${wanted} is not in the data)`, { customer: wanted });
      return found;
    }
    return customers.find((c) => (amountsOf.get(c.customer) ?? []).some((a) => a < 0)) ?? customers[0]!;
  };
  const fm = focus('measures');
  const fs = focus('scores');
  const fg = focus('segments');
  const defaultAsOf = formatDay(latestDay + 1);

  return {
    asOf: formatDay(result.asOf),
    latestDate: formatDay(latestDay),
    defaultAsOf,
    bins,
    n,
    rows: records.map((r) => ({ customer: r.customer, date: r.date, amount: r.amount, kind: r.amount < 0 ? 'return' : 'purchase' })),
    customers,
    scoreSums: { r: sum('r'), f: sum('f'), m: sum('m') },
    meanScores: result.meanScores,
    scoreBands,
    quizzes: {
      rows: {
        prompt: '先自己找一找：数据中最后一天是哪天？默认的统计截止日是哪天？',
        customer: null,
        fields: [
          { key: 'latestDate', label: '数据的最后一天', kind: 'date', answer: formatDay(latestDay) },
          { key: 'defaultAsOf', label: '默认统计截止日', kind: 'date', answer: defaultAsOf },
        ],
      },
      measures: {
        prompt: `先自己算一算 ${fm.customer} 的 R、F、M（统计截止日 ${formatDay(result.asOf)}）。`,
        customer: fm.customer,
        fields: [
          { key: 'recency', label: `${fm.customer} 的 R（天）`, kind: 'number', answer: fm.recency },
          { key: 'frequency', label: `${fm.customer} 的 F（次）`, kind: 'number', answer: fm.frequency },
          { key: 'monetary', label: `${fm.customer} 的 M（元）`, kind: 'number', answer: fm.monetary },
        ],
      },
      scores: {
        prompt: `先自己算一算 ${fs.customer} 的三个得分（${bins} 档，N = ${n}）。`,
        customer: fs.customer,
        fields: [
          { key: 'r', label: `${fs.customer} 的 R 得分`, kind: 'number', answer: fs.r },
          { key: 'f', label: `${fs.customer} 的 F 得分`, kind: 'number', answer: fs.f },
          { key: 'm', label: `${fs.customer} 的 M 得分`, kind: 'number', answer: fs.m },
        ],
      },
      segments: {
        prompt: `${fg.customer} 的代码是 ${fg.code}。先判断：他属于哪一类客户？`,
        customer: fg.customer,
        fields: [{ key: 'segment', label: `${fg.customer} 的类别`, kind: 'segment', answer: fg.segment }],
      },
    },
  };
}

/** The segment names a quiz may offer (the cn8 model's eight). */
export const WALKTHROUGH_SEGMENT_CHOICES: readonly string[] = Object.freeze(CN8_SEGMENTS.map((s) => s.name));

function isoToDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3])) : Number.NaN;
  if (!match || formatDay(day) !== text) {
    throw new EngineError('invalid-as-of', `统计截止日“${text}”不是 YYYY-MM-DD 格式的有效日期(the as-of date must be a valid YYYY-MM-DD date)`, { asOf: text });
  }
  return day;
}

function monthDay(day: number): string {
  const [, month, dayOfMonth] = formatDay(day).split('-').map(Number);
  return `${month}月${dayOfMonth}日`;
}

function sumText(amounts: readonly number[], total: number): string {
  if (amounts.length === 1) return `${groupedNumber(total, 2)}`;
  const terms = amounts.map((a, i) => (i === 0 ? groupedNumber(a, 2) : a < 0 ? `− ${groupedNumber(-a, 2)}` : `+ ${groupedNumber(a, 2)}`));
  return `${terms.join(' ')} = ${groupedNumber(total, 2)}`;
}
