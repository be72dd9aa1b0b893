import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizClassStep, type QuizClassAction } from '~/engine/quiz';
import { frozen } from './fixtures';

describe('quizClassStep', () => {
  it.each([
    [{ index: 2, revealed: false }, { type: 'reveal' }, { index: 2, revealed: true }],
    [{ index: 2, revealed: true }, { type: 'hide' }, { index: 2, revealed: false }],
    [{ index: 2, revealed: true }, { type: 'next' }, { index: 3, revealed: false }],
    [{ index: 2, revealed: true }, { type: 'previous' }, { index: 1, revealed: false }],
    [{ index: 2, revealed: false }, { type: 'go', index: 6 }, { index: 6, revealed: false }],
    [{ index: 2, revealed: false }, { type: 'go', index: 99 }, { index: 7, revealed: false }],
    [{ index: 2, revealed: false }, { type: 'go', index: -3 }, { index: 0, revealed: false }],
  ] as const)('%j + %j → %j (8 questions)', (state, action, expected) => {
    expect(quizClassStep(frozen({ ...state }), action as QuizClassAction, 8)).toEqual(expected);
  });

  it('stays put (same object) past either end, and when revealing twice', () => {
    const last = frozen({ index: 7, revealed: true });
    expect(quizClassStep(last, { type: 'next' }, 8)).toBe(last);
    const first = frozen({ index: 0, revealed: false });
    expect(quizClassStep(first, { type: 'previous' }, 8)).toBe(first);
    expect(quizClassStep(last, { type: 'reveal' }, 8)).toBe(last);
  });

  it('property: the index stays within the questions; moving to another question hides the answer', () => {
    const action = fc.oneof(
      fc.constantFrom<QuizClassAction>({ type: 'reveal' }, { type: 'hide' }, { type: 'next' }, { type: 'previous' }),
      fc.integer({ min: -20, max: 20 }).map((index): QuizClassAction => ({ type: 'go', index })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(action, { maxLength: 30 }), (count, actions) => {
        let state = { index: 0, revealed: false };
        for (const a of actions) {
          const next = quizClassStep(state, a, count);
          expect(next.index).toBeGreaterThanOrEqual(0);
          expect(next.index).toBeLessThan(count);
          if (next.index !== state.index) expect(next.revealed).toBe(false);
          state = next;
        }
      }),
    );
  });
});
