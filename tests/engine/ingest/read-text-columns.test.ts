import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTextColumns } from '~/engine/ingest';
import { chunked, gb18030, utf8 } from './helpers';

describe('readTextColumns', () => {
  it('keeps every column as trimmed text, empty cells as "", and skips rows of the wrong width with their line', async () => {
    const text = '问卷编号,客户类型,可靠性_准时\nS1, 个人 ,4\nS2,企业\n\nS3,,\n"S4","电商,商家",5,,\n';
    const r = await readTextColumns(chunked(utf8(text), 7));
    expect(r.headers).toEqual(['问卷编号', '客户类型', '可靠性_准时']);
    // Line 3 has 2 cells: skipped. Line 4 is blank (skipped silently, still counted). Line 6 has a quoted delimiter
    // ("电商,商家" is one cell) and two trailing empty cells, which are not columns of their own: kept.
    expect(r.columns).toEqual([['S1', 'S3', 'S4'], ['个人', '', '电商,商家'], ['4', '', '5']]);
    expect(r.lines).toEqual([2, 5, 6]);
    expect(r.issues).toEqual([{ line: 3, message: '这一行有 2 列，表头有 3 列' }]);
    expect(r.issueCount).toBe(1);
    expect(r.rowsRead).toBe(4);
  });

  it('reads GBK files and semicolons', async () => {
    const r = await readTextColumns(chunked(gb18030('编号;满意度\nA;5\nB;4\n'), 3));
    expect(r.encoding).toBe('gb18030');
    expect(r.delimiter).toBe(';');
    expect(r.columns).toEqual([['A', 'B'], ['5', '4']]);
  });

  it('throws for a file with no usable row, naming the first problem', async () => {
    await expect(readTextColumns(chunked(utf8('a,b\n1\n2\n')))).rejects.toMatchObject({ code: 'no-valid-rows' });
    await expect(readTextColumns(chunked(utf8('')))).rejects.toMatchObject({ code: 'empty-file' });
  });

  it('keeps every well-formed row, in order, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.stringMatching(/^[A-Z0-9]{1,4}$/), fc.integer({ min: 1, max: 5 }), fc.boolean()), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        async (rows, size) => {
          // Rows marked false lose their last cell and must be reported, the others kept as written.
          const text = `id,score\n${rows.map(([id, score, whole]) => (whole ? `${id},${score}` : id)).join('\n')}\n`;
          const kept = rows.filter(([, , whole]) => whole);
          if (kept.length === 0) return;
          const r = await readTextColumns(chunked(utf8(text), size));
          expect(r.columns[0]).toEqual(kept.map(([id]) => id));
          expect(r.columns[1]).toEqual(kept.map(([, score]) => String(score)));
          expect(r.issueCount).toBe(rows.length - kept.length);
          expect(r.length + r.issueCount).toBe(r.rowsRead);
        },
      ),
      { numRuns: 60 },
    );
  });
});
