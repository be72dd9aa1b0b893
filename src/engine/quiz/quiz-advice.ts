import { PASS_MARK } from '../core/pass-mark';
import type { QuizScore } from './score-quiz';

/**
 * What the score page tells the learner to do next, by the share of points: at least 90 % 掌握得很好; at least
 * `PASS_MARK` (60 %) 基本掌握 (reread what was missed); below that, reread the chapter's sections and try again. Only for a
 * finished set; while questions remain it says how many.
 *
 * Source: our own bands (src/widgets/self-check/MODEL.md), the usual 优 90 / 及格 60 of Chinese coursework.
 * @throws never.
 * @example quizAdvice({ total: 8, answered: 8, points: 6.5, percent: 81.25, … }) // '基本掌握。回看答错和部分正确的题的解析，再读一读它们指向的小节。'
 */
export function quizAdvice(score: Pick<QuizScore, 'total' | 'answered' | 'percent'>): string {
  if (score.answered < score.total) return `还有 ${score.total - score.answered} 题没有作答。`;
  if (score.percent >= 90) return '掌握得很好。可以接着做本章的“思考与实践”，把理解写成自己的话。';
  if (score.percent >= PASS_MARK) return '基本掌握。回看答错和部分正确的题的解析，再读一读它们指向的小节。';
  return '建议先重读本章，特别是答错的题指向的小节，过几天再测一遍（选项会重新打乱）。';
}
