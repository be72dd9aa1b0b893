import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseAttainment, readScoreSheet, readTextColumns, scoreSheetHeaders, scoreSheetLayout, type DrawnPaper, type ScoreSheet } from '~/engine';
import { expectEngineError } from '../expect-engine-error';
import { chunked, gb18030, utf8 } from '../ingest/helpers';

/** A small paper: 一、名词解释 two items of 5 points (objectives 1 and 2), 二、简答 one of 10 (objective 2). */
const PAPER: Pick<DrawnPaper, 'sections'> = {
  sections: [
    { type: '名词解释', pointsEach: 5, count: 2, total: 10, items: [{ id: 'x-term-001', points: 5, size: 1 }, { id: 'x-term-002', points: 5, size: 1 }] },
    { type: '简答', pointsEach: 10, count: 1, total: 10, items: [{ id: 'x-short-001', points: 10, size: 1 }] },
  ],
};
const OBJECTIVE: Record<string, number> = { 'x-term-001': 1, 'x-term-002': 2, 'x-short-001': 2 };
const LAYOUT = scoreSheetLayout(PAPER, (id) => OBJECTIVE[id] ?? null, { objectives: [1, 2], examWeight: 0.6, coursework: [{ item: '平时成绩（考勤、作业）', weight: 0.4 }] });

async function sheetOf(csv: string, encode: (t: string) => Uint8Array = utf8): Promise<ScoreSheet> {
  return readScoreSheet(await readTextColumns(chunked(encode(csv))), LAYOUT);
}

const SHEET = ['学号,姓名,一1,一2,二1,平时成绩', '满分,,5,5,10,100', 'S1,甲,4,3,8,90', 'S2,乙,5,5,6,80', 'S3,丙,缺考,,,70', 'S4,丁,6,3,8,90', 'S5,戊,,3,8,90', ',己,1,1,1,60', 'S1,庚,1,1,1,60'].join('\n');

describe('the score sheet', () => {
  it('offers a template with 学号, 姓名, each question and each coursework item', () => {
    expect(scoreSheetHeaders(LAYOUT)).toEqual(['学号', '姓名', '一1', '一2', '二1', '平时成绩']);
  });

  it('names every bad cell by line and column, keeps the good rows and lists the absent (GBK, as Excel saves it)', async () => {
    const sheet = await sheetOf(SHEET, gb18030);
    expect(sheet.students.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(sheet.absent).toEqual([{ line: 5, id: 'S3', name: '丙' }]);
    expect(sheet.issues).toEqual([
      { line: 6, column: '一1', message: '超过满分 5 分：“6”' },
      { line: 7, column: '一1', message: '成绩为空' },
      { line: 8, column: '学号', message: '学号为空（姓名：己）' },
      { line: 9, column: '学号', message: '学号 S1 与第 3 行重复' },
    ]);
  });

  it('reads one column per section when the teacher keeps section totals, and section headers in their usual forms', async () => {
    const sheet = await sheetOf(['学号,一、名词解释,第二题,平时', 'S1,7,8,90'].join('\n'));
    expect(sheet.columns.map((c) => [c.header, c.full, c.shares])).toEqual([
      ['一、名词解释', 10, { 1: 0.5, 2: 0.5 }],
      ['第二题', 10, { 2: 1 }],
    ]);
    expect(sheet.coursework).toEqual([{ header: '平时', weight: 0.4 }]);
  });

  it('accepts question headers written 一.1, 1-2 and 二(1), with “(5分)” after them', async () => {
    const sheet = await sheetOf(['学号,一.1(5分),1-2,二(1),备注', 'S1,4,3,8,'].join('\n'));
    expect(sheet.columns.map((c) => c.header)).toEqual(['一.1(5分)', '1-2', '二(1)']);
    expect(sheet.warnings).toContain('成绩表中没有“平时成绩”列：达成度不计这一项（占 40%），其余各项按比例折算。');
    expect(sheet.warnings).toContain('这些列没有用到：备注。');
  });

  it('names the columns it cannot find', async () => {
    const error = await readTextColumns(chunked(utf8('姓名,一1\n甲,3\n'))).then((t) => {
      try {
        readScoreSheet(t, LAYOUT);
      } catch (e) {
        return e as Error;
      }
      return null;
    });
    expect(error?.message).toMatch(/^成绩表缺少这些列：学号；一、名词解释（一2，或一列“一”记本大题总分）；二、简答（二1，或一列“二”记本大题总分）。/);
  });

  it('reads 分 after a score and full-width digits', async () => {
    const sheet = await sheetOf(['学号,一1,一2,二1', 'S1,４,3分,8'].join('\n'));
    expect(sheet.students[0]!.exam).toEqual([4, 3, 8]);
  });
});

describe('courseAttainment', () => {
  it('matches the hand check', async () => {
    // Objective 1: exam full 5. S1 4/5 = 0.8 → 0.6 × 0.8 + 0.4 × 0.90 = 0.84; S2 5/5 → 0.6 + 0.4 × 0.80 = 0.92; class 0.88.
    // Objective 2: exam full 5 + 10 = 15. S1 (3 + 8)/15 → 0.6 × 11/15 + 0.36 = 0.80; S2 (5 + 6)/15 → 0.44 + 0.32 = 0.76; class 0.78.
    const result = courseAttainment(await sheetOf(SHEET), 0.8);
    expect(result.objectives.map((o) => o.examFull)).toEqual([5, 15]);
    expect(result.objectives[0]!.attainment).toBeCloseTo(0.88, 12);
    expect(result.objectives[0]!.examRatio).toBeCloseTo(0.9, 12);
    expect(result.objectives[1]!.attainment).toBeCloseTo(0.78, 12);
    expect(result.objectives[1]!.coursework[0]).toBeCloseTo(0.85, 12);
    expect(result.students.map((s) => s.attainment.map((a) => Math.round(a! * 1e6) / 1e6))).toEqual([[0.84, 0.8], [0.92, 0.76]]);
    expect(result.objectives.map((o) => o.below)).toEqual([0, 1]);
    expect(result.overall).toBeCloseTo(0.78, 12);
  });

  it('uses the exam alone when the sheet has no coursework, and section shares for section totals', async () => {
    // 一 = 7 of 10, half of it objective 1: 3.5 / 5 = 0.7; objective 2: (3.5 + 8) / 15 = 0.7667.
    const result = courseAttainment(await sheetOf(['学号,一,二', 'S1,7,8'].join('\n')));
    expect(result.objectives[0]!.attainment).toBeCloseTo(0.7, 12);
    expect(result.objectives[1]!.attainment).toBeCloseTo(11.5 / 15, 12);
  });

  it('refuses a sheet with no usable student and a target outside (0, 1]', async () => {
    const sheet = await sheetOf(['学号,一1,一2,二1', 'S1,缺考,,'].join('\n'));
    expectEngineError(() => courseAttainment(sheet), 'no-students');
    const good = await sheetOf(SHEET);
    expectEngineError(() => courseAttainment(good, 1.5), 'invalid-target');
  });

  it('gives the class the mean of its students, every value between 0 and 1, 1 for full marks', async () => {
    const student = fc.record({ a: fc.integer({ min: 0, max: 10 }), b: fc.integer({ min: 0, max: 10 }), c: fc.integer({ min: 0, max: 20 }), w: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.asyncProperty(fc.array(student, { minLength: 1, maxLength: 12 }), async (rows) => {
        const csv = ['学号,一1,一2,二1,平时成绩', ...rows.map((r, i) => `S${i},${r.a / 2},${r.b / 2},${r.c / 2},${r.w}`)].join('\n');
        const result = courseAttainment(await sheetOf(csv));
        result.objectives.forEach((o, k) => {
          const values = result.students.map((s) => s.attainment[k]!);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(o.attainment).toBeCloseTo(values.reduce((x, y) => x + y, 0) / values.length, 10);
        });
      }),
      { numRuns: 40 },
    );
    expect(courseAttainment(await sheetOf(['学号,一1,一2,二1,平时成绩', 'S1,5,5,10,100'].join('\n'))).overall).toBe(1);
  });
});
