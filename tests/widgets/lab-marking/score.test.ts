import { describe, expect, it } from 'vitest';
import { rubricSchema } from '~/content-schema/rubric-schema';
import { marksToCsv, scoreInBand, totalScore } from '~/widgets/lab-marking/score';

const levels = { 优: '全部正确无误', 良: '有一处小错误', 中: '有两处错误', 及格: '有三处以上错误', 不及格: '没有完成任务' };
const rubric = rubricSchema.parse([
  { id: 'abc-rfm', criterion: 'ABC、RFM 计算', weight: 0.3, levels },
  { id: 'choice', criterion: '关键客户选择', weight: 0.3, levels },
  { id: 'plan', criterion: '服务方案', weight: 0.3, levels },
  { id: 'talk', criterion: '汇报', weight: 0.1, levels },
]);

describe('marking against the rubric', () => {
  it.each([
    ['优', 120, 100],
    ['优', 80, 90],
    ['良', 86.26, 86.3],
    ['不及格', 65, 59],
    ['中', Number.NaN, 75],
  ] as const)('keeps a score for %s inside the band: %s → %s', (level, score, kept) => {
    expect(scoreInBand(level, score)).toBe(kept);
  });

  it('totals the weighted scores: 0.3×95 + 0.3×85 + 0.3×75 + 0.1×65 = 83', () => {
    const criteria = { 'abc-rfm': { level: '优', score: 95 }, choice: { level: '良', score: 85 }, plan: { level: '中', score: 75 }, talk: { level: '及格', score: 65 } } as const;
    expect(totalScore(rubric, criteria)).toEqual({ total: 83, unmarked: [] });
  });

  it('has no total until every criterion is marked, and names those left', () => {
    expect(totalScore(rubric, { talk: { level: '优', score: 90 } })).toEqual({ total: null, unmarked: ['ABC、RFM 计算', '关键客户选择', '服务方案'] });
  });

  it('exports marks as CSV for a gradebook, a comment that looks like a formula neutralised', () => {
    const mark = {
      student: { name: '张三', studentId: '2023123456', className: '营销 2301' },
      criteria: { 'abc-rfm': { level: '优', score: 95 }, choice: { level: '良', score: 85 }, plan: { level: '中', score: 75 }, talk: { level: '及格', score: 65 } },
      comment: '=HYPERLINK("x")',
      checksum: 'c',
      updatedAt: '',
    } as const;
    const [header, row] = marksToCsv('大客户管理', rubric, [mark]).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('实训,学号,姓名,班级,ABC、RFM 计算（等级）,ABC、RFM 计算（得分）,关键客户选择（等级）,关键客户选择（得分）,服务方案（等级）,服务方案（得分）,汇报（等级）,汇报（得分）,总分,评语');
    expect(row).toBe('大客户管理,2023123456,张三,营销 2301,优,95,良,85,中,75,及格,65,83,"\'=HYPERLINK(""x"")"');
  });
});
