import type { RowIssue } from '../core/types';
import type { TextEncodingName } from './detect-encoding';
import { noValidRowsError } from './file-errors';
import { IssueLog, skippedRowsWarning } from './issue-log';
import { readCsvRecords, type StreamOptions } from './read-csv-records';
import type { ByteSource } from './byte-source';

/** Every column of a CSV file as trimmed text, for files whose columns are only known once read (surveys). */
export interface TextColumns {
  /** The header row, each name trimmed. */
  readonly headers: readonly string[];
  /** One array per header, one trimmed cell per kept row ('' for an empty cell). */
  readonly columns: readonly (readonly string[])[];
  /** Rows kept. */
  readonly length: number;
  /** Per kept row: its line in the file (header = line 1), so later checks can name the row. */
  readonly lines: readonly number[];
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  /** Data rows read (kept and skipped; blank lines not counted). */
  readonly rowsRead: number;
  readonly warnings: readonly string[];
}

/**
 * Reads a CSV file keeping every column as trimmed text: the caller decides afterwards which columns mean
 * what (a questionnaire's items are named by the survey, not known in advance). A row with more or fewer
 * cells than the header is skipped and reported with its line (header = line 1); empty cells stay ''.
 * Encoding, delimiter and quoting are detected as `readCsvRecords` does. Never throws for a bad row.
 *
 * @throws EngineError `empty-file`, `binary-file`, `no-valid-rows`, `aborted`.
 * @example
 * // bytes of '编号,满意度\nS1,5\nS2\nS3,\n'
 * await readTextColumns(bytes) // headers ['编号', '满意度'], columns [['S1', 'S3'], ['5', '']], lines [2, 4],
 * //   issues [{ line: 3, message: '这一行有 1 列，表头有 2 列' }]
 */
export async function readTextColumns(source: ByteSource, options: StreamOptions = {}): Promise<TextColumns> {
  let columns: string[][] = [];
  const lines: number[] = [];
  const log = new IssueLog();
  let width = 0;
  let rowsRead = 0;

  const layout = await readCsvRecords(
    source,
    {
      header(found) {
        width = found.headers.length;
        columns = found.headers.map(() => []);
      },
      record(fields, line) {
        rowsRead++;
        // A trailing empty cell (a line ending in the delimiter) is not a column of its own.
        const count = fields.length > width && fields.slice(width).every((f) => f.trim() === '') ? width : fields.length;
        if (count !== width) {
          log.add(line, undefined, `这一行有 ${count} 列，表头有 ${width} 列`);
          return;
        }
        for (let k = 0; k < width; k++) columns[k]!.push(fields[k]!.trim());
        lines.push(line);
      },
    },
    options,
  );
  if (lines.length === 0) throw noValidRowsError(rowsRead, log.kept[0], log.kept);
  const warnings = [...layout.warnings];
  const skipped = skippedRowsWarning(log.count, log.kept[0]);
  if (skipped !== null) warnings.push(skipped);
  return {
    headers: layout.headers, columns, length: lines.length, lines, issues: log.kept, issueCount: log.count,
    encoding: layout.encoding, delimiter: layout.delimiter, rowsRead, warnings,
  };
}
