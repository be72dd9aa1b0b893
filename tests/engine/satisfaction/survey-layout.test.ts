import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessSurveyLayout, readAnswerCell, splitItemHeader } from '~/engine/satisfaction';

const roles = (headers: string[], columns: string[][]) =>
  guessSurveyLayout(Object.freeze(headers), Object.freeze(columns.map((c) => Object.freeze(c)))).columns.map((c) => [c.header, c.role, c.group]);

describe('readAnswerCell', () => {
  it.each([
    ['4', false, 4],
    [' ５ ', false, 5],
    ['4 分', false, 4],
    ['4.5', false, 4.5],
    ['4,5', true, 4.5],
    ['4,5', false, Number.NaN],
    ['', false, null],
    ['   ', false, null],
    ['满意', false, Number.NaN],
    ['N/A', false, Number.NaN],
  ])('%j (decimal comma %s) → %s', (cell, comma, expected) => {
    expect(readAnswerCell(cell, comma)).toEqual(expected);
  });
});

describe('splitItemHeader', () => {
  it.each([
    ['可靠性_按时送达', '可靠性', '按时送达'],
    ['可靠性＿按时送达', '可靠性', '按时送达'],
    ['服务-态度', '服务', '态度'],
    ['Q1: 价格', 'Q1', '价格'],
    ['重要性_可靠性_按时送达', '重要性', '可靠性_按时送达'],
    ['总体满意度', null, '总体满意度'],
    ['_开头', null, '_开头'],
    ['结尾_', null, '结尾_'],
  ])('%s → %s / %s', (header, dimension, item) => {
    expect(splitItemHeader(header)).toEqual({ dimension, item });
  });
});

describe('guessSurveyLayout', () => {
  it('reads the course’s survey layout: id, segments, 维度_题目 items, importance per dimension, overall and NPS', () => {
    const layout = guessSurveyLayout(
      ['问卷编号', '客户类型', '使用频率', '有形性_网点环境', '可靠性_按时送达', '重要性_有形性', '重要性_可靠性', '总体满意度', '推荐意愿', '备注'],
      [
        ['S1', 'S2', 'S3', 'S4'],
        ['个人寄件', '电商商家', '个人寄件', '企业客户'],
        ['每周一次', '偶尔', '偶尔', '每周一次'],
        ['3', '5', '', '4'],
        ['2', '1', '4', '3'],
        ['2', '', '3', '3'],
        ['5', '4', '5', '4'],
        ['3', '4', '2', '5'],
        ['10', '0', '7', ''],
        ['太慢了', '', '还行', '包装破了'],
      ],
    );
    expect(layout.scale).toEqual({ min: 1, max: 5 });
    expect(layout.columns.map((c) => [c.role, c.group])).toEqual([
      ['id', null], ['segment', null], ['segment', null], ['item', '有形性'], ['item', '可靠性'],
      ['importance', '有形性'], ['importance', '可靠性'], ['overall', null], ['nps', null], ['ignore', null],
    ]);
  });

  it('finds importance written after the target, a 1–7 scale, and leaves numbers off the scale alone', () => {
    expect(roles(['可靠性_准时', '可靠性_重要性', '年龄', '满意度'], [['6', '7', '1'], ['7', '5', '6'], ['25', '41', '33'], ['4', '5', '3']])).toEqual([
      ['可靠性_准时', 'item', '可靠性'],
      ['可靠性_重要性', 'importance', '可靠性'],
      ['年龄', 'ignore', null],
      ['满意度', 'overall', null],
    ]);
    expect(guessSurveyLayout(['可靠性_准时'], [['6', '7', '1']]).scale).toEqual({ min: 1, max: 7 });
  });

  it('one typo does not change what a column is or the scale; it is left for surveyFromColumns to report', () => {
    const fives = (typo: string) => [...Array.from({ length: 59 }, (_, i) => String((i % 5) + 1)), typo];
    // 59 answers 1–5 and a 44: 59 / 60 ≥ 90 % ratings, the 44 counts towards no scale → still 1–5.
    expect(guessSurveyLayout(['服务_态度'], [fives('44')])).toEqual({ scale: { min: 1, max: 5 }, columns: [{ header: '服务_态度', role: 'item', group: '服务' }] });
    // A 7 among 60 answers: 59 / 60 = 98.3 % within 1–5 → still 1–5.
    expect(guessSurveyLayout(['服务_态度'], [fives('7')]).scale).toEqual({ min: 1, max: 5 });
    // Half the answers 6–7: a 1–7 scale; answers up to 10: 0–10.
    expect(guessSurveyLayout(['a'], [['6', '7', '2', '3']]).scale).toEqual({ min: 1, max: 7 });
    expect(guessSurveyLayout(['a'], [['0', '10', '8', '3']]).scale).toEqual({ min: 0, max: 10 });
    // A text column with one number in it stays text (a segment).
    expect(roles(['门店'], [['东店', '西店', '东店', '西店', '东店', '西店', '东店', '西店', '东店', '3']])).toEqual([['门店', 'segment', null]]);
  });

  it('an item without a dimension, an unnamed id (text different on every row), free text ignored', () => {
    expect(roles(['答卷人', '价格', '评论'], [['张', '李', '王'], ['4', '3', '5'], ['好', '好', '一般']])).toEqual([
      ['答卷人', 'id', null],
      ['价格', 'item', null],
      // Two values that repeat: a segment (the learner can switch it off).
      ['评论', 'segment', null],
    ]);
    expect(roles(['意见'], [['太慢了', '包装破了', '还行', '不错']])).toEqual([['意见', 'id', null]]);
    expect(roles(['编号', '意见'], [['1', '2', '3', '4'], ['太慢了', '包装破了', '还行', '不错']])).toEqual([['编号', 'id', null], ['意见', 'ignore', null]]);
  });

  it('gives one entry per header in file order; items carry the part before the separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('可靠性_准时', '有形性_网点', '价格', '客户类型', '推荐意愿', '重要性_价格', '总体满意度', '备注'), fc.array(fc.constantFrom('', '1', '3', '5', '甲', '乙'), { minLength: 3, maxLength: 3 })), { maxLength: 8 }),
        (cols) => {
          const layout = guessSurveyLayout(cols.map(([h]) => h), cols.map(([, c]) => c));
          expect(layout.columns.map((c) => c.header)).toEqual(cols.map(([h]) => h));
          expect(layout.columns.filter((c) => c.role === 'id').length).toBeLessThanOrEqual(1);
          for (const c of layout.columns) {
            if (c.role === 'item') expect(c.group).toBe(splitItemHeader(c.header).dimension);
            if (c.role !== 'item' && c.role !== 'importance') expect(c.group).toBeNull();
          }
        },
      ),
    );
  });
});
