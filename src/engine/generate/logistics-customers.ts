import { LOGISTICS_INDUSTRIES, LOGISTICS_REGIONS, type LogisticsIndustry } from './logistics-names';
import type { Random } from './random';
import type { GeneratedTable } from './table';

/** The kind of B2B customer a row was drawn as (kept in `truth`, never in the CSV). */
export type LogisticsStory =
  | 'loss-making-giant' // the biggest customer, and it loses money
  | 'churned-key-account'
  | 'small-star' // small, very profitable, growing
  | 'key-profitable'
  | 'steady-mid'
  | 'small-ok'
  | 'thin-margin-big'
  | 'bad-payer'
  | 'low-fit'
  | 'new-potential';

/** What a logistics customer file is made from. */
export interface LogisticsParams {
  readonly customers: number;
  /** Multiplies every revenue (a bigger or smaller company). */
  readonly scale: number;
}

/** The committed `logistics-customers.csv`: 160 customers. */
export const defaultLogisticsParams: LogisticsParams = { customers: 160, scale: 1 };

/**
 * A student's own parameters: 130–190 customers and a company 15 % smaller to 20 % bigger.
 * @throws never.
 * @example varyLogisticsParams(createRandom(1)).customers // a whole number from 130 to 190
 */
export function varyLogisticsParams(random: Random): LogisticsParams {
  return { customers: random.int(130, 190), scale: random.uniform(0.85, 1.2) };
}

interface Range {
  readonly revenue: readonly [median: number, sigma: number, low: number, high: number];
  readonly margin: readonly [number, number];
  readonly requests: readonly [number, number];
  readonly payDays: readonly [number, number];
  readonly growth: readonly [number, number];
  readonly fit: readonly [number, number];
  readonly years: readonly [number, number];
  readonly industries?: readonly LogisticsIndustry[];
  readonly notes: readonly string[];
}

const RANGES: Readonly<Record<Exclude<LogisticsStory, 'loss-making-giant' | 'churned-key-account'>, Range & { share: number }>> = {
  'key-profitable': {
    share: 0.09, revenue: [1100, 0.5, 500, 3500], margin: [0.17, 0.27], requests: [10, 60], payDays: [20, 35],
    growth: [0.02, 0.18], fit: [0.75, 0.95], years: [4, 15],
    industries: ['快消品', '医药', '家电制造', '汽车零部件', '电子元器件'],
    notes: ['长期合作，签有年度框架协议', '曾向我们推荐新客户', '需求稳定，预测准确，便于排班', ''],
  },
  'steady-mid': {
    share: 0.22, revenue: [280, 0.5, 100, 900], margin: [0.13, 0.23], requests: [5, 40], payDays: [25, 60],
    growth: [-0.05, 0.15], fit: [0.55, 0.85], years: [2, 10],
    notes: ['合作稳定', '旺季需求上升明显', '', '', ''],
  },
  'small-ok': {
    share: 0.22, revenue: [45, 0.6, 8, 150], margin: [0.1, 0.22], requests: [2, 25], payDays: [20, 60],
    growth: [-0.15, 0.2], fit: [0.4, 0.8], years: [1, 8],
    notes: ['发货零散，批量小', '', '', ''],
  },
  'small-star': {
    share: 0.07, revenue: [110, 0.4, 50, 260], margin: [0.3, 0.4], requests: [0, 8], payDays: [15, 30],
    growth: [0.3, 0.7], fit: [0.8, 0.97], years: [1, 5],
    industries: ['医药', '电子元器件', '生鲜冷链', '跨境贸易'],
    notes: ['体量不大，但单价高、要求清晰', '近两年业务快速增长', '总是提前付款', ''],
  },
  'thin-margin-big': {
    share: 0.05, revenue: [1800, 0.3, 1000, 3200], margin: [0.07, 0.11], requests: [60, 160], payDays: [60, 100],
    growth: [0, 0.12], fit: [0.45, 0.7], years: [3, 10],
    industries: ['电商', '服装纺织', '快消品'],
    notes: ['量大价低，每年招标压价', '对账周期长，常有运费争议'],
  },
  'bad-payer': {
    share: 0.15, revenue: [160, 0.7, 20, 700], margin: [0.12, 0.22], requests: [10, 60], payDays: [95, 180],
    growth: [-0.2, 0.1], fit: [0.3, 0.6], years: [1, 8],
    notes: ['多次催收才付款', '去年有一笔账款计提坏账', '常以货损为由拒付运费', ''],
  },
  'low-fit': {
    share: 0.12, revenue: [90, 0.6, 15, 400], margin: [0.04, 0.12], requests: [30, 120], payDays: [30, 80],
    growth: [-0.1, 0.15], fit: [0.08, 0.35], years: [1, 6],
    industries: ['化工', '建材家居', '生鲜冷链'],
    notes: ['发往偏远地区，线路难以整合', '需求零散且不可预测', ''],
  },
  'new-potential': {
    share: 0.07, revenue: [60, 0.6, 10, 300], margin: [0.15, 0.28], requests: [2, 20], payDays: [20, 45],
    growth: [0.5, 2], fit: [0.5, 0.95], years: [0, 0],
    notes: ['今年新签约，试单阶段', '行业头部企业的区域分公司，潜力大', ''],
  },
};

/** Why the network does not suit a low-fit customer, by industry. */
const LOW_FIT_NOTES: Partial<Record<LogisticsIndustry, string>> = {
  化工: '危险品运输资质和车辆要求高，我们的网络不擅长',
  建材家居: '超大超重件多，装卸和线路难以整合',
  生鲜冷链: '要求全程冷链，我们只能外包',
};

interface Customer {
  story: LogisticsStory;
  industry: LogisticsIndustry;
  region: number;
  place: string;
  noun: string;
  years: number;
  revenue: number; // 万元
  margin: number;
  shipments: number;
  requests: number;
  serviceCost: number; // 万元
  payDays: number;
  growth: number;
  fit: number;
  status: '合作中' | '已流失' | '新签约';
  note: string;
}

/**
 * A logistics company's B2B customers, one row per customer: revenue, margin, shipments, cost to serve,
 * payment days and record, growth, strategic fit, region and a short note. Stories: the biggest customer
 * loses money (huge volume, thin margin, hundreds of urgent requests, ~150-day payment), small customers
 * that are very profitable and growing, a key account that has just left, late payers and customers
 * the network does not fit; revenue is Pareto-shaped for ABC analysis.
 * Cost to serve = 1.5 万元 account management + 1.5–4 % of revenue + 0.35 万元 per urgent or special request
 * + 1 % of revenue in collection cost when payment takes over 90 days; profit = revenue × margin − cost.
 * Source: activity-based cost-to-serve and the "not every customer is a good customer" standards of
 * 苏朝晖《客户关系管理》 ch. 3; Kaplan & Narayanan, "Measuring and managing customer profitability" (2001).
 * @throws never.
 * @example generateLogisticsCustomers(defaultLogisticsParams, createRandom(3)).rows // 160
 */
export function generateLogisticsCustomers(params: LogisticsParams, random: Random): GeneratedTable {
  const customers: Customer[] = [];
  const kinds = Object.keys(RANGES) as (keyof typeof RANGES)[];
  const shares = kinds.map((kind) => RANGES[kind].share);
  customers.push(lossMakingGiant(params, random), churnedKeyAccount(params, random));
  // at least two small stars, then the rest by share
  customers.push(fromRange('small-star', params, random), fromRange('small-star', params, random));
  while (customers.length < params.customers) {
    customers.push(fromRange(kinds[random.weightedIndex(shares)] as keyof typeof RANGES, params, random));
  }
  const order = random.shuffle(customers);
  const names = uniqueNames(order);
  const ids = order.map((_, i) => `KH${String(i + 1).padStart(3, '0')}`);
  const truth: Record<string, string> = {};
  order.forEach((c, i) => {
    truth[ids[i] as string] = c.story;
  });
  return {
    columns: LOGISTICS_COLUMNS,
    data: {
      客户编号: ids,
      客户名称: names,
      行业: order.map((c) => c.industry),
      区域: order.map((c) => LOGISTICS_REGIONS[c.region]!.region),
      合作年限: order.map((c) => c.years),
      '年营收(万元)': order.map((c) => c.revenue),
      毛利率: order.map((c) => c.margin),
      年发货票数: order.map((c) => c.shipments),
      特殊要求次数: order.map((c) => c.requests),
      '服务成本(万元)': order.map((c) => c.serviceCost),
      平均回款天数: order.map((c) => c.payDays),
      付款记录: order.map((c) => paymentRecord(c.payDays)),
      年增长率: order.map((c) => c.growth),
      与定位匹配度: order.map((c) => c.fit),
      状态: order.map((c) => c.status),
      备注: order.map((c) => c.note),
    },
    rows: order.length,
    truth,
  };
}

/** The data dictionary of the logistics file. */
export const LOGISTICS_COLUMNS = [
  { name: '客户编号', type: 'string', meaning: '客户编号（KH 加 3 位数字）' },
  { name: '客户名称', type: 'string', meaning: '客户名称（虚构并匿名化：城市或区域 + “某” + 行业，不对应任何真实企业）' },
  { name: '行业', type: 'string', meaning: '客户所在行业' },
  { name: '区域', type: 'string', meaning: '客户总部所在区域：华东、华南、华北、华中、西南、西北、东北' },
  { name: '合作年限', type: 'integer', meaning: '与本公司合作的整年数；0 表示今年新签约' },
  { name: '年营收(万元)', type: 'number', decimals: 1, meaning: '本公司近 12 个月从该客户获得的营业收入（万元），ABC 分类按它排序' },
  { name: '毛利率', type: 'number', decimals: 3, meaning: '该客户业务的运输毛利率（小数，0.185 即 18.5%），只扣运输直接成本' },
  { name: '年发货票数', type: 'integer', meaning: '近 12 个月为该客户发运的票数（运单数）' },
  { name: '特殊要求次数', type: 'integer', meaning: '近 12 个月加急、临时改单、指定时段送货等特殊要求的次数' },
  { name: '服务成本(万元)', type: 'number', decimals: 1, meaning: '服务该客户的间接成本（万元）：客户经理、特殊要求处理、对账催收等；客户利润 = 年营收 × 毛利率 − 服务成本' },
  { name: '平均回款天数', type: 'integer', meaning: '从开票到收款的平均天数（合同账期一般为月结 30 天）' },
  { name: '付款记录', type: 'string', meaning: '付款表现：按时（平均回款 ≤ 30 天）、偶尔逾期（31–90 天）、经常逾期（超过 90 天）' },
  { name: '年增长率', type: 'number', decimals: 2, meaning: '年营收比上一年的增长率（小数，−0.65 即下降 65%）；新签约客户按试单期折算' },
  { name: '与定位匹配度', type: 'number', decimals: 2, meaning: '客户需求与本公司定位（华东为主的零担与仓配网络）的匹配程度，0–1，越大越匹配' },
  { name: '状态', type: 'string', meaning: '合作状态：合作中、新签约、已流失（近期已转投竞争对手）' },
  { name: '备注', type: 'string', meaning: '客户经理的简短备注，可为空' },
] as const satisfies GeneratedTable['columns'];

/** 按时 up to 30 days (the usual 月结 term), 偶尔逾期 up to 90, else 经常逾期 (beyond 90 days is a credit risk). */
function paymentRecord(payDays: number): string {
  if (payDays <= 30) return '按时';
  if (payDays <= 90) return '偶尔逾期';
  return '经常逾期';
}

function lossMakingGiant(params: LogisticsParams, random: Random): Customer {
  const revenue = round1(random.uniform(4300, 4900) * params.scale);
  const requests = random.int(300, 340);
  const margin = round3(random.uniform(0.05, 0.056));
  return finish(
    {
      story: 'loss-making-giant', industry: '电商', region: 0, place: '华东', noun: '电商平台', years: 6,
      revenue, margin, shipments: 0, requests, serviceCost: 0, payDays: random.int(148, 165),
      growth: round2(random.uniform(0.15, 0.22)), fit: round2(random.uniform(0.3, 0.4)), status: '合作中',
      note: '业务量最大；旺季大量加急和临时改单，回款常拖到 150 天以上',
    },
    random,
    [0.032, 0.04], // with ≥ 300 requests this keeps it loss-making for every variant
  );
}

function churnedKeyAccount(params: LogisticsParams, random: Random): Customer {
  return finish(
    {
      story: 'churned-key-account', industry: random.pick(['家电制造', '汽车零部件'] as const), region: 0, place: random.pick(['苏州', '宁波', '无锡']),
      noun: '', years: random.int(7, 11), revenue: round1(random.uniform(700, 850) * params.scale),
      margin: round3(random.uniform(0.19, 0.23)), shipments: 0, requests: random.int(12, 30), serviceCost: 0,
      payDays: random.int(25, 35), growth: round2(random.uniform(-0.72, -0.62)), fit: round2(random.uniform(0.8, 0.9)),
      status: '已流失', note: '原战略客户；今年因一次丢件事故和竞争对手降价，已转投对手',
    },
    random,
  );
}

function fromRange(story: keyof typeof RANGES, params: LogisticsParams, random: Random): Customer {
  const range = RANGES[story];
  const [median, sigma, low, high] = range.revenue;
  const churned = (story === 'small-ok' || story === 'steady-mid' || story === 'bad-payer') && random.chance(0.04);
  const industry = range.industries ? random.pick(range.industries) : (random.pick(LOGISTICS_INDUSTRIES).industry as LogisticsIndustry);
  const misfit = story === 'low-fit' ? LOW_FIT_NOTES[industry] : undefined;
  const growth = random.uniform(range.growth[0], range.growth[1]);
  return finish(
    {
      story,
      industry,
      region: random.weightedIndex(LOGISTICS_REGIONS.map((r) => r.weight)),
      place: '',
      noun: '',
      years: random.int(range.years[0], range.years[1]),
      revenue: round1(Math.min(high, Math.max(low, random.logNormal(median, sigma))) * params.scale),
      margin: round3(random.uniform(range.margin[0], range.margin[1])),
      shipments: 0,
      requests: random.int(range.requests[0], range.requests[1]),
      serviceCost: 0,
      payDays: random.int(range.payDays[0], range.payDays[1]),
      growth: round2(churned ? random.uniform(-0.9, -0.4) : growth),
      fit: round2(random.uniform(range.fit[0], range.fit[1])),
      status: churned ? '已流失' : story === 'new-potential' ? '新签约' : '合作中',
      note: churned ? '近期已转投竞争对手' : misfit && random.chance(0.7) ? misfit : random.pick(range.notes),
    },
    random,
  );
}

/** Fills in the place and firm noun, shipments and cost to serve. */
function finish(customer: Customer, random: Random, costShare: readonly [number, number] = [0.015, 0.04]): Customer {
  const industry = LOGISTICS_INDUSTRIES.find((i) => i.industry === customer.industry)!;
  if (!customer.place) customer.place = random.pick(LOGISTICS_REGIONS[customer.region]!.places);
  if (!customer.noun) customer.noun = random.pick(industry.nouns);
  customer.shipments = Math.max(1, Math.round((customer.revenue * 10000) / (industry.yuanPerShipment * random.uniform(0.8, 1.25))));
  const collection = customer.payDays > 90 ? 0.01 * customer.revenue : 0;
  customer.serviceCost = round1(1.5 + customer.revenue * random.uniform(costShare[0], costShare[1]) + 0.35 * customer.requests + collection);
  return customer;
}

/** `place某noun`, with (B), (C)… added when two customers would share a name. */
function uniqueNames(customers: readonly Customer[]): string[] {
  const seen = new Map<string, number>();
  return customers.map((c) => {
    const base = `${c.place}某${c.noun}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}(${String.fromCharCode(64 + count)})`;
  });
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
