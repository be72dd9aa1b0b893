import { EngineError } from '../core/errors';
import type { RowIssue } from '../core/types';
import type { TextEncodingName } from './detect-encoding';
import { missingColumnsError, noValidRowsError, type MissingField } from './file-errors';
import { IssueLog, quoteCell, skippedRowsWarning } from './issue-log';
import { findColumn, matchColumns } from './match-columns';
import { amountSizeProblem, parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { readCsvRecords, type CsvLayout, type StreamOptions } from './read-csv-records';
import type { ByteSource } from './byte-source';

/** How one column's cells are read: `date` gives a day number (days since 1970-01-01). */
export type ColumnType = 'number' | 'integer' | 'date' | 'string';

/** One column a table reader looks for. */
export interface ColumnSpec {
  /** The key of this column in the result. */
  readonly key: string;
  readonly type: ColumnType;
  /** Names shown in messages: Chinese, English. */
  readonly label: string;
  readonly labelEn: string;
  /** Header names that mean this column, most usual first (compared as `normalizeHeader` does). */
  readonly synonyms: readonly string[];
  /** Default true. An optional column may be absent (its result is null) and its cells may be empty. */
  readonly required?: boolean;
  /** The header the user chose for this column (overrides the synonyms). */
  readonly header?: string;
}

/** A cell of the row being checked, by spec key: a number (NaN = empty optional cell or no such column) or trimmed text. */
export type RowCell = (key: string) => number | string;

/** Why a row whose cells could all be read still cannot be used: the column to blame (a spec key) and why (Chinese). */
export interface RowProblem {
  readonly key: string;
  readonly message: string;
}

/** Options of `readTable`. */
export interface ReadTableOptions extends StreamOptions {
  readonly columns: readonly ColumnSpec[];
  /** Checks each readable row as a whole (e.g. t_x ≤ T); a problem skips the row as an issue with its line. */
  readonly rowCheck?: (cell: RowCell) => RowProblem | null;
}

/** Cells of one column: numbers, integers and dates as a Float64Array (NaN = empty optional cell). */
export type TableColumn = Float64Array | readonly string[];

/** A one-row-per-item file read into columns. */
export interface ReadTableResult {
  readonly length: number;
  /** Per kept row: its line in the file (header = line 1). */
  readonly lines: readonly number[];
  /** Per spec key: the column, or null for an optional column the file does not have. */
  readonly columns: Readonly<Record<string, TableColumn | null>>;
  /** Per spec key: the header used, or null. */
  readonly mapping: Readonly<Record<string, string | null>>;
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly headers: readonly string[];
  readonly rowsRead: number;
  readonly warnings: readonly string[];
}

/**
 * Reads a CSV with one row per customer (or survey answer) into typed columns described by `columns`.
 * Numbers are read as `parseAmount` reads amounts (decimal comma in `;` files), integers must be whole,
 * dates as `parseDate` reads them (each distinct text parsed once; `1/5/2024` month first), strings are
 * trimmed. A row with an unreadable or (for a required column) empty cell, a number not below 10^15, or a
 * problem found by `rowCheck` is skipped and reported with its line; never throws for a bad row.
 *
 * @throws EngineError `empty-file`, `binary-file`, `missing-columns`, `no-valid-rows`, `aborted`.
 * @example
 * // bytes of 'ID,消费\nA,10\nB,x\n'
 * await readTable(bytes, { columns: [
 *   { key: 'customer', type: 'string', label: '客户', labelEn: 'customer', synonyms: ['ID'] },
 *   { key: 'value', type: 'number', label: '金额', labelEn: 'value', synonyms: ['消费'] }] });
 * // length 1, columns.value Float64Array [10], issues [{ line: 3, column: '消费', message: '无法识别的数字:“x”' }]
 */
export async function readTable(source: ByteSource, options: ReadTableOptions): Promise<ReadTableResult> {
  const specs = options.columns;
  const keyIndex = new Map(specs.map((spec, k) => [spec.key, k]));
  const cell: RowCell = (key) => {
    const k = keyIndex.get(key);
    if (k === undefined) throw new EngineError('unknown-column', `没有这一列：${key}(no column ${key})`);
    if (index[k]! < 0) return specs[k]!.type === 'string' ? '' : Number.NaN;
    return specs[k]!.type === 'string' ? rowText[k]! : row[k]!;
  };
  const lines: number[] = [];
  const index = new Int32Array(specs.length).fill(-1);
  const mapping: Record<string, string | null> = {};
  const numbers: (number[] | null)[] = specs.map((s) => (s.type === 'string' ? null : []));
  const strings: (string[] | null)[] = specs.map((s) => (s.type === 'string' ? [] : null));
  const dateCache = new Map<string, number | string>();
  const log = new IssueLog();
  const row = new Float64Array(specs.length);
  const rowText: string[] = specs.map(() => '');
  let decimalComma = false;
  let length = 0;
  let rowsRead = 0;
  let needed = 0;

  const header = (layout: CsvLayout): void => {
    const guess = matchColumns(layout.headers, Object.fromEntries(specs.map((s) => [s.key, s.synonyms]))).mapping;
    const missing: MissingField[] = [];
    specs.forEach((spec, k) => {
      const column = spec.header !== undefined ? findColumn(layout.headers, spec.header) : guess[spec.key] ? layout.headers.indexOf(guess[spec.key]!) : -1;
      index[k] = column;
      mapping[spec.key] = column >= 0 ? layout.headers[column]! : null;
      if (column < 0 && (spec.required !== false || spec.header !== undefined)) missing.push({ label: spec.label, labelEn: spec.labelEn, named: spec.header });
    });
    if (missing.length > 0) throw missingColumnsError(missing, layout.headers);
    needed = Math.max(...index) + 1;
    decimalComma = layout.delimiter === ';';
  };

  const readCell = (spec: ColumnSpec, k: number, cell: string): string | null => {
    const text = cell.trim();
    if (text === '') {
      if (spec.required !== false) return `${spec.label}为空`;
      row[k] = Number.NaN;
      rowText[k] = '';
      return null;
    }
    if (spec.type === 'string') {
      rowText[k] = text;
      return null;
    }
    if (spec.type === 'date') {
      let day = dateCache.get(text);
      if (day === undefined) {
        const reading = parseDate(text);
        day = reading.ok ? reading.day : reading.reason;
        dateCache.set(text, day);
      }
      if (typeof day === 'string') return day;
      row[k] = day;
      return null;
    }
    const value = parseAmount(text, { decimalComma });
    if (Number.isNaN(value)) return `无法识别的数字：${quoteCell(text)}`;
    const tooLarge = amountSizeProblem(value);
    if (tooLarge !== null) return `${tooLarge}：${quoteCell(text)}`;
    if (spec.type === 'integer' && !Number.isInteger(value)) return `应为整数：${quoteCell(text)}`;
    row[k] = value;
    return null;
  };

  const record = (fields: readonly string[], line: number): void => {
    rowsRead++;
    if (fields.length < needed) {
      log.add(line, undefined, `这一行只有 ${fields.length} 列，表头有 ${needed} 列以上`);
      return;
    }
    for (let k = 0; k < specs.length; k++) {
      if (index[k]! < 0) continue;
      const problem = readCell(specs[k]!, k, fields[index[k]!]!);
      if (problem !== null) return log.add(line, mapping[specs[k]!.key]!, problem);
    }
    const rowProblem = options.rowCheck?.(cell) ?? null;
    if (rowProblem !== null) return log.add(line, mapping[rowProblem.key] ?? undefined, rowProblem.message);
    for (let k = 0; k < specs.length; k++) {
      if (index[k]! < 0) continue;
      if (specs[k]!.type === 'string') strings[k]!.push(rowText[k]!);
      else numbers[k]!.push(row[k]!);
    }
    lines.push(line);
    length++;
  };

  const layout = await readCsvRecords(source, { header, record }, options);
  if (length === 0) throw noValidRowsError(rowsRead, log.kept[0], log.kept);
  const warnings = [...layout.warnings];
  const skipped = skippedRowsWarning(log.count, log.kept[0]);
  if (skipped !== null) warnings.push(skipped);
  const columns: Record<string, TableColumn | null> = {};
  specs.forEach((spec, k) => {
    columns[spec.key] = index[k]! < 0 ? null : spec.type === 'string' ? strings[k]! : Float64Array.from(numbers[k]!);
  });
  return {
    length, lines, columns, mapping, issues: log.kept, issueCount: log.count, encoding: layout.encoding,
    delimiter: layout.delimiter, headers: layout.headers, rowsRead, warnings,
  };
}
