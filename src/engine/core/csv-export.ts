/** A cell value for CSV export: numbers stay numbers, text is neutralised, null/undefined are empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** One exported column: its header and where its value comes from (a key of the row, or a function). */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: keyof Row | ((row: Row) => CsvValue);
}

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text for Excel: a UTF-8 byte-order mark first (so Excel in Chinese reads UTF-8), a
 * header row, CRLF line ends, cells with `"` `,` or a line break quoted with `"` doubled (RFC 4180).
 * Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` so a
 * spreadsheet shows them as text instead of running them as formulas; numbers are written as numbers
 * (`-12.5` stays a number), non-finite numbers and null as empty cells.
 *
 * Source: RFC 4180; OWASP, "CSV Injection".
 * @example toCsv([{ name: '=1+1', total: -12.5 }], [{ header: '客户', value: 'name' }, { header: '金额', value: 'total' }])
 * // '\uFEFF客户,金额\r\n\'=1+1,-12.5\r\n'
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((c) => cell(typeof c.value === 'function' ? c.value(row) : (row[c.value] as CsvValue)))
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A number rounded to `decimals` places for a CSV cell (half away from zero, the binary noise of sums taken out
 * first, so 328.09000000000003 → 328.09 and 1.005 → 1.01); still a number. Exports follow number-text's rule:
 * money to cents (`csvMoney`), shares to six decimals (`csvShare`), model figures as each table says.
 * @example roundTo(328.09000000000003, 2) // 328.09
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  const rounded = Math.round(Number((Math.abs(value) * f).toPrecision(15))) / f;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** Money in a CSV cell: to cents. @example csvMoney(-12.499999999) // -12.5 */
export function csvMoney(value: number): number {
  return roundTo(value, 2);
}

/** A share 0..1 in a CSV cell: six decimals (a ten-thousandth of a percent). @example csvShare(0.7000000000000001) // 0.7 */
export function csvShare(value: number): number {
  return roundTo(value, 6);
}
