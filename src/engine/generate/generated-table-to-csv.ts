import type { GeneratedCell, GeneratedColumn, GeneratedTable } from './table';

/** Options for {@link generatedTableToCsv}. */
export interface GeneratedCsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel in Chinese opens the file correctly. Default false. */
  readonly bom?: boolean;
}

const FORMULA_START = /^[=+\-@]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes a generated table as CSV text: a header row, then one line per row, `\n` line ends
 * (also after the last row), `,` separators; fields with `"`, `,` or a line break are quoted (RFC 4180).
 * Numbers keep their column's fixed decimals (`toFixed`, which ECMAScript defines exactly, so the
 * bytes never depend on the engine); null is an empty cell; text cells starting with `=`, `+`, `-`
 * or `@` get a leading `'` so that a spreadsheet does not run them as formulas (docs/contracts.md §4).
 * Source: RFC 4180; OWASP "CSV Injection".
 * @throws never.
 * @example
 * generatedTableToCsv({ columns: [{ name: '金额', type: 'number', meaning: '', decimals: 2 }], data: { 金额: [-3.5] }, rows: 1 })
 * // '金额\n-3.50\n'
 */
export function generatedTableToCsv(table: GeneratedTable, options: GeneratedCsvOptions = {}): string {
  const { columns, data, rows } = table;
  const cells = columns.map((column) => data[column.name] ?? []);
  const lines: string[] = [columns.map((column) => quote(column.name)).join(',')];
  for (let i = 0; i < rows; i += 1) {
    let line = '';
    for (let j = 0; j < columns.length; j += 1) {
      if (j > 0) line += ',';
      line += formatCell((cells[j] as readonly GeneratedCell[])[i] ?? null, columns[j] as GeneratedColumn);
    }
    lines.push(line);
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('\n') + '\n';
}

function formatCell(cell: GeneratedCell, column: GeneratedColumn): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (column.decimals !== undefined) return cell.toFixed(column.decimals);
    return String(cell);
  }
  return quote(FORMULA_START.test(cell) ? `'${cell}` : cell);
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
