import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkQuestionWording, QUESTION_SAMPLES, scoreQuestionSamples, WORDING_RULES, type WordingVerdict } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

describe('checkQuestionWording', () => {
  it.each([
    // Chapter 8's two bad examples (好题目与坏题目) and its good rewrite.
    ['您对我们的商品价格和质量是否满意？', [['double-barrelled', '用“和”把两件事连在一起问']]],
    ['您是否同意我们的服务非常周到？', [['leading', '用了“非常周到”“是否同意”，题目带着倾向']]],
    ['请为员工的服务态度打分。', []],
    ['我们的快递又快又安全，您满意吗？', [['double-barrelled', '用“又”把两件事连在一起问']]],
    ['您最近是否经常寄快递？', [['vague', '“经常”“最近”没有明确的标准']]],
    ['您对网点、车辆的满意程度如何？', [['double-barrelled', '用“、”把两件事连在一起问']]],
    // Words that only contain a connector, and the answer scale in brackets, raise nothing.
    ['您对配送及时性是否满意？', []],
    ['客服人员是否和蔼？', []],
    ['总体来说，您对本公司的服务满意程度如何？（1 = 非常不满意，5 = 非常满意）', []],
    ['请为网点环境打分（1 = 很差，5 = 很好）', []],
  ])('%s', (question, expected) => {
    expect(checkQuestionWording(question).map((f) => [f.problem, f.reason])).toEqual(expected);
  });

  it('finds the keyed fault of every sample question, and nothing in the sound ones', () => {
    for (const q of QUESTION_SAMPLES) {
      const found = checkQuestionWording(q.text).map((f) => f.problem);
      expect(found, q.text).toEqual(q.verdict === 'ok' ? [] : [q.verdict]);
    }
  });

  it('each fault is reported at most once, whatever is typed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('您', '对', '和', '与', '难道', '经常', '满意', '吗', '？', '（很好）', '又'), { maxLength: 12 }), (parts) => {
        const problems = checkQuestionWording(parts.join('')).map((f) => f.problem);
        expect(new Set(problems).size).toBe(problems.length);
        expect(problems.every((p) => WORDING_RULES.some((r) => r.key === p))).toBe(true);
      }),
    );
  });
});

describe('scoreQuestionSamples', () => {
  it('one point per sample whose verdict matches the key', () => {
    const all = Object.fromEntries(QUESTION_SAMPLES.map((q) => [q.id, q.verdict]));
    expect(scoreQuestionSamples(all)).toMatchObject({ right: 8, total: 8 });
    // By hand: price-quality right, on-time wrong (it is sound), the other six unanswered.
    const some = scoreQuestionSamples(Object.freeze({ 'price-quality': 'double-barrelled', 'on-time': 'leading' } as Record<string, WordingVerdict>));
    expect(some.right).toBe(1);
    expect(some.marks.find((m) => m.id === 'on-time')).toEqual({ id: 'on-time', chosen: 'leading', verdict: 'ok', correct: false });
    expect(some.marks.find((m) => m.id === 'overall')).toMatchObject({ chosen: null, correct: false });
  });
  it('refuses unknown samples and verdicts', () => {
    expectEngineError(() => scoreQuestionSamples({ nope: 'ok' }), 'unknown-sample');
    expectEngineError(() => scoreQuestionSamples({ overall: 'rude' as WordingVerdict }), 'invalid-verdict');
  });
  it('the key covers every fault, with a better wording for each faulty sample', () => {
    for (const rule of WORDING_RULES) expect(QUESTION_SAMPLES.some((q) => q.verdict === rule.key)).toBe(true);
    for (const q of QUESTION_SAMPLES) expect(q.better === null).toBe(q.verdict === 'ok');
  });
});
