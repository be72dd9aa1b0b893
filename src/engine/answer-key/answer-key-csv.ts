import { toCsv } from '../core/csv-export';
import { answerKeySections, type AnswerKeyCell } from './sections';
import type { AnswerKey } from './types';

const BOM = '\uFEFF';

/**
 * An answer key as one CSV file for Excel: the file it is for, then each table under its title (numbers
 * rounded as shown, percentages × 100), a blank line between tables, and the method notes at the end.
 * Written with `toCsv` (UTF-8 BOM once at the start, CRLF, formula-looking text neutralised).
 * @throws never.
 * @example answerKeyCsv(key).startsWith('\uFEFF答案对应的文件,') // true
 */
export function answerKeyCsv(key: AnswerKey): string {
  const part = (rows: readonly AnswerKeyCell[][], headers: readonly string[], digits: readonly (number | undefined)[] = []): string =>
    toCsv(
      rows,
      headers.map((header, k) => ({
        header,
        value: (row: readonly AnswerKeyCell[]) => {
          const cell = row[k] ?? null;
          const d = digits[k];
          return typeof cell === 'number' && d !== undefined && Number.isFinite(cell) ? Number(cell.toFixed(d)) : cell;
        },
      })),
    ).slice(BOM.length);
  const parts = [
    part([[key.file, key.studentNumber ?? '', key.rows]], ['答案对应的文件', '学号', '数据行数']),
    ...answerKeySections(key).map((s) => part([], [s.title]) + part(s.rows, s.columns.map((c) => c.header), s.columns.map((c) => c.digits))),
    part([...key.method, ...key.warnings.map((w) => `注意：${w}`)].map((line) => [line]), ['计算方法']),
  ];
  return BOM + parts.join('\r\n');
}

/** The answer key as the command line's `answer-key --json` prints it: one line of JSON, values unrounded. @throws never. */
export function answerKeyJson(key: AnswerKey): string {
  return `${JSON.stringify(key)}\n`;
}
