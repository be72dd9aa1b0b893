import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '~/widgets/class-board/xlsx';

describe('writeXlsx', () => {
  it('writes the parts Excel needs, numbers as numbers and text (even formula-like) as inline strings', () => {
    const bytes = writeXlsx([
      { name: '成绩册', rows: [['学号', '姓名', '第六章 本章自测（百分制）'], ['2023001', '=HYPERLINK("x")', 87.5], ['2023002', '李四 & <王>', null]] },
      { name: 'a/b:c', rows: [[1]] },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="成绩册" sheetId="1" r:id="rId1"/><sheet name="a b c" sheetId="2" r:id="rId2"/>');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="C2"><v>87.5</v></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t></is></c>');
    expect(sheet).toContain('<t xml:space="preserve">李四 &amp; &lt;王&gt;</t>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('r="C3"');
  });
});
