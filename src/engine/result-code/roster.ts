import { EngineError } from '../core/errors';
import type { ByteSource } from '../ingest/byte-source';
import type { TextEncodingName } from '../ingest/detect-encoding';
import { missingColumnsError, type MissingField } from '../ingest/file-errors';
import { IssueLog, quoteCell } from '../ingest/issue-log';
import { matchColumns } from '../ingest/match-columns';
import { readTextColumns } from '../ingest/read-text-columns';
import type { RowIssue } from '../core/types';
import { MAX_TEXT_LENGTH, normalizeText } from './encode-result-code';

/** One student on a class list. */
export interface RosterEntry {
  readonly studentId: string;
  readonly name: string;
}

export interface Roster {
  readonly entries: readonly RosterEntry[];
  /** Rows left out, with their line (header = line 1) and why; the first 20, `issueCount` all. */
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly encoding: TextEncodingName;
  /** The headers used for 学号 and 姓名. */
  readonly headers: { readonly studentId: string; readonly name: string };
}

/** Headers that name the two columns a class list needs (as the academic system exports them, or in English). */
export const ROSTER_SYNONYMS = {
  studentId: ['学号', '学生学号', '学籍号', '考号', '学生编号', 'student id', 'student_id', 'studentid', 'student number', 'id'],
  name: ['姓名', '学生姓名', '名字', 'name', 'student name', 'full name'],
} as const;

const LABELS: Readonly<Record<keyof typeof ROSTER_SYNONYMS, MissingField>> = {
  studentId: { label: '学号', labelEn: 'student id' },
  name: { label: '姓名', labelEn: 'name' },
};

/**
 * Reads a class list (a CSV from the academic system: UTF-8 or GBK, any delimiter, other columns ignored) into
 * students. A row without a 学号 or 姓名, with one longer than a result code holds (20 characters), or repeating
 * a 学号 already read is left out and reported with its line; the rest are kept in file order. 学号 and 姓名 are
 * normalised as result codes store them (half-width, spaces trimmed).
 * @throws EngineError `missing-columns` (no 学号 or 姓名 column), `no-valid-rows`, `empty-file`, `binary-file`.
 * @example
 * // bytes of '学号,姓名,性别\n2023001,张三,男\n,李四,女\n2023001,王五,男\n'
 * await readRoster(bytes) // entries [{ studentId: '2023001', name: '张三' }], issues on lines 3 and 4
 */
export async function readRoster(source: ByteSource): Promise<Roster> {
  const table = await readTextColumns(source);
  const { mapping } = matchColumns(table.headers, ROSTER_SYNONYMS);
  const missing = (Object.keys(LABELS) as (keyof typeof LABELS)[]).filter((field) => !mapping[field]).map((field) => LABELS[field]);
  if (missing.length > 0) throw missingColumnsError(missing, table.headers);
  const idColumn = table.columns[table.headers.indexOf(mapping.studentId!)]!;
  const nameColumn = table.columns[table.headers.indexOf(mapping.name!)]!;
  const log = new IssueLog();
  for (const issue of table.issues) log.add(issue.line, issue.column, issue.message);
  log.count += table.issueCount - table.issues.length;
  const entries: RosterEntry[] = [];
  const seen = new Map<string, number>();
  for (let row = 0; row < table.length; row++) {
    const line = table.lines[row]!;
    const studentId = normalizeText(idColumn[row]!);
    const name = normalizeText(nameColumn[row]!);
    if (studentId === '') log.add(line, mapping.studentId!, '学号为空');
    else if (name === '') log.add(line, mapping.name!, '姓名为空');
    else if (studentId.length > MAX_TEXT_LENGTH) log.add(line, mapping.studentId!, `学号超过 ${MAX_TEXT_LENGTH} 个字符：${quoteCell(studentId)}`);
    else if (name.length > MAX_TEXT_LENGTH) log.add(line, mapping.name!, `姓名超过 ${MAX_TEXT_LENGTH} 个字符：${quoteCell(name)}`);
    else if (seen.has(studentId)) log.add(line, mapping.studentId!, `学号 ${studentId} 与第 ${seen.get(studentId)} 行重复`);
    else {
      seen.set(studentId, line);
      entries.push({ studentId, name });
    }
  }
  if (entries.length === 0) throw new EngineError('no-valid-rows', `名单中没有可用的学生(no usable student in the class list)`, { issues: log.kept });
  log.kept.sort((a, b) => a.line - b.line);
  return { entries, issues: log.kept, issueCount: log.count, encoding: table.encoding, headers: { studentId: mapping.studentId!, name: mapping.name! } };
}
