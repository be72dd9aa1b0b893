import { EngineError } from '../core/errors';
import { WORDING_RULES, type WordingProblem } from './question-wording';

/** A learner's verdict on a sample question: sound, or the fault it has. */
export type WordingVerdict = WordingProblem | 'ok';

export interface QuestionSample {
  readonly id: string;
  readonly text: string;
  readonly verdict: WordingVerdict;
  /** Why (Chinese). */
  readonly explanation: string;
  /** A better wording, or null when the question is sound. */
  readonly better: string | null;
}

/** Draft questions of a courier company's satisfaction survey, each with its verdict (the answer key). */
export const QUESTION_SAMPLES: readonly QuestionSample[] = Object.freeze([
  {
    id: 'price-quality', text: '您对我们的快递价格和服务质量是否满意？', verdict: 'double-barrelled',
    explanation: '同时问了价格和服务质量：觉得价格贵但服务好的客户没法回答。', better: '拆成两题：“请为我们的快递价格打分”“请为我们的服务质量打分”。',
  },
  {
    id: 'agree-thoughtful', text: '您是否同意我们的服务非常周到？', verdict: 'leading',
    explanation: '“非常周到”已经替客户下了结论，“是否同意”又让人倾向于说“同意”。', better: '请为快递员的服务态度打分（1 = 很差，5 = 很好）。',
  },
  {
    id: 'on-time', text: '请为快递在承诺时间内送达的情况打分（1 = 很差，5 = 很好）。', verdict: 'ok',
    explanation: '只问一件事，说法中性，量表两端有说明。', better: null,
  },
  {
    id: 'loyal-customer', text: '像您这样的老客户，一定对我们的服务很满意吧？', verdict: 'leading',
    explanation: '“一定”“……吧？”把客户往“满意”上引，不满意的客户也不好意思说。', better: '总体来说，您对我们的服务满意程度如何？（1 = 非常不满意，5 = 非常满意）',
  },
  {
    id: 'recently-often', text: '您最近是否经常使用我们的寄件服务？', verdict: 'vague',
    explanation: '“最近”是多久？“经常”是几次？每个人的理解不同，答案无法比较。', better: '过去三个月里，您使用我们的寄件服务大约几次？（0 次 / 1–2 次 / 3–5 次 / 6 次以上）',
  },
  {
    id: 'phone-staff', text: '您对客服电话的接通速度和客服人员的专业水平满意吗？', verdict: 'double-barrelled',
    explanation: '接通速度（响应性）和专业水平（保证性）是两件事，可能一个好一个差。', better: '拆成两题，分别为“客服电话的接通速度”和“客服人员的专业水平”打分。',
  },
  {
    id: 'better-than-others', text: '难道您不觉得我们的网点环境比别家快递公司好吗？', verdict: 'leading',
    explanation: '反问句带着答案，客户很难说“不”。', better: '请为我们营业网点的整洁程度打分（1 = 很差，5 = 很好）。',
  },
  {
    id: 'overall', text: '总体来说，您对本公司的服务满意程度如何？（1 = 非常不满意，5 = 非常满意）', verdict: 'ok',
    explanation: '这是计算 CSAT 的标准问法：中性、只问总体满意一件事。', better: null,
  },
].map((q) => Object.freeze(q as QuestionSample)));

export interface SampleMark {
  readonly id: string;
  readonly chosen: WordingVerdict | null;
  readonly verdict: WordingVerdict;
  readonly correct: boolean;
}

export interface QuestionCheckScore {
  readonly marks: SampleMark[];
  readonly right: number;
  readonly total: number;
}

const VERDICTS = new Set<string>(['ok', ...WORDING_RULES.map((r) => r.key)]);

/**
 * Marks a learner's verdicts on `QUESTION_SAMPLES` (one point per sample whose verdict matches the key; a
 * sample left unanswered scores nothing).
 *
 * Source: course chapter 8 (好题目与坏题目); the 001 course standard's skill 为某企业设计客户满意度测试问卷.
 * @throws EngineError `invalid-verdict` for a verdict that is not `ok` or a `WORDING_RULES` key, `unknown-sample` for an unknown id.
 * @example scoreQuestionSamples({ 'price-quality': 'double-barrelled', 'on-time': 'leading' }).right // 1
 */
export function scoreQuestionSamples(chosen: Readonly<Record<string, WordingVerdict>>): QuestionCheckScore {
  for (const [id, verdict] of Object.entries(chosen)) {
    if (!QUESTION_SAMPLES.some((q) => q.id === id)) throw new EngineError('unknown-sample', `没有这道样题：${id}(unknown sample ${id})`, { id });
    if (!VERDICTS.has(verdict)) throw new EngineError('invalid-verdict', `“${verdict}”不是可选的判断(${verdict} is not a verdict)`, { verdict });
  }
  const marks = QUESTION_SAMPLES.map((q) => {
    const pick = Object.hasOwn(chosen, q.id) ? chosen[q.id]! : null;
    return { id: q.id, chosen: pick, verdict: q.verdict, correct: pick === q.verdict };
  });
  return { marks, right: marks.filter((m) => m.correct).length, total: marks.length };
}
