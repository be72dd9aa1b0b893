import { EngineError } from '../core/errors';
import { blankMatches } from './fill-blank';
import type { ExamResponse, ExamVerdict } from './responses';
import type { ExamBankItem } from './types';

export type ObjectiveItem = Extract<ExamBankItem, { type: '单选' | '多选' | '判断' | '填空' }>;

/** The score of an objective answer. */
export interface ObjectiveScore {
  readonly score: number;
  readonly points: number;
  readonly verdict: ExamVerdict;
  /** 填空: whether each blank was right (empty for other types). */
  readonly blanks: readonly boolean[];
  /** One sentence in Chinese: the verdict and why it scored so. */
  readonly summary: string;
}

/** The share of a 多选's points for choosing some of the right options and no wrong one: 少选得一半. */
export const MULTIPLE_PARTIAL_SHARE = 0.5;

const LETTERS = /^[A-D]*$/;

function verdictOf(score: number, points: number): ExamVerdict {
  return score >= points ? 'right' : score > 0 ? 'partial' : 'wrong';
}

function mismatch(item: ObjectiveItem, response: ExamResponse): EngineError {
  return new EngineError('response-kind-mismatch', `第 ${item.id} 题是${item.type}题，回答的形式不对(response ${response.kind} does not fit a ${item.type} item)`, { item: item.id });
}

/**
 * Scores an objective item at once, in its own points:
 * - 单选, 判断: all points when right, else 0.
 * - 多选 (the convention of Chinese university exams): exactly the right options, all points; some of the right
 *   options and no wrong one, half the points (少选得一半); any wrong option, or none chosen, 0 (错选不得分).
 * - 填空: 1 point per blank (the bank's rule), each blank right when it is one of its accepted answers after
 *   `normalizeBlankAnswer`; `variant` may give a second spelling of each accepted answer (Traditional).
 *
 * Source: 多选题“全部选对得满分，少选得一半分，错选、多选不得分”, the rule most Chinese university papers print in
 * their 评分标准; our own for blanks (src/widgets/exam-practice/MODEL.md).
 * @throws EngineError `response-kind-mismatch` when the response is not of the item's kind, `invalid-choice` for a
 *   letter other than A–D.
 * @example scoreObjectiveAnswer({ type: '多选', answer: 'ACD', points: 2, … }, { kind: 'choices', choices: 'AC' })
 *   // { score: 1, points: 2, verdict: 'partial', blanks: [], summary: '部分正确：选对了 3 个正确选项中的 2 个，没有选错，少选得一半，得 1 分（满分 2 分）。' }
 */
export function scoreObjectiveAnswer(item: ObjectiveItem, response: ExamResponse, variant?: (text: string) => string): ObjectiveScore {
  const points = item.points;
  const of = `（满分 ${points} 分）。`;
  switch (item.type) {
    case '单选': {
      if (response.kind !== 'choice') throw mismatch(item, response);
      if (!/^[A-D]$/.test(response.choice)) throw new EngineError('invalid-choice', `选项只能是 A–D，收到“${response.choice}”(options are A–D)`, { item: item.id });
      const right = response.choice === item.answer;
      return { score: right ? points : 0, points, verdict: right ? 'right' : 'wrong', blanks: [], summary: right ? `回答正确，得 ${points} 分${of}` : `回答错误：应选 ${item.answer}，得 0 分${of}` };
    }
    case '判断': {
      if (response.kind !== 'judge') throw mismatch(item, response);
      const right = response.value === item.answer;
      const key = item.answer ? '正确' : '错误';
      return { score: right ? points : 0, points, verdict: right ? 'right' : 'wrong', blanks: [], summary: right ? `回答正确，得 ${points} 分${of}` : `回答错误：本题的说法${key}，得 0 分${of}` };
    }
    case '多选': {
      if (response.kind !== 'choices') throw mismatch(item, response);
      if (!LETTERS.test(response.choices)) throw new EngineError('invalid-choice', `选项只能是 A–D，收到“${response.choices}”(options are A–D)`, { item: item.id });
      const chosen = new Set(response.choices);
      const right = new Set(item.answer);
      const wrong = [...chosen].filter((letter) => !right.has(letter)).length;
      const hit = [...chosen].filter((letter) => right.has(letter)).length;
      if (chosen.size === 0) return { score: 0, points, verdict: 'wrong', blanks: [], summary: `没有选择任何选项，得 0 分${of}` };
      if (wrong > 0) return { score: 0, points, verdict: 'wrong', blanks: [], summary: `回答错误：选了 ${wrong} 个不该选的选项，错选不得分，应选 ${item.answer}，得 0 分${of}` };
      if (hit === right.size) return { score: points, points, verdict: 'right', blanks: [], summary: `回答正确：${right.size} 个正确选项全部选对，得 ${points} 分${of}` };
      const score = points * MULTIPLE_PARTIAL_SHARE;
      return { score, points, verdict: 'partial', blanks: [], summary: `部分正确：选对了 ${right.size} 个正确选项中的 ${hit} 个，没有选错，少选得一半，得 ${score} 分${of}` };
    }
    case '填空': {
      if (response.kind !== 'blanks') throw mismatch(item, response);
      const blanks = item.answer.map((accepted, i) => blankMatches(response.values[i] ?? '', accepted, variant));
      const score = blanks.filter(Boolean).length * (points / item.answer.length);
      const verdict = verdictOf(score, points);
      const summary = verdict === 'right' ? `全部填对，得 ${score} 分${of}` : `填对 ${blanks.filter(Boolean).length} / ${blanks.length} 空，得 ${score} 分${of}`;
      return { score, points, verdict, blanks, summary };
    }
  }
}
