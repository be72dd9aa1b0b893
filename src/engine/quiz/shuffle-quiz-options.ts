import { hashText } from '../generate/hash-text';
import { createRandom } from '../generate/random';
import type { QuizQuestion } from './types';

/**
 * The order in which each choice question shows its options for one attempt: a Fisher–Yates shuffle from
 * the attempt's seed, drawn separately for every question (a stream seeded by the FNV-1a hash of the seed
 * and the question id), so one question's order does not change when another question is added or edited. True/false and number
 * questions have no options and are left out. The same seed gives the same order in every browser.
 *
 * Source: Fisher & Yates (1938), Durstenfeld (1964) in `Random.shuffle`; SFC32 from `createRandom`; FNV-1a (`hashText`).
 * @throws never; a non-integer seed is truncated to 32 bits.
 * @example shuffleQuizOptions([{ kind: 'single', id: 'q1', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], … }], 7)
 *   // { q1: ['c', 'b', 'a'] }: a permutation of a, b, c, the same one for seed 7 on every run and in every browser
 */
export function shuffleQuizOptions(questions: readonly QuizQuestion[], seed: number): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const question of questions) {
    if (question.kind !== 'single' && question.kind !== 'multiple') continue;
    order[question.id] = createRandom(hashText(`quiz-options|${seed | 0}|${question.id}`)).shuffle(question.options.map((o) => o.id));
  }
  return order;
}
