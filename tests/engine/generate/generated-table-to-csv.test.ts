import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatedTableToCsv } from '~/engine/generate/generated-table-to-csv';
import type { GeneratedTable } from '~/engine/generate/table';

const table = (rows: readonly (readonly [string | null, number | null])[]): GeneratedTable =>
  Object.freeze({
    columns: Object.freeze([
      { name: '客户', type: 'string', meaning: '' },
      { name: '金额', type: 'number', meaning: '', decimals: 2 },
    ] as const),
    data: Object.freeze({ 客户: Object.freeze(rows.map((r) => r[0])), 金额: Object.freeze(rows.map((r) => r[1])) }),
    rows: rows.length,
  });

describe('generatedTableToCsv', () => {
  it.each([
    // RFC 4180 quoting, fixed decimals, empty cells, formula neutralisation (docs/contracts.md §4), all written out by hand
    [[['张三', 12.5]], '客户,金额\n张三,12.50\n'],
    [[['a,b', -3]], '客户,金额\n"a,b",-3.00\n'],
    [[['say "hi"', 0]], '客户,金额\n"say ""hi""",0.00\n'],
    [[['two\nlines', 1.005]], '客户,金额\n"two\nlines",1.00\n'], // 1.005 is 1.00499999… in binary
    [[[null, null]], '客户,金额\n,\n'],
    [[['=SUM(A1)', 1], ['+1', 2], ['-x', 3], ['@y', 4]], "客户,金额\n'=SUM(A1),1.00\n'+1,2.00\n'-x,3.00\n'@y,4.00\n"],
  ] as const)('%j', (rows, expected) => {
    expect(generatedTableToCsv(table(rows))).toBe(expected);
  });

  it('adds a byte order mark only when asked', () => {
    expect(generatedTableToCsv(table([['x', 1]]), { bom: true })).toBe('\uFEFF客户,金额\nx,1.00\n');
  });

  it('writes integers and free numbers without decimals', () => {
    const t: GeneratedTable = {
      columns: [
        { name: 'n', type: 'integer', meaning: '' },
        { name: 'x', type: 'number', meaning: '' },
      ],
      data: { n: [42, -7], x: [0.25, 3] },
      rows: 2,
    };
    expect(generatedTableToCsv(t)).toBe('n,x\n42,0.25\n-7,3\n');
  });

  it('amounts in fen come back exactly from the CSV (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 30 }), (fens) => {
        const csv = generatedTableToCsv(table(fens.map((f) => ['c', f / 100])));
        const lines = csv.trimEnd().split('\n').slice(1);
        expect(lines.map((line) => Math.round(Number(line.split(',')[1]) * 100))).toEqual(fens);
        expect(lines.every((line) => /^c,-?\d+\.\d\d$/.test(line))).toBe(true);
      }),
    );
  });
});
