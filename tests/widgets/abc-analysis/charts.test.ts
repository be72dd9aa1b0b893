import { describe, expect, it } from 'vitest';
import { ABC_CHAPTER_EXAMPLE, classifyAbc, paretoPoints } from '~/engine/tiering/abc';
import { paretoChart } from '~/widgets/abc-analysis/charts';

describe('paretoChart (chapter 6’s ten customers, 70 % / 90 %)', () => {
  const result = classifyAbc(ABC_CHAPTER_EXAMPLE.customers);
  const chart = paretoChart(paretoPoints(result), result.summary, 0.7, 0.9);

  it('draws one stretch per class, each starting where the previous ended, and the two cut-off lines', () => {
    const [a, b, c, lineA, lineB] = chart.config.data.datasets as { label: string; data: { x: number; y: number }[] }[];
    // Cumulative shares from the chapter's table: 30, 52, 68, 79 | 86, 91 | 94.5, 97, 99, 100.
    expect(a!.data).toEqual([{ x: 0, y: 0 }, { x: 10, y: 30 }, { x: 20, y: 52 }, { x: 30, y: 68 }, { x: 40, y: 79 }]);
    expect(b!.data).toEqual([{ x: 40, y: 79 }, { x: 50, y: 86 }, { x: 60, y: 91 }]);
    expect(c!.data.map((p) => p.y)).toEqual([91, 94.5, 97, 99, 100]);
    expect(lineA).toMatchObject({ label: 'A 类分界线 70%', data: [{ x: 0, y: 70 }, { x: 100, y: 70 }] });
    expect(lineB!.label).toBe('B 类分界线 90%');
  });

  it('says what the curve shows and tabulates where each class ends', () => {
    expect(chart.label).toBe('帕累托曲线：客户按价值从高到低排列后的累计价值占比。A 类 4 位客户（40.0%）贡献 79.0% 的价值；B 类 2 位客户（20.0%）贡献 12.0% 的价值；C 类 4 位客户（40.0%）贡献 9.0% 的价值。');
    expect(chart.table.rows).toEqual([['A 类', '4', '40.0%', '79.0%'], ['B 类', '2', '60.0%', '91.0%'], ['C 类', '4', '100.0%', '100.0%']]);
  });
});
