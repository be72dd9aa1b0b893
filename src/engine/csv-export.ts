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
