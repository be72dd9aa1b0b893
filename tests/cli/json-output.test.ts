import { describe, expect, it } from 'vitest';
import { JsonRows, writeJson } from '~/cli/context';

async function written(value: Record<string, unknown>): Promise<string[]> {
  const pieces: string[] = [];
  await writeJson((text) => pieces.push(text), value);
  return pieces;
}

describe('writeJson: a command’s --json output, long arrays written a slice at a time', () => {
  const rows = Array.from({ length: 60_001 }, (_, k) => ({ id: `C${k}`, money: k / 3, extra: 'not written' }));
  const toJson = ({ id, money }: (typeof rows)[number]) => ({ id, money });

  const value = { asof: '2024-01-05', skipped: undefined, customers: new JsonRows(rows, toJson), empty: new JsonRows([], toJson), warnings: ['“引号”\n'] };

  it('writes the bytes JSON.stringify writes, in pieces of about a megabyte', async () => {
    const pieces = await written(value);
    const expected = `${JSON.stringify({ ...value, customers: rows.map(toJson), empty: [] })}\n`;
    expect(pieces.join('')).toBe(expected);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 * 1024 * 1024);
  });

  it('a small result is one piece; an empty object is {}', async () => {
    expect(await written({ a: 1, b: [2, 3] })).toEqual(['{"a":1,"b":[2,3]}\n']);
    expect(await written({})).toEqual(['{}\n']);
    expect(await written({ rows: new JsonRows([1, 2], (n) => n * 2) })).toEqual(['{"rows":[2,4]}\n']);
  });

  it('hands over each piece only once stdout has drained (a slow pipe holds the writer, not memory)', async () => {
    let room = false;
    const pieces: string[] = [];
    const out = (text: string) => {
      expect(room).toBe(true);
      room = false;
      pieces.push(text);
    };
    const drained = () => new Promise<void>((resolve) => setTimeout(() => ((room = true), resolve())));
    await writeJson(out, value, drained);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`${JSON.stringify({ ...value, customers: rows.map(toJson), empty: [] })}\n`);
  });
});
