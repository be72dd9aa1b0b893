import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuizAnswer, scoreQuizAnswer, type QuizResponse } from '~/engine/quiz';
import { expectEngineError } from '../expect-engine-error';
import { frozen, MULTIPLE, MULTIPLE_STRICT, multipleQuestion, NUMBER, SINGLE, TRUE_FALSE } from './fixtures';

const choose = (...choices: string[]): QuizResponse => frozen({ kind: 'multiple', choices });

describe('scoreQuizAnswer', () => {
  // Expected credits worked by hand from the rules in MODEL.md: right options a, c, d (3 of them).
  it.each([
    ['single, right', SINGLE, { kind: 'single', choice: 'b' }, 1, 'correct'],
    ['single, wrong', SINGLE, { kind: 'single', choice: 'a' }, 0, 'wrong'],
    ['true/false, right', TRUE_FALSE, { kind: 'true-false', value: false }, 1, 'correct'],
    ['true/false, wrong', TRUE_FALSE, { kind: 'true-false', value: true }, 0, 'wrong'],
    ['multiple, all three right', MULTIPLE, choose('d', 'a', 'c'), 1, 'correct'],
    ['multiple, two of three, none wrong: 2/3', MULTIPLE, choose('a', 'c'), 2 / 3, 'partial'],
    ['multiple, one of three: 1/3', MULTIPLE, choose('d'), 1 / 3, 'partial'],
    ['multiple, two right and one wrong: 0', MULTIPLE, choose('a', 'b', 'c'), 0, 'wrong'],
    ['multiple, every option (one wrong): 0', MULTIPLE, choose('a', 'b', 'c', 'd'), 0, 'wrong'],
    ['all-or-nothing, two of three: 0', MULTIPLE_STRICT, choose('a', 'c'), 0, 'wrong'],
    ['all-or-nothing, all three: 1', MULTIPLE_STRICT, choose('a', 'c', 'd'), 1, 'correct'],
    ['number, exact', NUMBER, { kind: 'number', value: 1666.67 }, 1, 'correct'],
    ['number, 1 元 below (edge of the tolerance)', NUMBER, { kind: 'number', value: 1665.67 }, 1, 'correct'],
    ['number, rounded to whole yuan', NUMBER, { kind: 'number', value: 1667 }, 1, 'correct'],
    ['number, 1.5 元 off', NUMBER, { kind: 'number', value: 1668.17 }, 0, 'wrong'],
  ] as const)('%s', (_, question, response, credit, verdict) => {
    const score = scoreQuizAnswer(question, frozen(response as QuizResponse));
    expect(score.credit).toBeCloseTo(credit, 12);
    expect(score.verdict).toBe(verdict);
  });

  it('lists right, wrongly chosen and missed options in the question’s order', () => {
    expect(scoreQuizAnswer(MULTIPLE, choose('b', 'd'))).toEqual({ credit: 0, verdict: 'wrong', correctOptions: ['a', 'c', 'd'], wrongChoices: ['b'], missedOptions: ['a', 'c'], mistake: null });
    expect(scoreQuizAnswer(SINGLE, { kind: 'single', choice: 'c' })).toMatchObject({ correctOptions: ['b'], wrongChoices: ['c'], missedOptions: ['b'] });
  });

  it('names the typical mistake a wrong number matches (within the same tolerance), else none', () => {
    expect(scoreQuizAnswer(NUMBER, { kind: 'number', value: 2500.4 }).mistake).toBe(0);
    expect(scoreQuizAnswer(NUMBER, { kind: 'number', value: 5000 }).mistake).toBe(1);
    expect(scoreQuizAnswer(NUMBER, { kind: 'number', value: 3000 }).mistake).toBeNull();
  });

  it('treats 0.1 + 0.2 as 0.3 (binary rounding is not a wrong answer)', () => {
    const q = { ...NUMBER, answer: 0.3, tolerance: 0, mistakes: [] };
    expect(scoreQuizAnswer(q, { kind: 'number', value: 0.1 + 0.2 }).verdict).toBe('correct');
  });

  it.each([
    ['a single answer to a true/false question', TRUE_FALSE, { kind: 'single', choice: 'a' }, 'response-kind-mismatch'],
    ['an option the question does not have', SINGLE, { kind: 'single', choice: 'z' }, 'unknown-option'],
    ['no option', MULTIPLE, { kind: 'multiple', choices: [] }, 'empty-response'],
    ['the same option twice', MULTIPLE, { kind: 'multiple', choices: ['a', 'a'] }, 'repeated-option'],
    ['NaN', NUMBER, { kind: 'number', value: Number.NaN }, 'invalid-number'],
  ] as const)('rejects %s', (_, question, response, code) => {
    expectEngineError(() => scoreQuizAnswer(question, response as QuizResponse), code);
  });

  it('property: credit is in [0, 1] and the verdict follows it', () => {
    fc.assert(
      fc.property(multipleQuestion.chain((q) => fc.tuple(fc.constant(q), fc.subarray(q.options.map((o) => o.id), { minLength: 1 }))), ([q, chosen]) => {
        const { credit, verdict } = scoreQuizAnswer(q, { kind: 'multiple', choices: chosen });
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(credit).toBeLessThanOrEqual(1);
        expect(verdict).toBe(credit === 1 ? 'correct' : credit === 0 ? 'wrong' : 'partial');
      }),
    );
  });

  it('property (proportional): any wrong option gives 0, otherwise credit = right chosen ÷ right options; all-or-nothing never gives more', () => {
    fc.assert(
      fc.property(multipleQuestion.chain((q) => fc.tuple(fc.constant(q), fc.subarray(q.options.map((o) => o.id), { minLength: 1 }))), ([q, chosen]) => {
        const proportional = scoreQuizAnswer({ ...q, scoring: 'proportional' }, { kind: 'multiple', choices: chosen }).credit;
        const strict = scoreQuizAnswer({ ...q, scoring: 'all-or-nothing' }, { kind: 'multiple', choices: chosen }).credit;
        const wrong = chosen.some((id) => !q.answer.includes(id));
        expect(proportional).toBe(wrong ? 0 : chosen.length / q.answer.length);
        expect(strict).toBeLessThanOrEqual(proportional);
        expect(strict === 1).toBe(!wrong && chosen.length === q.answer.length);
      }),
    );
  });

  it('property: a number within ± tolerance of the answer is right, one further off is wrong', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (answer, tolerance, t) => {
          const q = { ...NUMBER, answer, tolerance, mistakes: [] };
          expect(scoreQuizAnswer(q, { kind: 'number', value: answer + t * tolerance * 0.999 }).credit).toBe(1);
          expect(scoreQuizAnswer(q, { kind: 'number', value: answer + (t >= 0 ? 1 : -1) * (tolerance * 1.01 + 1e-3) }).credit).toBe(0);
        },
      ),
    );
  });
});

describe('describeQuizAnswer', () => {
  it.each([
    [MULTIPLE, choose('a', 'c'), '部分正确：选对了 3 个正确选项中的 2 个，没有选错，得 0.67 分（满分 1 分）。'],
    [MULTIPLE, choose('a', 'c', 'd'), '回答正确：3 个正确选项全部选对，得 1 分（满分 1 分）。'],
    [MULTIPLE, choose('a', 'b'), '回答错误：选了 1 个不该选的选项，按“有选错得 0 分”的规则，得 0 分（满分 1 分）。'],
    [MULTIPLE_STRICT, choose('a'), '回答错误：选对了 3 个正确选项中的 1 个，本题须全部选对才得分，得 0 分（满分 1 分）。'],
    [NUMBER, { kind: 'number', value: 2500 }, '回答错误：分母用了 1 − 0.8，漏了贴现率。得 0 分（满分 1 分）。'],
    [NUMBER, { kind: 'number', value: 1 }, '回答错误，得 0 分（满分 1 分）。'],
    [SINGLE, { kind: 'single', choice: 'b' }, '回答正确，得 1 分（满分 1 分）。'],
  ] as const)('%#: %s', (question, response, text) => {
    expect(describeQuizAnswer(question, scoreQuizAnswer(question, response as QuizResponse))).toBe(text);
  });
});
