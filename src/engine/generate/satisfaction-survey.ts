import type { Random } from './random';
import type { GeneratedColumn, GeneratedTable } from './table';

/** The five SERVQUAL dimensions, in Parasuraman, Zeithaml & Berry's order. */
export const SERVQUAL_DIMENSIONS = ['有形性', '可靠性', '响应性', '保证性', '移情性'] as const;
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

/** The questionnaire's items per dimension: the column is `维度_条目`, e.g. `可靠性_按时送达`. */
export const SERVQUAL_ITEMS: Readonly<Record<ServqualDimension, readonly { item: string; question: string; offset: number }[]>> = {
  有形性: [
    { item: '网点环境', question: '营业网点整洁、明亮', offset: 0.1 },
    { item: '车辆设备', question: '运输车辆和设备现代化', offset: 0 },
    { item: '员工仪表', question: '快递员着装整洁规范', offset: 0.05 },
    { item: '包装材料', question: '包装材料结实美观', offset: -0.1 },
  ],
  可靠性: [
    { item: '按时送达', question: '快件在承诺时间内送达', offset: -0.3 },
    { item: '货物完好', question: '快件送达时完好无损', offset: 0.25 },
    { item: '信息准确', question: '物流跟踪信息准确及时', offset: -0.05 },
    { item: '承诺兑现', question: '答应的事情说到做到', offset: 0.05 },
  ],
  响应性: [
    { item: '响应速度', question: '遇到问题能迅速响应', offset: 0 },
    { item: '电话接通', question: '客服电话容易接通', offset: -0.2 },
    { item: '处理及时', question: '投诉和问题处理及时', offset: 0.1 },
  ],
  保证性: [
    { item: '专业能力', question: '员工有足够的专业知识', offset: 0 },
    { item: '礼貌可信', question: '员工礼貌、值得信赖', offset: 0.1 },
    { item: '货物安全', question: '交寄的物品让人放心', offset: -0.05 },
  ],
  移情性: [
    { item: '个性化服务', question: '能根据我的需要提供个性化服务', offset: -0.15 },
    { item: '时间便利', question: '收寄时间安排方便', offset: 0.15 },
    { item: '理解需求', question: '真正理解我的需求', offset: 0 },
  ],
};

/** What a survey is made from; means are on the 1–5 scale. */
export interface SurveyParams {
  readonly respondents: number;
  /** Mean perceived performance per dimension. */
  readonly perception: Readonly<Record<ServqualDimension, number>>;
  /** Mean expectation per dimension (the expectations file). */
  readonly expectation: Readonly<Record<ServqualDimension, number>>;
  /** Mean importance per dimension. */
  readonly importance: Readonly<Record<ServqualDimension, number>>;
  /** Chance that one answer is left empty. */
  readonly missingRate: number;
}

/**
 * The committed survey: 600 respondents of an express-delivery company. Reliability matters most
 * (importance 4.6) and performs worst (3.05, expected 4.65); tangibles matter least (2.9) and perform
 * best (4.15, above the 3.4 expected): money has gone into tangibles instead of reliability.
 */
export const defaultSurveyParams: SurveyParams = {
  respondents: 600,
  perception: { 有形性: 4.15, 可靠性: 3.05, 响应性: 3.35, 保证性: 3.85, 移情性: 3.5 },
  expectation: { 有形性: 3.4, 可靠性: 4.65, 响应性: 4.3, 保证性: 4.2, 移情性: 3.9 },
  importance: { 有形性: 2.9, 可靠性: 4.6, 响应性: 4.1, 保证性: 3.9, 移情性: 3.5 },
  missingRate: 0.02,
};

/**
 * A student's own survey: 450–750 respondents and every mean moved by up to ±0.15, keeping the
 * story (reliability most important and furthest below expectation; tangibles least important and above it).
 * @throws never.
 * @example varySurveyParams(createRandom(5)).respondents // from 450 to 750
 */
export function varySurveyParams(random: Random): SurveyParams {
  const shift = (means: Readonly<Record<ServqualDimension, number>>): Record<ServqualDimension, number> => {
    const out = { ...means };
    for (const d of SERVQUAL_DIMENSIONS) out[d] = Math.round((means[d] + random.uniform(-0.15, 0.15)) * 100) / 100;
    return out;
  };
  return {
    respondents: random.int(450, 750),
    perception: shift(defaultSurveyParams.perception),
    expectation: shift(defaultSurveyParams.expectation),
    importance: shift(defaultSurveyParams.importance),
    missingRate: random.uniform(0.01, 0.03),
  };
}

const SEGMENTS = ['个人寄件', '电商商家', '企业客户'] as const;
const SEGMENT_WEIGHTS = [0.55, 0.3, 0.15] as const;
/** Segment effects on perception: online sellers suffer most from late deliveries. */
const SEGMENT_EFFECT: Readonly<Record<(typeof SEGMENTS)[number], Partial<Record<ServqualDimension, number>>>> = {
  个人寄件: { 有形性: 0.1 },
  电商商家: { 可靠性: -0.3, 响应性: -0.2 },
  企业客户: { 保证性: 0.1, 移情性: -0.1 },
};
const FREQUENCIES = ['每周多次', '每周一次', '每月数次', '偶尔'] as const;
/** Weight of each dimension's perception in overall satisfaction (a key-driver story). */
const DRIVER_WEIGHTS: Readonly<Record<ServqualDimension, number>> = { 有形性: 0.05, 可靠性: 0.45, 响应性: 0.2, 保证性: 0.15, 移情性: 0.1 };

/** Column names of the Likert items, `维度_条目`, in questionnaire order. */
export const SURVEY_ITEM_COLUMNS: readonly string[] = SERVQUAL_DIMENSIONS.flatMap((d) => SERVQUAL_ITEMS[d].map((i) => `${d}_${i.item}`));

/** The survey and the same respondents' expectations. */
export interface SurveyTables {
  readonly survey: GeneratedTable;
  readonly expectations: GeneratedTable;
}

/**
 * A SERVQUAL satisfaction survey of an express-delivery company's customers, and the same respondents'
 * expectations. Each respondent has a general mood (halo) and a perception per dimension; items are
 * rounded to 1–5; importance 1–5 per dimension; overall satisfaction (CSAT, 1–5) is driven mostly by
 * reliability; the recommend question (NPS, 0–10) follows overall satisfaction; about 2 % of answers are
 * empty. Gap = perception − expectation, item by item (the two files share item column names).
 * Source: Parasuraman, Zeithaml & Berry, "SERVQUAL" (1988), J. Retailing 64(1); Reichheld, "The one
 * number you need to grow" (2003), HBR; importance–performance analysis: Martilla & James (1977).
 * @throws never.
 * @example generateSatisfactionSurvey(defaultSurveyParams, createRandom(8)).survey.rows // 600
 */
export function generateSatisfactionSurvey(params: SurveyParams, random: Random): SurveyTables {
  const n = params.respondents;
  const ids = Array.from({ length: n }, (_, i) => `S${String(i + 1).padStart(4, '0')}`);
  const survey: Record<string, (string | number | null)[]> = { 问卷编号: ids, 客户类型: [], 使用频率: [] };
  const expectations: Record<string, (string | number | null)[]> = { 问卷编号: ids };
  for (const column of SURVEY_ITEM_COLUMNS) {
    survey[column] = [];
    expectations[column] = [];
  }
  for (const d of SERVQUAL_DIMENSIONS) survey[`重要性_${d}`] = [];
  survey['总体满意度'] = [];
  survey['推荐意愿'] = [];

  const missing = (value: number): number | null => (random.chance(params.missingRate) ? null : value);
  for (let r = 0; r < n; r += 1) {
    const segment = SEGMENTS[random.weightedIndex(SEGMENT_WEIGHTS)] as (typeof SEGMENTS)[number];
    survey['客户类型']!.push(segment);
    survey['使用频率']!.push(FREQUENCIES[random.weightedIndex([0.2, 0.3, 0.3, 0.2])] as string);
    const halo = random.normal();
    const skipsImportance = random.chance(0.04);
    let driver = 0.15;
    for (const d of SERVQUAL_DIMENSIONS) {
      const perceived = params.perception[d] + (SEGMENT_EFFECT[segment][d] ?? 0) + 0.45 * halo + 0.55 * random.normal();
      const importance = likert(params.importance[d] + 0.6 * random.normal(), 1, 5);
      const expected = params.expectation[d] + 0.3 * (importance - params.importance[d]) + 0.35 * random.normal();
      driver += DRIVER_WEIGHTS[d] * perceived;
      for (const item of SERVQUAL_ITEMS[d]) {
        survey[`${d}_${item.item}`]!.push(missing(likert(perceived + item.offset + 0.5 * random.normal(), 1, 5)));
        expectations[`${d}_${item.item}`]!.push(missing(likert(expected + 0.4 * random.normal(), 1, 5)));
      }
      survey[`重要性_${d}`]!.push(skipsImportance ? null : missing(importance));
    }
    const overall = driver + 0.45 * random.normal();
    survey['总体满意度']!.push(missing(likert(overall, 1, 5)));
    survey['推荐意愿']!.push(missing(likert(2.4 * overall - 1.2 + 1.2 * random.normal(), 0, 10)));
  }
  const surveyColumns: GeneratedColumn[] = [
    { name: '问卷编号', type: 'string', meaning: '问卷编号（S 加 4 位数字），与期望值文件的问卷编号一一对应' },
    { name: '客户类型', type: 'string', meaning: '受访者类型：个人寄件、电商商家、企业客户' },
    { name: '使用频率', type: 'string', meaning: '使用本公司快递服务的频率' },
    ...itemColumns('感知'),
    ...SERVQUAL_DIMENSIONS.map<GeneratedColumn>((d) => ({ name: `重要性_${d}`, type: 'integer', meaning: `“${d}”这一维度对受访者的重要程度，1 = 很不重要 … 5 = 非常重要；空白 = 未作答` })),
    { name: '总体满意度', type: 'integer', meaning: '总体满意度，1 = 很不满意 … 5 = 非常满意；CSAT = 选 4 或 5 的比例' },
    { name: '推荐意愿', type: 'integer', meaning: '“您向朋友推荐本公司的可能性有多大？”0–10；NPS = 9–10 分占比 − 0–6 分占比' },
  ];
  const expectationColumns: GeneratedColumn[] = [
    { name: '问卷编号', type: 'string', meaning: '问卷编号，与满意度调查文件的问卷编号一一对应' },
    ...itemColumns('期望'),
  ];
  return {
    survey: { columns: surveyColumns, data: survey, rows: n },
    expectations: { columns: expectationColumns, data: expectations, rows: n },
  };
}

function itemColumns(kind: '感知' | '期望'): GeneratedColumn[] {
  return SERVQUAL_DIMENSIONS.flatMap((d) =>
    SERVQUAL_ITEMS[d].map<GeneratedColumn>((i) => ({
      name: `${d}_${i.item}`,
      type: 'integer',
      meaning:
        kind === '感知'
          ? `${d}维度：“${i.question}”的实际感受，1 = 非常不同意 … 5 = 非常同意；空白 = 未作答`
          : `${d}维度：对“${i.question}”的期望（一家优秀的快递公司应当做到的程度），1–5；空白 = 未作答`,
    })),
  );
}

/** Rounds to the nearest whole answer and keeps it on the scale. */
function likert(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.round(value)));
}
