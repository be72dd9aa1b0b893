import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASS_MARK } from '~/engine/core/pass-mark';
import { quizAdvice } from '~/engine/quiz';

describe('quizAdvice', () => {
  // Bands by hand: ≥ 90 %, ≥ 60 %, below; unfinished sets say how many are left.
  it.each([
    [8, 8, 100, '掌握得很好'],
    [8, 8, 90, '掌握得很好'],
    [8, 8, 89.9, '基本掌握'],
    [8, 8, 60, '基本掌握'],
    [8, 8, 59.9, '建议先重读本章'],
    [8, 5, 50, '还有 3 题没有作答。'],
  ])('%d questions, %d answered, %d %% → %s', (total, answered, percent, text) => {
    expect(quizAdvice({ total, answered, percent })).toContain(text);
  });

  it('property: a better finished score never gets weaker advice', () => {
    const rank = (text: string) => (text.startsWith('掌握得很好') ? 2 : text.startsWith('基本掌握') ? 1 : 0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(quizAdvice({ total: 8, answered: 8, percent: low }))).toBeLessThanOrEqual(rank(quizAdvice({ total: 8, answered: 8, percent: high })));
      }),
    );
  });
});

describe('quizAdvice and the pass mark', () => {
  it('passes from PASS_MARK, the role-play’s pass mark too', () => {
    expect(quizAdvice({ total: 8, answered: 8, percent: PASS_MARK })).toMatch(/^基本掌握/);
    expect(quizAdvice({ total: 8, answered: 8, percent: PASS_MARK - 0.1 })).toMatch(/^建议/);
  });
});
