import { describe, expect, it } from 'vitest';
import { chineseOnly, learnerMessage } from '~/widgets/shared/learner-message';

describe('chineseOnly', () => {
  it.each([
    ['drops the English in brackets', '至少需要 2 位客户(at least 2 customers are needed)', '至少需要 2 位客户'],
    ['matches brackets inside the English (a quoted header)', '缺少必需的列：金额。找到的列：会员号, 金额(元)(missing required column: amount; found: 会员号, 金额(元))', '缺少必需的列：金额。找到的列：会员号, 金额(元)'],
    ['keeps a Chinese parenthetical', '无法载入数据集“零售”（HTTP 404）', '无法载入数据集“零售”（HTTP 404）'],
    ['keeps a message without English', '客户编号为空', '客户编号为空'],
    ['keeps brackets that are not English', '金额(元)', '金额(元)'],
    ['keeps unbalanced text as it is', '错误)', '错误)'],
    ['keeps an ASCII-bracketed Chinese gloss before the English', '请输入学号(4–20 位数字)(enter a student number of 4–20 digits)', '请输入学号(4–20 位数字)'],
    ['keeps a full-width Chinese gloss before the English', '请输入学号（4–20 位数字）(enter a student number of 4–20 digits)', '请输入学号（4–20 位数字）'],
  ])('%s', (_, message, expected) => {
    expect(chineseOnly(message)).toBe(expected);
  });
});

describe('learnerMessage', () => {
  it("prefers the widget's words for the code, else the Chinese part", () => {
    expect(learnerMessage({ code: 'a', message: '甲(a)' }, { a: '乙。' })).toBe('乙。');
    expect(learnerMessage({ code: 'b', message: '甲(b)' }, { a: '乙。' })).toBe('甲');
  });
});
