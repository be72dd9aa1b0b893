import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { surveyFromColumns, type SurveyLayout } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

const table = (headers: string[], columns: string[][], delimiter = ',') =>
  Object.freeze({ headers, columns: columns.map((c) => Object.freeze(c)), lines: columns[0]!.map((_, i) => i + 2), length: columns[0]!.length, delimiter });

const LAYOUT: SurveyLayout = Object.freeze({
  scale: { min: 1, max: 5 },
  columns: [
    { header: '编号', role: 'id', group: null },
    { header: '类型', role: 'segment', group: null },
    { header: '可靠性_准时', role: 'item', group: '可靠性' },
    { header: '价格', role: 'item', group: null },
    { header: '重要性_可靠性', role: 'importance', group: '可靠性' },
    { header: '总体满意度', role: 'overall', group: null },
    { header: '推荐意愿', role: 'nps', group: null },
    { header: '备注', role: 'ignore', group: null },
  ],
} as const);

describe('surveyFromColumns', () => {
  it('reads answers per role; unusable cells count as blanks and are listed in line order with their column', () => {
    const data = surveyFromColumns(
      table(
        ['编号', '类型', '可靠性_准时', '价格', '重要性_可靠性', '总体满意度', '推荐意愿', '备注'],
        [['S1', 'S2', 'S3'], ['甲', '乙', ''], ['4', '6', ''], ['5 分', 'x', '2'], ['5', '4', '0'], ['5', '4', '3.5'], ['10', '11', '0'], ['', '', '']],
      ),
      LAYOUT,
    );
    expect(data.respondents).toBe(3);
    expect(data.ids).toEqual(['S1', 'S2', 'S3']);
    expect(data.segments).toEqual([{ column: '类型', values: ['甲', '乙', ''] }]);
    expect(data.items).toEqual([
      { key: '可靠性_准时', label: '准时', dimension: '可靠性', answers: [4, null, null] },
      { key: '价格', label: '价格', dimension: null, answers: [5, null, 2] },
    ]);
    expect(data.importance).toEqual([{ key: '重要性_可靠性', target: '可靠性', answers: [5, 4, null] }]);
    expect(data.overall).toEqual({ key: '总体满意度', answers: [5, 4, null] });
    expect(data.nps).toEqual({ key: '推荐意愿', answers: [10, null, 0] });
    // By hand: 6 is off 1–5 (line 3), x is no number (line 3), 11 is off 0–10 (line 3); 0 is off 1–5 (line 4), 3.5 is not whole (line 4).
    expect(data.issues).toEqual([
      { line: 3, column: '可靠性_准时', message: '“6”不在 1–5 之间，按未作答处理' },
      { line: 3, column: '价格', message: '无法识别的分数：“x”，按未作答处理' },
      { line: 3, column: '推荐意愿', message: '“11”不在 0–10 之间，按未作答处理' },
      { line: 4, column: '重要性_可靠性', message: '“0”不在 1–5 之间，按未作答处理' },
      { line: 4, column: '总体满意度', message: '“3.5”不在 1–5 之间，按未作答处理' },
    ]);
    expect(data.issueCount).toBe(5);
  });

  it('reads a decimal comma in a ; file (a 4,0 is whole)', () => {
    const layout: SurveyLayout = { scale: { min: 1, max: 5 }, columns: [{ header: 'q', role: 'item', group: null }] };
    expect(surveyFromColumns(table(['q'], [['4,0', '3']], ';'), layout).items[0]!.answers).toEqual([4, 3]);
  });

  it('refuses a layout it cannot follow', () => {
    const t = table(['a', 'b'], [['1'], ['2']]);
    expectEngineError(() => surveyFromColumns(t, { scale: { min: 1, max: 5 }, columns: [{ header: 'c', role: 'item', group: null }] }), 'invalid-layout');
    expectEngineError(
      () => surveyFromColumns(t, { scale: { min: 1, max: 5 }, columns: [{ header: 'a', role: 'nps', group: null }, { header: 'b', role: 'nps', group: null }] }),
      'invalid-layout',
    );
    expectEngineError(() => surveyFromColumns(t, { scale: { min: 5, max: 5 }, columns: [] }), 'invalid-layout');
    expectEngineError(() => surveyFromColumns(t, { scale: { min: 1, max: 4.5 }, columns: [] }), 'invalid-layout');
  });

  it('keeps one answer per respondent; each cell is an answer on the scale, a blank, or an issue', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', '1', '3', '5', '7', 'x', '2.5'), { minLength: 1, maxLength: 40 }), (cells) => {
        const data = surveyFromColumns(table(['q'], [cells]), { scale: { min: 1, max: 5 }, columns: [{ header: 'q', role: 'item', group: null }] });
        const answers = data.items[0]!.answers;
        expect(answers).toHaveLength(cells.length);
        expect(answers.every((a) => a === null || (Number.isInteger(a) && a >= 1 && a <= 5))).toBe(true);
        const blanks = cells.filter((c) => c === '').length;
        expect(answers.filter((a) => a !== null).length + blanks + data.issueCount).toBe(cells.length);
        expect(data.issues.map((i) => i.line)).toEqual([...data.issues.map((i) => i.line)].sort((a, b) => a - b));
      }),
    );
  });
});
