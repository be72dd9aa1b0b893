import { dayFromYmd } from '../core/dates';
import { formatDateTime, weekdayOf, yearOf } from './calendar';
import { detLog } from './det-math';
import type { Random } from './random';
import { occasionsBetween, type Occasion } from './retail-season';
import type { GeneratedTable } from './table';

/** What a complaint file is made from. */
export interface ComplaintParams {
  /** Last day of the year of tickets (day number). */
  readonly endDay: number;
  /** Expected number of tickets in the year. */
  readonly tickets: number;
}

/** The committed `complaint-tickets.csv`: about 1,500 tickets in the year to 2024-12-31. */
export const defaultComplaintParams: ComplaintParams = { endDay: dayFromYmd(2024, 12, 31), tickets: 1500 };

/**
 * A student's own parameters: the year ends anywhere from mid-2023 to the end of 2025; 1,100–1,900 tickets.
 * @throws never.
 * @example varyComplaintParams(createRandom(2)).tickets // from 1,100 to 1,900
 */
export function varyComplaintParams(random: Random): ComplaintParams {
  return { endDay: random.int(dayFromYmd(2023, 6, 30), dayFromYmd(2025, 12, 31)), tickets: random.int(1100, 1900) };
}

const TYPES = ['延误', '破损', '丢件', '服务态度', '费用争议', '信息错误', '其他'] as const;
const TYPE_WEIGHTS = [0.36, 0.18, 0.07, 0.14, 0.11, 0.08, 0.06] as const;
/** Chance of 一般, 较重, 严重 for each type. */
const SEVERITY = ['一般', '较重', '严重'] as const;
const SEVERITY_WEIGHTS: readonly (readonly [number, number, number])[] = [
  [0.55, 0.35, 0.1], [0.3, 0.45, 0.25], [0.1, 0.4, 0.5], [0.5, 0.35, 0.15], [0.6, 0.35, 0.05], [0.75, 0.22, 0.03], [0.7, 0.25, 0.05],
];
/** Median hours from acceptance to the answer given to the customer, per type. */
const MEDIAN_HOURS = [8, 30, 72, 6, 20, 4, 10] as const;
/** Chance of being solved at the first contact, per type. */
const FIRST_CONTACT = [0.7, 0.45, 0.2, 0.65, 0.5, 0.85, 0.6] as const;
const CHANNELS = ['热线', '在线', '门店', '微信'] as const;
/** Hours (from 07:00, 16 hours) when each channel takes complaints. */
const CHANNEL_HOURS: Readonly<Record<(typeof CHANNELS)[number], readonly number[]>> = {
  热线: [0, 3, 6, 8, 8, 6, 5, 6, 7, 7, 6, 5, 4, 3, 2, 0],
  在线: [1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 4],
  门店: [0, 0, 3, 6, 6, 4, 4, 6, 6, 5, 4, 0, 0, 0, 0, 0],
  微信: [1, 2, 3, 4, 4, 5, 4, 4, 4, 4, 4, 5, 6, 7, 7, 5],
};

/** Volume factor per occasion: the weeks after 双11 and before 春节 bring delays and damage. */
function volumeFactor(occasion: Occasion, afterDouble11: boolean): number {
  if (afterDouble11) return 2.3;
  if (occasion === 'new-year-goods') return 1.6;
  if (occasion === 'spring-festival') return 1.3;
  if (occasion === '618-day' || occasion === '618') return 1.2;
  return 1;
}

/**
 * Complaint tickets of an express company for one year, sorted by acceptance time: channel, type,
 * severity, hours to the answer, first-contact resolution, the customer's satisfaction and where the
 * ticket stands in the flow 接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档. Delays dominate (a Pareto
 * chart of types), the three weeks after 双11 bring 2.3 times the usual volume, lost parcels take
 * longest, and satisfaction falls when a ticket is not solved at once or takes more than two days.
 * Tickets still open at the end of the period have no hours, resolution or satisfaction yet.
 * Source: the complaint flow of 《客户关系管理与投诉处理作业指导书》 ch. 4 (syllabus document 003);
 * the recovery paradox and first-contact resolution: Tax, Brown & Chandrashekaran (1998), J. Marketing 62(2).
 * @throws EngineError `year-out-of-range` if the year leaves 2016–2030.
 * @example generateComplaintTickets(defaultComplaintParams, createRandom(4)).rows // ≈ 1,500
 */
export function generateComplaintTickets(params: ComplaintParams, random: Random): GeneratedTable {
  const startDay = params.endDay - 364;
  const occasions = occasionsBetween(startDay, params.endDay);
  const weights = occasions.map((occasion, i) => {
    const date = startDay + i;
    const afterDouble11 = isAfterDouble11(occasions, i);
    const weekend = weekdayOf(date) >= 5 ? 0.8 : 1;
    return volumeFactor(occasion, afterDouble11) * weekend;
  });
  const weightSum = weights.reduce((a, b) => a + b, 0);

  interface Ticket {
    minute: number;
    channel: number;
    type: number;
    severity: number;
    hours: number | null;
    firstContact: boolean | null;
    satisfaction: number | null;
    status: string;
  }
  const tickets: Ticket[] = [];
  const endMinute = (params.endDay - startDay + 1) * 1440; // midnight after the last day
  for (let i = 0; i < weights.length; i += 1) {
    const count = random.poisson((params.tickets * (weights[i] as number)) / weightSum);
    const progress = i / weights.length;
    const afterDouble11 = isAfterDouble11(occasions, i);
    for (let k = 0; k < count; k += 1) {
      const channel = random.weightedIndex([0.38, 0.2, 0.1, 0.32 * (0.6 + 0.8 * progress)]);
      const typeWeights = TYPE_WEIGHTS.map((w, t) => (afterDouble11 && t === 0 ? w * 1.8 : w));
      const type = random.weightedIndex(typeWeights);
      const severity = random.weightedIndex(SEVERITY_WEIGHTS[type] as readonly number[]);
      const hourWeights = CHANNEL_HOURS[CHANNELS[channel] as (typeof CHANNELS)[number]];
      const minute = i * 1440 + (7 + random.weightedIndex(hourWeights)) * 60 + random.int(0, 59);
      const hours = Math.max(0.2, Math.round(random.logNormal((MEDIAN_HOURS[type] as number) * (1 + 0.4 * severity) * (afterDouble11 ? 1.5 : 1), 0.7) * 10) / 10);
      const firstContact = random.chance(Math.min(0.95, (FIRST_CONTACT[type] as number) + (channel === 0 || channel === 3 ? 0.05 : 0) - 0.15 * (severity === 2 ? 1 : 0)));
      const answeredAt = minute + hours * 60;
      const responds = random.chance(0.85);
      const mood = 4.1 + (firstContact ? 0.5 : -0.6) - 0.35 * detLog(Math.max(1, hours / 24)) - (hours > 48 ? 0.5 : 0) - (type === 3 ? 0.4 : 0) - 0.3 * (severity === 2 ? 1 : 0) + 0.7 * random.normal();
      if (answeredAt > endMinute) {
        const share = (endMinute - minute) / (hours * 60);
        const status = share < 0.1 ? '已接收' : share < 0.2 ? '已分类' : share < 0.5 ? '调查核实中' : '处理中';
        tickets.push({ minute, channel, type, severity, hours: null, firstContact: null, satisfaction: null, status });
      } else {
        const archived = answeredAt + 48 * 60 <= endMinute;
        const satisfaction = archived && responds ? Math.min(5, Math.max(1, Math.round(mood))) : null;
        tickets.push({ minute, channel, type, severity, hours, firstContact, satisfaction, status: archived ? '已归档' : '已反馈' });
      }
    }
  }
  tickets.sort((a, b) => a.minute - b.minute);
  const perYear = new Map<number, number>();
  const ids = tickets.map((t) => {
    const y = yearOf(startDay + Math.floor(t.minute / 1440));
    const next = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, next);
    return `TS${y}${String(next).padStart(5, '0')}`;
  });
  return {
    columns: COMPLAINT_COLUMNS,
    data: {
      工单号: ids,
      受理时间: tickets.map((t) => formatDateTime(startDay + Math.floor(t.minute / 1440), t.minute % 1440)),
      渠道: tickets.map((t) => CHANNELS[t.channel] as string),
      类型: tickets.map((t) => TYPES[t.type] as string),
      严重程度: tickets.map((t) => SEVERITY[t.severity] as string),
      '处理时长(小时)': tickets.map((t) => t.hours),
      是否一次解决: tickets.map((t) => (t.firstContact === null ? null : t.firstContact ? '是' : '否')),
      客户满意度: tickets.map((t) => t.satisfaction),
      状态: tickets.map((t) => t.status),
    },
    rows: tickets.length,
  };
}

/** The data dictionary of the complaint file. */
export const COMPLAINT_COLUMNS = [
  { name: '工单号', type: 'string', meaning: '投诉工单编号：TS + 受理年份 + 当年 5 位流水号' },
  { name: '受理时间', type: 'datetime', meaning: '接收投诉的日期和时间（流程第一步“接收”）' },
  { name: '渠道', type: 'string', meaning: '投诉渠道：热线（客服电话）、在线（官网/App）、门店、微信' },
  { name: '类型', type: 'string', meaning: '投诉类型（流程第二步“分类”）：延误、破损、丢件、服务态度、费用争议、信息错误、其他' },
  { name: '严重程度', type: 'string', meaning: '严重程度：一般、较重、严重' },
  { name: '处理时长(小时)', type: 'number', decimals: 1, meaning: '从受理到向客户反馈处理结果的小时数；尚未反馈的工单为空' },
  { name: '是否一次解决', type: 'string', meaning: '是否在第一次联系中就解决（是/否）；尚未反馈的工单为空' },
  { name: '客户满意度', type: 'integer', meaning: '归档前回访的满意度，1 = 很不满意 … 5 = 非常满意；未回访或客户未回答为空' },
  { name: '状态', type: 'string', meaning: '工单所处环节：已接收 → 已分类 → 调查核实中 → 处理中 → 已反馈 → 已归档（反馈 48 小时后回访归档）' },
] as const satisfies GeneratedTable['columns'];

/** True in the 21 days from 11 November (the parcel wave after 双11). */
function isAfterDouble11(occasions: readonly Occasion[], index: number): boolean {
  for (let back = 0; back <= 20; back += 1) {
    if (occasions[index - back] === 'double-11-day') return true;
  }
  return false;
}
