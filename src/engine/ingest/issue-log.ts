import type { RowIssue } from '../core/types';

/** How many row issues a reader keeps (the count goes on). */
export const MAX_KEPT_ISSUES = 20;

/** Collects row issues: keeps the first `MAX_KEPT_ISSUES`, counts them all. */
export class IssueLog {
  readonly kept: RowIssue[] = [];
  count = 0;

  add(line: number, column: string | undefined, message: string): void {
    this.count++;
    if (this.kept.length < MAX_KEPT_ISSUES) this.kept.push(column === undefined ? { line, message } : { line, column, message });
  }
}

/** Text from a file shown inside a message: at most `max` characters (then …), control characters made visible. */
export function shortText(text: string, max = 40): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\u0000-\u001f]/g, '�');
}

/** A cell shown inside a message: at most 40 characters, control characters made visible. */
export function quoteCell(cell: string): string {
  return `“${shortText(cell)}”`;
}

/** Merges two lists of issues already in line order and keeps the first `MAX_KEPT_ISSUES`. */
export function mergeIssues(a: readonly RowIssue[], b: readonly RowIssue[]): RowIssue[] {
  const out: RowIssue[] = [];
  let i = 0;
  let j = 0;
  while (out.length < MAX_KEPT_ISSUES && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i]!.line <= b[j]!.line)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** One line summing up skipped rows for `warnings`, naming the first one. */
export function skippedRowsWarning(count: number, first: RowIssue | undefined): string | null {
  if (count === 0 || first === undefined) return null;
  const where = first.column === undefined ? `第 ${first.line} 行` : `第 ${first.line} 行“${shortText(first.column)}”列`;
  return `有 ${count} 行无法读取，已跳过；第一处：${where}：${first.message}`;
}
