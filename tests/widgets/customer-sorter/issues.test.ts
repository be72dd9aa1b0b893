import { describe, expect, it } from 'vitest';

describe('describeIssues', () => {
  it('names the line or the customer, and the column', async () => {
    const { describeIssues } = await import('~/widgets/customer-sorter/state');
    expect(describeIssues([{ line: 7, column: '毛利率', message: '无法识别的数字：“abc”' }, { line: 9, message: '这一行只有 3 列' }], [{ customer: 'KH012', column: '与定位匹配度', message: '与定位匹配度应在 0 到 1 之间' }])).toEqual([
      '第 7 行“毛利率”列：无法识别的数字：“abc”',
      '第 9 行：这一行只有 3 列',
      '客户 KH012 的“与定位匹配度”：与定位匹配度应在 0 到 1 之间',
    ]);
  });
});
