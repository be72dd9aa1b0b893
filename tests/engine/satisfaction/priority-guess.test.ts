import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importancePerformance, judgeQuadrantGuess, judgeShortfallGuess, SATISFACTION_CHAPTER_EXAMPLE } from '~/engine/satisfaction';

describe('judgeQuadrantGuess (chapter 8’s supermarket: 重点改进 = 生鲜品质 and 结账速度, by hand)', () => {
  const ipa = importancePerformance(SATISFACTION_CHAPTER_EXAMPLE.ipa.items);
  it.each([
    [['生鲜品质', '结账速度'], [], [], true],
    [['结账速度', '生鲜品质'], [], [], true],
    [['生鲜品质', '价格'], ['结账速度'], ['价格'], false],
    [[], ['生鲜品质', '结账速度'], [], false],
  ])('%j → missed %j, wrong %j', (chosen, missed, wrong, correct) => {
    expect(judgeQuadrantGuess(ipa, 'concentrate', Object.freeze(chosen))).toMatchObject({ missed, wrong, correct });
  });
  it('过度投入 is 店内环境 and 会员积分', () => {
    expect(judgeQuadrantGuess(ipa, 'overkill', ['店内环境', '会员积分']).correct).toBe(true);
  });
  it('right, missed and wrong split the choice and the quadrant', () => {
    fc.assert(
      fc.property(fc.subarray(ipa.items.map((i) => i.item)), (chosen) => {
        const r = judgeQuadrantGuess(ipa, 'concentrate', chosen);
        expect(r.right.length + r.wrong.length).toBe(chosen.length);
        expect(r.right.length + r.missed.length).toBe(2);
      }),
    );
  });
});

describe('judgeShortfallGuess', () => {
  const xunda = [
    { dimension: '有形性', gap: -0.2 }, { dimension: '可靠性', gap: -1.2 }, { dimension: '响应性', gap: -0.8 },
    { dimension: '保证性', gap: -0.3 }, { dimension: '移情性', gap: 0.1 },
  ];
  it('the most negative gap is the answer (迅达物流: 可靠性 −1.2)', () => {
    expect(judgeShortfallGuess(xunda, '可靠性')).toEqual({ answer: '可靠性', answerGap: -1.2, chosen: '可靠性', chosenGap: -1.2, correct: true });
    expect(judgeShortfallGuess(xunda, '移情性')).toMatchObject({ correct: false, chosenGap: 0.1 });
  });
  it('no shortfall: the answer is “none”; ties go to the first; null gaps are skipped', () => {
    expect(judgeShortfallGuess([{ dimension: 'a', gap: 0.3 }], null)).toMatchObject({ answer: null, correct: true });
    expect(judgeShortfallGuess([{ dimension: 'a', gap: -1 }, { dimension: 'b', gap: -1 }, { dimension: 'c', gap: null }], 'b')).toMatchObject({ answer: 'a', correct: false });
  });
});
