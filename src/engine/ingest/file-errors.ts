import { EngineError } from '../core/errors';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import type { RowIssue } from '../core/types';
import { shortText } from './issue-log';

/** A required field that has no column: its Chinese and English names, and the column the user named. */
export interface MissingField {
  readonly label: string;
  readonly labelEn: string;
  readonly named?: string | null;
}

function looksLikeData(headers: readonly string[]): boolean {
  const filled = headers.filter((h) => h !== '');
  return filled.length > 0 && filled.every((h) => h.length <= 40 && (!Number.isNaN(parseAmount(h)) || parseDate(h).ok));
}

/** How many headers a message lists. */
const LISTED_HEADERS = 30;

/** The headers for a message: each cut to 40 characters, at most 30 of them, then how many more. */
function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, LISTED_HEADERS).map((h) => shortText(h)).join(', ');
  return headers.length > LISTED_HEADERS ? `${shown} …（共 ${headers.length} 列）` : shown;
}

/**
 * The error for a file that lacks required columns: one message naming what is missing and listing the
 * headers found, e.g. `缺少必需的列:金额。找到的列:会员号, 日期, 备注(missing required column: amount; found: 会员号, 日期, 备注)`.
 */
export function missingColumnsError(missing: readonly MissingField[], headers: readonly string[]): EngineError {
  const found = headers.length > 0 ? listHeaders(headers) : '（无）';
  const named = missing.filter((m) => m.named);
  const unnamed = missing.filter((m) => !m.named);
  const zh: string[] = [];
  const en: string[] = [];
  if (named.length > 0) {
    zh.push(`找不到指定的列：${named.map((m) => `“${shortText(m.named!)}”（${m.label}）`).join('、')}`);
    en.push(`column not found: ${named.map((m) => shortText(m.named!)).join(', ')}`);
  }
  if (unnamed.length > 0) {
    zh.push(`缺少必需的列：${unnamed.map((m) => m.label).join('、')}`);
    en.push(`missing required column${unnamed.length > 1 ? 's' : ''}: ${unnamed.map((m) => m.labelEn).join(', ')}`);
  }
  const hint = looksLikeData(headers) ? '。第一行看起来是数据而不是表头，请在第一行加上列名' : '';
  return new EngineError(
    'missing-columns',
    `${zh.join('；')}。找到的列：${found}${hint}(${en.join('; ')}; found: ${found})`,
    { missing: missing.map((m) => m.labelEn), headers: [...headers] },
  );
}

/** The error for a file with a header and no row that could be read. */
export function noValidRowsError(rowsRead: number, firstIssue: RowIssue | undefined, issues: readonly RowIssue[]): EngineError {
  if (rowsRead === 0) {
    return new EngineError('no-valid-rows', '文件只有表头，没有数据行(the file has a header but no data rows)', { rowsRead, issues });
  }
  const where = firstIssue === undefined ? '' : `，例如第 ${firstIssue.line} 行${firstIssue.column === undefined ? '' : `“${shortText(firstIssue.column)}”列`}：${firstIssue.message}`;
  return new EngineError(
    'no-valid-rows',
    `没有一行可以读取：${rowsRead} 行数据都有问题${where}(no readable rows: all ${rowsRead} data rows have problems)`,
    { rowsRead, issues },
  );
}
