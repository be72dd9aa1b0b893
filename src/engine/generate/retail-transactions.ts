import { dayFromYmd } from '../core/dates';
import { formatDateTime } from './calendar';
import type { Random } from './random';
import { occasionsBetween, retailDayWeights, type Occasion } from './retail-season';
import { CATEGORIES, CATEGORY_BASE, CHANNELS, FIRST_HOUR, HOUR_WEIGHTS, RETAIL_REGIONS, STORE_WEIGHTS } from './retail-stores';
import type { GeneratedTable } from './table';

/** The life story of a member, which decides when, how often and how much they buy. */
export type RetailStory = 'loyal' | 'regular' | 'new' | 'lapsed' | 'one-off' | 'bargain' | 'occasional';

/** What a retail dataset is made from; `defaultRetailParams` gives the committed file's values. */
export interface RetailParams {
  /** The last day of data (day number, see `dayFromYmd`); the data covers `days` days ending here. */
  readonly endDay: number;
  readonly days: number;
  readonly members: number;
  /** Index into RETAIL_REGIONS: which six stores. */
  readonly region: number;
  /** Spread of members' spending power (σ of a log-normal): larger, more Pareto-shaped. */
  readonly valueSigma: number;
  /** Chance that an ordinary order line is returned (categories and stories scale it). */
  readonly returnRate: number;
  /** Share of members with each story (normalised). */
  readonly storyShares: Readonly<Record<RetailStory, number>>;
}

interface StoryBehaviour {
  /** Orders per year while active (before the member's own gamma-distributed multiplier). */
  readonly ordersPerYear: number;
  /** Multiplies line amounts. */
  readonly basket: number;
  /** Multiplies the return chance. */
  readonly returns: number;
  /** Chance of each channel style: mostly in store, omni-channel, mostly online. */
  readonly channelStyle: readonly [number, number, number];
  /** Chance that an order has 2 or 3 lines. */
  readonly extraLines: number;
}

const BEHAVIOUR: Readonly<Record<RetailStory, StoryBehaviour>> = {
  loyal: { ordersPerYear: 21, basket: 1.45, returns: 0.7, channelStyle: [0.5, 0.4, 0.1], extraLines: 0.32 },
  regular: { ordersPerYear: 6.5, basket: 1, returns: 1, channelStyle: [0.55, 0.3, 0.15], extraLines: 0.18 },
  new: { ordersPerYear: 8, basket: 0.95, returns: 1, channelStyle: [0.3, 0.4, 0.3], extraLines: 0.15 },
  lapsed: { ordersPerYear: 7, basket: 0.9, returns: 1.3, channelStyle: [0.55, 0.3, 0.15], extraLines: 0.15 },
  'one-off': { ordersPerYear: 0, basket: 1, returns: 1.5, channelStyle: [0.6, 0.3, 0.1], extraLines: 0.3 },
  bargain: { ordersPerYear: 4.5, basket: 0.55, returns: 2.2, channelStyle: [0.15, 0.35, 0.5], extraLines: 0.1 },
  occasional: { ordersPerYear: 1.2, basket: 0.8, returns: 1, channelStyle: [0.6, 0.25, 0.15], extraLines: 0.1 },
};

const STORIES = Object.keys(BEHAVIOUR) as RetailStory[];

/** Channel weights (门店, 小程序, 外卖平台, 社区团购) of the three channel styles. */
const CHANNEL_STYLES = [
  [0.8, 0.1, 0.07, 0.03],
  [0.45, 0.3, 0.15, 0.1],
  [0.12, 0.45, 0.28, 0.15],
] as const;

/** The committed `retail-transactions.csv`: 3,750 members, two years ending 2024-12-31, stores in 华东. */
export const defaultRetailParams: RetailParams = {
  endDay: dayFromYmd(2024, 12, 31),
  days: 731,
  members: 3750,
  region: 0,
  valueSigma: 0.55,
  returnRate: 0.035,
  storyShares: { loyal: 0.08, regular: 0.27, new: 0.14, lapsed: 0.2, 'one-off': 0.04, bargain: 0.17, occasional: 0.1 },
};

/**
 * A student's own parameters: the end date anywhere from mid-2023 to the end of 2025, 3,400–4,100
 * members, one of four store networks, and story shares, spending spread and return rate moved a
 * little, so every answer differs while the story (Pareto spend, seasonal peaks, returns) holds.
 * @throws never.
 * @example varyRetailParams(createRandom(7)).members // a whole number from 3,400 to 4,100
 */
export function varyRetailParams(random: Random): RetailParams {
  const first = dayFromYmd(2023, 6, 30);
  const last = dayFromYmd(2025, 12, 31);
  const shares = { ...defaultRetailParams.storyShares };
  for (const story of STORIES) shares[story] *= random.uniform(0.8, 1.2);
  return {
    endDay: random.int(first, last),
    days: 731,
    members: random.int(3400, 4100),
    region: random.int(0, RETAIL_REGIONS.length - 1),
    valueSigma: random.uniform(0.5, 0.6),
    returnRate: random.uniform(0.028, 0.045),
    storyShares: shares,
  };
}

interface Line {
  readonly minute: number; // minutes since day 0 of the data
  readonly orderKey: number;
  readonly member: number;
  readonly store: number;
  readonly channel: number;
  readonly category: number;
  readonly fen: number; // amount in fen (1/100 yuan); negative for a return
  readonly line: number;
}

/**
 * A retail chain's member transactions, one row per order line, sorted by time:
 * 订单号, 会员号, 下单时间, 门店, 渠道, 品类, 实付金额. Members follow life stories (loyal high-value,
 * regular, new, lapsed, one-off big spender, bargain hunter, occasional); days follow the retail
 * calendar (weekends, 年货 before 春节, 618, 双11, 双12, 国庆); a returned line is a later row with
 * the order number plus `-R` and a negative amount (docs/contracts.md §5: negative amount = return).
 * Source: the story design follows Fader & Hardie's buy-till-you-die view (heterogeneous purchase rates,
 * customers who drop out) and the 80/20 rule of Chinese CRM textbooks.
 * @throws EngineError `year-out-of-range` if the period leaves 2016–2030.
 * @example generateRetailTransactions(defaultRetailParams, createRandom(20241231)).rows // ≈ 45,000
 */
export function generateRetailTransactions(params: RetailParams, random: Random): GeneratedTable {
  const startDay = params.endDay - params.days + 1;
  const occasions = occasionsBetween(startDay, params.endDay);
  const everyday = cumulative(retailDayWeights(occasions, startDay, 'everyday'));
  const promo = cumulative(retailDayWeights(occasions, startDay, 'promo'));
  const categoryWeights = occasionCategoryWeights();
  const stores = RETAIL_REGIONS[params.region % RETAIL_REGIONS.length]!.stores;
  const storyWeights = STORIES.map((story) => params.storyShares[story]);

  const memberIds = drawMemberIds(params.members, random);
  const truth: Record<string, string> = {};
  const lines: Line[] = [];
  let orderKey = 0;

  for (let member = 0; member < params.members; member += 1) {
    const story = STORIES[random.weightedIndex(storyWeights)] as RetailStory;
    truth[memberIds[member] as string] = story;
    const behaviour = BEHAVIOUR[story];
    const channelWeights = CHANNEL_STYLES[random.weightedIndex(behaviour.channelStyle)] as readonly number[];
    const homeStore = random.weightedIndex(STORE_WEIGHTS);
    const value = random.logNormal(1, params.valueSigma) * behaviour.basket;
    const affinity = CATEGORIES.map((_, c) => (c === 6 && !random.chance(0.25) ? 0.05 : random.gamma(2, 0.5)));
    const [from, to] = activeWindow(story, params.days, random);
    const profile = story === 'bargain' || story === 'one-off' ? promo : everyday;

    let orders: number;
    if (story === 'one-off') orders = 1;
    else {
      const rate = (behaviour.ordersPerYear * random.gamma(2, 0.5) * (to - from + 1)) / 365;
      orders = Math.max(1, random.poisson(rate));
    }
    for (let k = 0; k < orders; k += 1) {
      const offset = sampleDay(profile, from, to, random);
      const occasion = occasions[offset] as Occasion;
      const channel = pickChannel(channelWeights, occasion, random);
      const store = random.chance(0.9) || channel !== 0 ? homeStore : random.weightedIndex(STORE_WEIGHTS);
      const minute = offset * 1440 + pickMinuteOfDay(channel, random);
      const lineCount = random.chance(behaviour.extraLines) ? (random.chance(0.25) ? 3 : 2) : 1;
      const used = new Set<number>();
      for (let line = 0; line < lineCount; line += 1) {
        const bigTicket = story === 'one-off' && line === 0;
        const category = bigTicket ? (random.chance(0.6) ? 8 : 3) : pickCategory(categoryWeights[occasion] as readonly number[], affinity, used, random);
        used.add(category);
        const fen = bigTicket
          ? toFen(clamp(random.logNormal(3200, 0.45), 1500, 12000))
          : toFen(Math.max(1, (CATEGORY_BASE.median[category] as number) * value * random.logNormal(1, 0.55)));
        lines.push({ minute, orderKey, member, store, channel, category, fen, line });
        const returnChance = params.returnRate * (CATEGORY_BASE.returns[category] as number) * behaviour.returns * (channel === 0 ? 1 : 1.4);
        if (random.chance(returnChance)) {
          const returnOffset = offset + 1 + Math.min(13, Math.floor(random.exponential(3)));
          const amount = random.chance(0.75) ? fen : Math.max(1, Math.round(fen * random.uniform(0.2, 0.8)));
          if (returnOffset < params.days) {
            lines.push({ minute: returnOffset * 1440 + pickMinuteOfDay(0, random), orderKey, member, store, channel, category, fen: -amount, line: line + 10 });
          }
        }
      }
      orderKey += 1;
    }
  }

  lines.sort((x, y) => x.minute - y.minute || x.orderKey - y.orderKey || x.line - y.line);
  return toTable(lines, startDay, memberIds, stores, truth);
}

function toTable(lines: readonly Line[], startDay: number, memberIds: readonly string[], stores: readonly string[], truth: Record<string, string>): GeneratedTable {
  const orderIds = new Map<number, string>();
  const dates: string[] = []; // 'YYYY-MM-DD ' per day offset, formatted once
  const n = lines.length;
  const order: string[] = new Array(n);
  const member: string[] = new Array(n);
  const time: string[] = new Array(n);
  const store: string[] = new Array(n);
  const channel: string[] = new Array(n);
  const category: string[] = new Array(n);
  const amount: number[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const line = lines[i] as Line;
    let id = orderIds.get(line.orderKey);
    if (id === undefined) {
      id = `D${100001 + orderIds.size}`;
      orderIds.set(line.orderKey, id);
    }
    order[i] = line.fen < 0 ? `${id}-R` : id;
    member[i] = memberIds[line.member] as string;
    const offset = Math.floor(line.minute / 1440);
    let date = dates[offset];
    if (date === undefined) {
      date = formatDateTime(startDay + offset, 0).slice(0, 11);
      dates[offset] = date;
    }
    time[i] = date + formatDateTime(0, line.minute % 1440).slice(11);
    store[i] = stores[line.store] as string;
    channel[i] = CHANNELS[line.channel] as string;
    category[i] = CATEGORIES[line.category] as string;
    amount[i] = line.fen / 100;
  }
  return {
    columns: RETAIL_COLUMNS,
    data: { 订单号: order, 会员号: member, 下单时间: time, 门店: store, 渠道: channel, 品类: category, 实付金额: amount },
    rows: n,
    truth,
  };
}

/** The data dictionary of the retail file. */
export const RETAIL_COLUMNS = [
  { name: '订单号', type: 'string', meaning: '订单编号（D 开头，按下单先后编号）；同一订单买了几个品类就有几行，共用一个订单号；退货行为原订单号加“-R”' },
  { name: '会员号', type: 'string', meaning: '会员编号（M 开头加 5 位数字），即客户 ID' },
  { name: '下单时间', type: 'datetime', meaning: '下单或退货的日期和时间（年-月-日 时:分）' },
  { name: '门店', type: 'string', meaning: '成交或发货的门店（城市名，同城多店加编号）；线上订单由会员常去的门店配送' },
  { name: '渠道', type: 'string', meaning: '下单渠道：门店（到店购买）、小程序（自营线上商城）、外卖（外卖平台）、团购（社区团购）' },
  { name: '品类', type: 'string', meaning: '商品大类：生鲜（果蔬）、粮油（副食）、零食、酒饮（酒水饮料）、日化（清洁）、美妆（个护）、母婴、家居（百货）、家电（数码）' },
  { name: '实付金额', type: 'number', decimals: 2, meaning: '该行实付金额（元，两位小数）；负数表示退货退款' },
] as const satisfies GeneratedTable['columns'];

/** Where in the period a member buys: [first, last] day offsets, inclusive. */
function activeWindow(story: RetailStory, days: number, random: Random): [number, number] {
  const last = days - 1;
  switch (story) {
    case 'new':
      return [random.int(last - 200, last - 20), last];
    case 'lapsed': {
      const from = random.chance(0.6) ? 0 : random.int(0, 180);
      const to = Math.min(from + random.int(120, 420), last - 200);
      return [from, Math.max(from + 30, to)];
    }
    case 'one-off':
      return [0, last];
    default:
      return [random.chance(0.7) ? 0 : random.int(0, Math.floor(days * 0.75)), last];
  }
}

function cumulative(weights: Float64Array): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) {
    total += weights[i] as number;
    sums[i] = total;
  }
  return sums;
}

/** A day offset in [from, to], drawn in proportion to the profile's day weights (binary search). */
function sampleDay(sums: Float64Array, from: number, to: number, random: Random): number {
  const low = from > 0 ? (sums[from - 1] as number) : 0;
  const target = low + random.float() * ((sums[to] as number) - low);
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sums[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function pickChannel(weights: readonly number[], occasion: Occasion, random: Random): number {
  const boost = occasion === '618' || occasion === '618-day' || occasion === 'double-11' || occasion === 'double-11-day' || occasion === 'double-12-day' ? 3 : 1;
  const delivery = occasion === 'spring-festival' ? 1.5 : 1;
  return random.weightedIndex([weights[0] as number, (weights[1] as number) * boost, (weights[2] as number) * delivery, weights[3] as number]);
}

function pickMinuteOfDay(channel: number, random: Random): number {
  const hours = HOUR_WEIGHTS[CHANNELS[channel] as (typeof CHANNELS)[number]];
  return (FIRST_HOUR + random.weightedIndex(hours)) * 60 + random.int(0, 59);
}

/** Category weights for each occasion: 年货 favours drinks, staples and snacks; 618 and 双11 appliances and cosmetics. */
function occasionCategoryWeights(): Readonly<Record<Occasion, readonly number[]>> {
  const boosted = (boosts: Readonly<Record<number, number>>): number[] =>
    CATEGORY_BASE.weight.map((w, c) => w * (boosts[c] ?? 1));
  return {
    none: boosted({}),
    'new-year-goods': boosted({ 1: 1.6, 2: 1.8, 3: 2.5 }),
    'spring-festival': boosted({ 0: 1.3, 3: 1.5 }),
    '618': boosted({ 5: 1.8, 8: 3 }),
    '618-day': boosted({ 5: 1.8, 8: 3 }),
    'double-11': boosted({ 5: 2.5, 6: 2, 8: 2.5 }),
    'double-11-day': boosted({ 5: 2.5, 6: 2, 8: 2.5 }),
    'double-12-day': boosted({ 5: 1.8, 7: 1.5 }),
    'national-day': boosted({ 3: 1.5, 2: 1.3 }),
  };
}

function pickCategory(weights: readonly number[], affinity: readonly number[], used: ReadonlySet<number>, random: Random): number {
  const mixed = weights.map((w, c) => (used.has(c) ? 0 : w * (affinity[c] as number)));
  return random.weightedIndex(mixed);
}

/** Distinct member numbers M10000–M99999 in random order (at most 90,000). */
function drawMemberIds(count: number, random: Random): string[] {
  const seen = new Set<number>();
  const ids: string[] = [];
  while (ids.length < count) {
    const n = random.int(10000, 99999);
    if (seen.has(n)) continue;
    seen.add(n);
    ids.push(`M${n}`);
  }
  return ids;
}

function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
