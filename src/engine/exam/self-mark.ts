import { EngineError } from '../core/errors';
import type { ExamVerdict } from './responses';
import type { RubricPoint } from './types';

/** How well the learner's answer covers one 评分要点 (or one 参考要点 of a 思考与实践 question), in their own judgement. */
export type PointMark = 'covered' | 'partly' | 'missed';

export const POINT_MARKS: readonly PointMark[] = ['covered', 'partly', 'missed'];

export const POINT_MARK_LABELS: Readonly<Record<PointMark, string>> = { covered: '已覆盖', partly: '部分覆盖', missed: '没写到' };

/** The share of a point's score each mark earns: all, half, none. */
export const POINT_MARK_CREDIT: Readonly<Record<PointMark, number>> = { covered: 1, partly: 0.5, missed: 0 };

/** The share of the points from which a self-marked answer counts as right (it leaves the 错题本 after two). */
export const SELF_MARK_RIGHT_SHARE = 0.8;

export interface SelfMarkScore {
  readonly score: number;
  readonly points: number;
  readonly verdict: ExamVerdict;
  /** Marks given, per kind. */
  readonly counts: Readonly<Record<PointMark, number>>;
}

/**
 * The score of an answer the learner marked against its 评分要点: each point's score in full when covered, half
 * when partly covered, none when missed. The verdict is `right` from `SELF_MARK_RIGHT_SHARE` (80 %) of the points,
 * `wrong` at 0, else `partial`.
 *
 * Source: our own rule (src/widgets/exam-practice/MODEL.md), after the way teachers mark against 评分要点.
 * @throws EngineError `marks-mismatch` unless there is one mark per point.
 * @example selfMarkScore([{ point: '定义', score: 2 }, { point: '举例', score: 2 }], ['covered', 'partly'])
 *   // { score: 3, points: 4, verdict: 'partial', counts: { covered: 1, partly: 1, missed: 0 } }
 */
export function selfMarkScore(rubric: readonly RubricPoint[], marks: readonly PointMark[]): SelfMarkScore {
  if (marks.length !== rubric.length) {
    throw new EngineError('marks-mismatch', `评分要点有 ${rubric.length} 条，自评有 ${marks.length} 条(one mark per point)`, { points: rubric.length, marks: marks.length });
  }
  const counts = { covered: 0, partly: 0, missed: 0 };
  let score = 0;
  let points = 0;
  rubric.forEach((point, i) => {
    const mark = marks[i]!;
    counts[mark] += 1;
    score += point.score * POINT_MARK_CREDIT[mark];
    points += point.score;
  });
  const verdict: ExamVerdict = score === 0 ? 'wrong' : score >= points * SELF_MARK_RIGHT_SHARE - 1e-9 ? 'right' : 'partial';
  return { score, points, verdict, counts };
}
