import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankMatches, normalizeBlankAnswer, scoreObjectiveAnswer, type ExamResponse, type ObjectiveItem } from '~/engine/exam';
import { expectEngineError } from '../expect-engine-error';

const base = { chapter: '06-customer-tiering', difficulty: '中', knowledge: '客户分级的方法', goal: 2, stem: '题干', explanation: '解析' } as const;
const SINGLE: ObjectiveItem = Object.freeze({ ...base, id: '06-mc-001', type: '单选', points: 2, options: ['甲', '乙', '丙', '丁'], answer: 'B' });
const MULTI: ObjectiveItem = Object.freeze({ ...base, id: '06-multi-001', type: '多选', points: 2, options: ['甲', '乙', '丙', '丁'], answer: 'ACD' });
const JUDGE: ObjectiveItem = Object.freeze({ ...base, id: '06-tf-001', type: '判断', points: 1, answer: false });
const FILL: ObjectiveItem = Object.freeze({ ...base, id: '06-fill-001', type: '填空', points: 2, stem: 'RFM 中的 R 指____，M 指____。', answer: [['最近一次消费', '最近购买时间'], ['消费金额']] });

describe('scoreObjectiveAnswer', () => {
  // Worked by hand from the rules: 多选 少选得一半 (1 of 2 points), 错选不得分; 填空 1 point per blank.
  it.each([
    ['单选 right', SINGLE, { kind: 'choice', choice: 'B' }, 2, 'right'],
    ['单选 wrong', SINGLE, { kind: 'choice', choice: 'C' }, 0, 'wrong'],
    ['判断 right', JUDGE, { kind: 'judge', value: false }, 1, 'right'],
    ['判断 wrong', JUDGE, { kind: 'judge', value: true }, 0, 'wrong'],
    ['多选 all three', MULTI, { kind: 'choices', choices: 'ACD' }, 2, 'right'],
    ['多选 two of three, none wrong: half', MULTI, { kind: 'choices', choices: 'AC' }, 1, 'partial'],
    ['多选 one of three, none wrong: half', MULTI, { kind: 'choices', choices: 'D' }, 1, 'partial'],
    ['多选 two right and one wrong: 0', MULTI, { kind: 'choices', choices: 'ABC' }, 0, 'wrong'],
    ['多选 every option: 0', MULTI, { kind: 'choices', choices: 'ABCD' }, 0, 'wrong'],
    ['多选 nothing chosen: 0', MULTI, { kind: 'choices', choices: '' }, 0, 'wrong'],
    ['填空 both, with spaces, full-width and a full stop', FILL, { kind: 'blanks', values: [' 最近一次 消费 ', '消费金额。'] }, 2, 'right'],
    ['填空 the second accepted answer', FILL, { kind: 'blanks', values: ['最近购买时间', '金额'] }, 1, 'partial'],
    ['填空 none', FILL, { kind: 'blanks', values: ['', ''] }, 0, 'wrong'],
  ] as const)('%s', (_, item, response, score, verdict) => {
    const result = scoreObjectiveAnswer(item, Object.freeze(response as ExamResponse));
    expect(result.score).toBe(score);
    expect(result.points).toBe(item.points);
    expect(result.verdict).toBe(verdict);
  });

  it('says what happened in one Chinese sentence', () => {
    expect(scoreObjectiveAnswer(MULTI, { kind: 'choices', choices: 'AC' }).summary).toBe('部分正确：选对了 3 个正确选项中的 2 个，没有选错，少选得一半，得 1 分（满分 2 分）。');
    expect(scoreObjectiveAnswer(MULTI, { kind: 'choices', choices: 'AB' }).summary).toBe('回答错误：选了 1 个不该选的选项，错选不得分，应选 ACD，得 0 分（满分 2 分）。');
    expect(scoreObjectiveAnswer(JUDGE, { kind: 'judge', value: true }).summary).toBe('回答错误：本题的说法错误，得 0 分（满分 1 分）。');
    expect(scoreObjectiveAnswer(FILL, { kind: 'blanks', values: ['最近一次消费', ''] })).toMatchObject({ blanks: [true, false], summary: '填对 1 / 2 空，得 1 分（满分 2 分）。' });
  });

  it('accepts the Traditional spelling of a key when given the converter', () => {
    const hant = (s: string) => s.replace('费', '費').replace('额', '額');
    expect(scoreObjectiveAnswer(FILL, { kind: 'blanks', values: ['最近一次消費', '消費金額'] }).score).toBe(0);
    expect(scoreObjectiveAnswer(FILL, { kind: 'blanks', values: ['最近一次消費', '消費金額'] }, hant).score).toBe(2);
  });

  it('refuses a response of another kind or a letter beyond D', () => {
    expectEngineError(() => scoreObjectiveAnswer(SINGLE, { kind: 'judge', value: true }), 'response-kind-mismatch');
    expectEngineError(() => scoreObjectiveAnswer(SINGLE, { kind: 'choice', choice: 'E' }), 'invalid-choice');
    expectEngineError(() => scoreObjectiveAnswer(MULTI, { kind: 'choices', choices: 'AE' }), 'invalid-choice');
  });

  it('gives a 多选 between 0 and its points, half only for a non-empty subset of the key, full only for the key', () => {
    const letters = fc.subarray(['A', 'B', 'C', 'D']).map((a) => a.join(''));
    fc.assert(
      fc.property(letters, letters.filter((k) => k.length >= 2), fc.constantFrom(2, 4), (choices, key, points) => {
        const item = { ...MULTI, answer: key, points };
        const { score } = scoreObjectiveAnswer(item, { kind: 'choices', choices });
        const subset = choices.length > 0 && [...choices].every((c) => key.includes(c));
        expect(score).toBe(choices === key ? points : subset ? points / 2 : 0);
      }),
    );
  });
});

describe('normalizeBlankAnswer and blankMatches', () => {
  it.each([
    [' “ＣＲＭ”。 ', 'crm'],
    ['客户 终身价值', '客户终身价值'],
    ['《广告法》', '广告法'],
    ['80%', '80%'],
  ])('%s → %s', (text, expected) => expect(normalizeBlankAnswer(text)).toBe(expected));

  it('never matches an empty answer, even against an empty key', () => {
    expect(blankMatches('  。', ['。'])).toBe(false);
  });
});
