import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffleQuizOptions, type QuizQuestion } from '~/engine/quiz';
import { frozen, MULTIPLE, NUMBER, QUESTIONS, SINGLE, TRUE_FALSE } from './fixtures';

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('shuffleQuizOptions', () => {
  it('orders the options of choice questions only; true/false and number questions have none', () => {
    const order = shuffleQuizOptions(QUESTIONS, 1);
    expect(Object.keys(order).sort()).toEqual([SINGLE.id, MULTIPLE.id].sort());
    expect(order[TRUE_FALSE.id]).toBeUndefined();
    expect(order[NUMBER.id]).toBeUndefined();
  });

  it('pins the order for a seed (a stored attempt must show the same order after an update)', () => {
    // Recorded from this implementation (SFC32 seeded by FNV-1a): a change here reorders every learner's saved attempt.
    const three = frozen([{ ...SINGLE, options: SINGLE.options.slice(0, 3) }]);
    expect(shuffleQuizOptions(three, 7)).toEqual({ q1: ['c', 'b', 'a'] });
    expect(shuffleQuizOptions(three, 2)).toEqual({ q1: ['b', 'a', 'c'] });
  });

  it('property: each order is a permutation of the question’s options, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_147_483_647 }), (seed) => {
        const a = shuffleQuizOptions(QUESTIONS, seed);
        expect(a).toEqual(shuffleQuizOptions(QUESTIONS, seed));
        expect(sorted(a[SINGLE.id]!)).toEqual(sorted(SINGLE.options.map((o) => o.id)));
        expect(sorted(a[MULTIPLE.id]!)).toEqual(sorted(MULTIPLE.options.map((o) => o.id)));
      }),
    );
  });

  it('property: a question’s order does not depend on the other questions of the set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_147_483_647 }), (seed) => {
        const alone = shuffleQuizOptions([MULTIPLE], seed);
        const extra: QuizQuestion = { ...SINGLE, id: 'q0' };
        expect(shuffleQuizOptions([extra, ...QUESTIONS], seed)[MULTIPLE.id]).toEqual(alone[MULTIPLE.id]);
      }),
    );
  });

  it('spreads the right answer over the positions (400 seeds, 4 options: each position 60–140 times)', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 1; seed <= 400; seed++) positions[shuffleQuizOptions([SINGLE], seed)[SINGLE.id]!.indexOf(SINGLE.answer)]! += 1;
    // Expected 100 each; 60–140 is more than 4 standard deviations (√(400 · ¼ · ¾) ≈ 8.7) either way.
    for (const count of positions) expect(count).toBeGreaterThanOrEqual(60);
    for (const count of positions) expect(count).toBeLessThanOrEqual(140);
  });
});
