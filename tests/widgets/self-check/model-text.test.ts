import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizAdvice } from '~/engine/quiz';
import { HISTORY_LIMIT, selfCheckSpec } from '~/stores/self-check';

// MODEL.md is what instructors read about the quiz; these checks keep its numbers in step with the code.
const model = readFileSync('src/widgets/self-check/MODEL.md', 'utf8');

describe('self-check MODEL.md', () => {
  it('names the storage key and the number of results kept', () => {
    expect(model).toContain(selfCheckSpec.key);
    expect(model).toContain(`最近 ${HISTORY_LIMIT} 次`);
  });

  it('states the advice bands the engine uses (90 %, 60 %)', () => {
    expect(model).toContain('90% 以上“掌握得很好”，60% 以上“基本掌握”');
    expect(quizAdvice({ total: 10, answered: 10, percent: 90 })).toMatch(/^掌握得很好/);
    expect(quizAdvice({ total: 10, answered: 10, percent: 60 })).toMatch(/^基本掌握/);
    expect(quizAdvice({ total: 10, answered: 10, percent: 59 })).toMatch(/^建议/);
  });

  it('states the multiple-answer rule with the example 2 of 3 → 0.67', () => {
    expect(model).toContain('有选错的得 0 分');
    expect(model).toContain('得 2/3 ≈ 0.67 分');
  });
});
