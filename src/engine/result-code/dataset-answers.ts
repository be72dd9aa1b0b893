import type { GeneratedDatasetId } from '../generate/catalogue';
import type { AnswerKey } from '../answer-key/types';
import type { AnswerVerdict } from './answer-reading';

import { DATASET_ACTIVITY } from './activity-kinds';

export { DATASET_ACTIVITY };

/** One number a student works out from their own dataset and hands in. */
export interface DatasetQuestion {
  readonly id: string;
  /** What to work out, in the words the chapter uses. */
  readonly prompt: string;
  /** Shown beside the input: 位, 元, %, 人. */
  readonly unit: string;
  /** Decimals asked for: a count (0) must be exact; with decimals, within one unit of the last of the key rounded to them. */
  readonly decimals: number;
  /** The right answer, from the answer key of the student's own file (null when the key has none). */
  readonly expected: (key: AnswerKey) => number | null;
}

const percent = (x: number | null | undefined) => (x === null || x === undefined ? null : x * 100);

/** Per dataset kind, the questions a student answers (the answer key's headline numbers). */
const QUESTIONS: Readonly<Record<AnswerKey['kind'], readonly DatasetQuestion[]>> = {
  retail: [
    { id: 'important-value', prompt: 'RFM 八类中“重要价值客户”有多少位会员？（5 档、排名法、分析日期为最后一笔交易的次日）', unit: '位', decimals: 0, expected: (k) => (k.kind === 'retail' ? (k.rfm.segments.find((s) => s.segmentKey === 'important-value')?.customers ?? 0) : null) },
    { id: 'a-customers', prompt: 'ABC 分类（按净消费额，A 类 70%）中 A 类会员有多少位？', unit: '位', decimals: 0, expected: (k) => (k.kind === 'retail' ? k.abc.summary.A.customers : null) },
    { id: 'a-value-share', prompt: 'A 类会员的净消费额占全部净消费额的百分之几？（保留一位小数）', unit: '%', decimals: 1, expected: (k) => (k.kind === 'retail' ? percent(k.abc.summary.A.valueShare) : null) },
    { id: 'top-spend', prompt: '净消费额最高的会员一共消费了多少元？（保留两位小数）', unit: '元', decimals: 2, expected: (k) => (k.kind === 'retail' ? (k.top[0]?.value ?? null) : null) },
  ],
  logistics: [
    { id: 'bad-customers', prompt: '按利润核算，坏客户有多少位？', unit: '位', decimals: 0, expected: (k) => (k.kind === 'logistics' ? k.profitability.counts.bad : null) },
    { id: 'good-customers', prompt: '按利润核算，好客户有多少位？', unit: '位', decimals: 0, expected: (k) => (k.kind === 'logistics' ? k.profitability.counts.good : null) },
    { id: 'a-customers', prompt: '按年营收做 ABC 分类（A 类 70%），A 类客户有多少位？', unit: '位', decimals: 0, expected: (k) => (k.kind === 'logistics' ? k.abc.summary.A.customers : null) },
  ],
  survey: [
    { id: 'csat', prompt: 'CSAT（总体满意度打 4–5 分的比例）是百分之几？（保留一位小数）', unit: '%', decimals: 1, expected: (k) => (k.kind === 'survey' ? k.csat.csat : null) },
    { id: 'nps', prompt: 'NPS（推荐者比例 − 贬损者比例）是多少？（保留一位小数）', unit: '', decimals: 1, expected: (k) => (k.kind === 'survey' ? k.nps.nps : null) },
    { id: 'overall-gap', prompt: 'SERVQUAL 五个维度差距（感知 − 期望）的平均值是多少？（保留两位小数）', unit: '', decimals: 2, expected: (k) => (k.kind === 'survey' ? k.overallGap : null) },
  ],
  complaints: [
    { id: 'tickets', prompt: '文件里一共有多少张投诉工单？', unit: '张', decimals: 0, expected: (k) => (k.kind === 'complaints' ? k.tickets : null) },
    { id: 'top-type', prompt: '数量最多的那类投诉有多少张工单？', unit: '张', decimals: 0, expected: (k) => (k.kind === 'complaints' ? (k.byType[0]?.count ?? null) : null) },
    { id: 'first-contact', prompt: '一次解决率（已结案工单中首次联系就解决的比例）是百分之几？（保留一位小数）', unit: '%', decimals: 1, expected: (k) => (k.kind === 'complaints' ? percent(k.firstContact.rate) : null) },
  ],
  calls: [
    { id: 'peak-calls', prompt: '高峰时段（按“星期 + 时段”平均）平均每半小时有多少个来电？（保留两位小数）', unit: '个', decimals: 2, expected: (k) => (k.kind === 'calls' ? k.peak.meanCalls : null) },
    { id: 'agents', prompt: '按 80/20 的服务水平，高峰时段至少需要多少名坐席？', unit: '名', decimals: 0, expected: (k) => (k.kind === 'calls' ? k.staffing.requiredAgents : null) },
    { id: 'staff', prompt: '考虑 30% 的缩减率，需要排班多少人？', unit: '人', decimals: 0, expected: (k) => (k.kind === 'calls' ? k.staffing.scheduledStaff : null) },
  ],
  credit: [
    { id: 'applications', prompt: '文件里一共有多少份信用申请？', unit: '份', decimals: 0, expected: (k) => (k.kind === 'credit' ? k.applications : null) },
    { id: 'mean-score', prompt: '5C 等权重得分的平均分是多少？（保留两位小数）', unit: '分', decimals: 2, expected: (k) => (k.kind === 'credit' ? k.meanScore : null) },
    { id: 'grade-c', prompt: '信用等级为 C 的申请有多少份？', unit: '份', decimals: 0, expected: (k) => (k.kind === 'credit' ? (k.grades.find((g) => g.grade === 'C')?.count ?? null) : null) },
  ],
};

const KIND_OF: Readonly<Record<GeneratedDatasetId, AnswerKey['kind']>> = {
  'retail-transactions': 'retail',
  'logistics-customers': 'logistics',
  'satisfaction-survey': 'survey',
  'satisfaction-expectations': 'survey',
  'complaint-tickets': 'complaints',
  'call-centre-volumes': 'calls',
  'credit-applications': 'credit',
};

/** The questions a student answers about their own copy of a dataset (an empty list for an id that is not generated). */
export function datasetQuestions(datasetId: string): readonly DatasetQuestion[] {
  const kind = KIND_OF[datasetId as GeneratedDatasetId];
  return kind ? QUESTIONS[kind] : [];
}

/** A signed whole number as a non-negative one: 0, −1, 1, −2 … → 0, 1, 2, 3 … */
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/**
 * The numbers a student typed as a code's answers: 0 for a blank, else 1 + the zigzag of the number in units of
 * its last decimal (36.5 % with one decimal → 365 → 730 → 731).
 * @throws never (a number is rounded to the decimals asked for).
 * @example datasetCodeAnswers('credit-applications', [400, null, -3]) // [801, 0, 13]
 */
export function datasetCodeAnswers(datasetId: string, typed: readonly (number | null)[]): number[] {
  return datasetQuestions(datasetId).map((q, k) => {
    const value = typed[k];
    return value === null || value === undefined || !Number.isFinite(value) ? 0 : 1 + zigzag(Math.round(value * 10 ** q.decimals));
  });
}

/** The numbers a dataset code holds (null for a blank), in the questions' order. */
export function datasetValuesOfCode(datasetId: string, answers: readonly number[]): (number | null)[] {
  return datasetQuestions(datasetId).map((q, k) => {
    const value = answers[k] ?? 0;
    return value === 0 ? null : unzigzag(value - 1) / 10 ** q.decimals;
  });
}

/** One answer checked against the student's own key. */
export interface DatasetAnswerCheck {
  readonly question: DatasetQuestion;
  readonly given: number | null;
  readonly expected: number | null;
  readonly verdict: AnswerVerdict;
}

/**
 * Checks a student's dataset answers against the answer key of their own file: a count right when exact, a number with
 * decimals right within one unit of the last decimal of the key's value rounded to them (36.4, 36.5 or 36.6 for
 * 36.47 % asked to one decimal: cutting off instead of rounding is forgiven), `none` when blank.
 * @throws never.
 * @example checkDatasetAnswers(key, [12, null]) // [{ verdict: 'correct', … }, { verdict: 'none', … }]
 */
export function checkDatasetAnswers(key: AnswerKey, datasetId: string, given: readonly (number | null)[]): DatasetAnswerCheck[] {
  return datasetQuestions(datasetId).map((question, k) => {
    const value = given[k] ?? null;
    const expected = question.expected(key);
    const scale = 10 ** question.decimals;
    const rounded = expected === null ? null : Math.round(expected * scale) / scale;
    const verdict: AnswerVerdict = value === null ? 'none' : rounded !== null && Math.abs(value - rounded) * scale <= (question.decimals > 0 ? 1 : 0) + 1e-9 ? 'correct' : 'wrong';
    return { question, given: value, expected, verdict };
  });
}
