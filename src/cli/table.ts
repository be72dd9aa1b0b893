/** A column of a printed table: Chinese header, how to get the cell, and whether it is numeric (right-aligned). */
export interface TableColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string | number | null | undefined;
  /** Decimal places for numbers (default: as they are). */
  readonly digits?: number;
}

/** Columns a terminal gives a character: 2 for CJK and full-width forms, 0 for combining marks, else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c < 0x370)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function show(value: string | number | null | undefined, digits: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '';
    return digits === undefined ? String(value) : value.toFixed(digits);
  }
  // A cell from a file may be megabytes long: every other row would be padded to its width. The JSON and
  // --out keep it whole.
  const text = value.length > MAX_CELL_CHARS ? `${value.slice(0, MAX_CELL_CHARS - 1)}…` : value;
  // Terminal safety: control characters in data are shown, not executed.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u009b]/g, '�');
}

/** The most characters a printed cell shows. */
const MAX_CELL_CHARS = 200;

/**
 * Formats rows as an aligned text table: a header line, a rule, one line per row; numbers right-aligned,
 * text left-aligned, widths measured in terminal columns (a Chinese character takes two); text cells are
 * cut to 200 characters.
 * @example formatTable([{ a: '甲', n: 1.5 }], [{ header: '客户', cell: (r) => r.a }, { header: '金额', cell: (r) => r.n, digits: 2 }])
 * // '客户  金额\n----  ----\n甲    1.50'
 */
export function formatTable<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const texts = cells.map((line) => line.map((value, k) => show(value, columns[k]!.digits)));
  const widths = columns.map((c, k) => Math.max(displayWidth(c.header), ...texts.map((line) => displayWidth(line[k]!))));
  const pad = (text: string, k: number, right: boolean): string => {
    const space = ' '.repeat(Math.max(0, widths[k]! - displayWidth(text)));
    return right ? space + text : text + space;
  };
  const numeric = columns.map((_, k) => cells.length > 0 && cells.every((line) => typeof line[k] === 'number' || line[k] == null));
  const lines = [
    columns.map((c, k) => pad(c.header, k, numeric[k]!)).join('  ').trimEnd(),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...texts.map((line) => line.map((t, k) => pad(t, k, numeric[k]!)).join('  ').trimEnd()),
  ];
  return lines.join('\n');
}

/** A two-column table of named values (for single results such as Erlang C or CLV). */
export function formatPairs(pairs: readonly [string, string | number | null | undefined, number?][]): string {
  return formatTable(pairs, [
    { header: '项目', cell: (p) => p[0] },
    { header: '数值', cell: (p) => (typeof p[1] === 'number' && p[2] !== undefined ? p[1].toFixed(p[2]) : p[1] === undefined ? '' : String(p[1])) },
  ]);
}
