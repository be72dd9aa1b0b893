import { describe, expect, it } from 'vitest';
import { readTable, type ColumnSpec } from '~/engine/ingest';
import { chunked, utf8 } from './helpers';

const COLUMNS: ColumnSpec[] = [
  { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: ['客户ID', 'customer'] },
  { key: 'revenue', type: 'number', label: '收入', labelEn: 'revenue', synonyms: ['收入', 'revenue'] },
  { key: 'visits', type: 'integer', label: '拜访次数', labelEn: 'visits', synonyms: ['拜访次数'], required: false },
  { key: 'since', type: 'date', label: '开始合作', labelEn: 'since', synonyms: ['开始合作日期'], required: false },
  { key: 'region', type: 'string', label: '区域', labelEn: 'region', synonyms: ['区域'], required: false },
];

describe('readTable', () => {
  it('reads typed columns; optional cells may be empty (NaN); bad cells skip the row with a reason', async () => {
    const text = '客户ID,收入,拜访次数,开始合作日期\nA,"1,000",3,2024-01-05\nB,20.5,,\nC,x,1,2024-01-06\nD,5,2.5,2024-01-07\nE,6,1,2024-02-30\n,7,1,2024-01-08\n';
    const r = await readTable(chunked(utf8(text), 9), { columns: COLUMNS });
    expect(r.length).toBe(2);
    expect(r.columns.customer).toEqual(['A', 'B']);
    expect([...(r.columns.revenue as Float64Array)]).toEqual([1000, 20.5]);
    expect([...(r.columns.visits as Float64Array)]).toEqual([3, Number.NaN]);
    expect([...(r.columns.since as Float64Array)]).toEqual([19727, Number.NaN]); // 2024-01-05 = 19723 + 4
    expect(r.columns.region).toBeNull();
    expect(r.mapping).toEqual({ customer: '客户ID', revenue: '收入', visits: '拜访次数', since: '开始合作日期', region: null });
    expect(r.issues).toEqual([
      { line: 4, column: '收入', message: '无法识别的数字：“x”' },
      { line: 5, column: '拜访次数', message: '应为整数：“2.5”' },
      { line: 6, column: '开始合作日期', message: '日期不存在：“2024-02-30”' },
      { line: 7, column: '客户ID', message: '客户编号为空' },
    ]);
  });
  it('a required column missing is one error listing the headers found', async () => {
    await expect(readTable(chunked(utf8('客户ID,备注\nA,x\n')), { columns: COLUMNS })).rejects.toMatchObject({
      code: 'missing-columns',
      message: '缺少必需的列：收入。找到的列：客户ID, 备注(missing required column: revenue; found: 客户ID, 备注)',
    });
  });
});
