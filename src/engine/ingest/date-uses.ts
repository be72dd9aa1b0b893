import { MAX_KEPT_ISSUES } from './issue-log';

/**
 * How many rows use each date text, and the lines of the first `MAX_KEPT_ISSUES` of them: enough to name the
 * first rows of any set of dates (bad dates, suspicious dates) in line order without keeping every row's line.
 * Lines must be added in increasing order.
 * @example const u = new DateUses(); u.add(0, 2); u.add(1, 3); u.add(0, 4); u.firstRows((id) => id === 0) // [{ line: 2, id: 0 }, { line: 4, id: 0 }]
 */
export class DateUses {
  /** Rows per date id. */
  uses = new Int32Array(256);
  private firstLine = new Int32Array(256);
  /** Lines 2…`MAX_KEPT_ISSUES` of a date id, made when it has a second row. */
  private readonly more: number[][] = [];

  add(id: number, line: number): void {
    if (id >= this.uses.length) this.grow(id);
    const count = this.uses[id]!++;
    if (count === 0) this.firstLine[id] = line;
    else if (count < MAX_KEPT_ISSUES) (this.more[id] ??= []).push(line);
  }

  /** `add` for the first `count` rows of two columns. */
  addRows(dateId: Int32Array, line: Int32Array, count: number): void {
    for (let i = 0; i < count; i++) this.add(dateId[i]!, line[i]!);
  }

  /** Rows whose date id passes `chosen`: how many, and the first `MAX_KEPT_ISSUES` in line order. */
  firstRows(chosen: (id: number) => boolean): { count: number; rows: { line: number; id: number }[] } {
    const rows: { line: number; id: number }[] = [];
    let count = 0;
    for (let id = 0; id < this.uses.length; id++) {
      if (this.uses[id] === 0 || !chosen(id)) continue;
      count += this.uses[id]!;
      rows.push({ line: this.firstLine[id]!, id });
      for (const line of this.more[id] ?? []) rows.push({ line, id });
    }
    rows.sort((a, b) => a.line - b.line);
    return { count, rows: rows.slice(0, MAX_KEPT_ISSUES) };
  }

  private grow(id: number): void {
    let size = this.uses.length * 2;
    while (size <= id) size *= 2;
    const uses = new Int32Array(size);
    uses.set(this.uses);
    this.uses = uses;
    const firstLine = new Int32Array(size);
    firstLine.set(this.firstLine);
    this.firstLine = firstLine;
  }
}
