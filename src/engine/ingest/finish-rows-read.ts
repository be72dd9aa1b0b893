import type { RowIssue } from '../core/types';
import type { DateOutliers } from './date-outliers';
import { noValidRowsError } from './file-errors';
import { mergeIssues, skippedRowsWarning } from './issue-log';
import type { TransactionRowsRead } from './read-transaction-rows';
import type { ResolvedDates } from './resolve-dates';

/** What every reader of transaction rows reports once the file's dates are read. */
export interface RowsReadReport {
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly dateOutliers: DateOutliers;
  readonly warnings: readonly string[];
}

/**
 * The end of reading transaction rows, whoever kept them (`readTransactions`' columns, `readRfmMeasures`' state per
 * customer): the reading's and the dates' warnings, empty order cells, the rows whose date is not a date (`badDates`,
 * the first of them in `dateIssues`) merged with the other issues in line order, the skipped-rows warning and the
 * suspicious dates (docs/contracts.md §4). `rows` counts the rows handed to the keeper.
 * @throws EngineError `no-valid-rows` when no row is left.
 */
export function finishRowsRead(
  read: TransactionRowsRead,
  resolved: ResolvedDates,
  rows: number,
  dateIssues: readonly RowIssue[],
  badDates: number,
  findOutliers: () => DateOutliers,
): RowsReadReport {
  const warnings = [...read.warnings, ...resolved.warnings];
  if (read.emptyOrders > 0) warnings.push(`有 ${read.emptyOrders} 行订单号为空，每行按一笔单独的订单计`);
  const issues = mergeIssues(read.log.kept, dateIssues);
  const issueCount = read.log.count + badDates;
  if (rows - badDates === 0) throw noValidRowsError(read.rowsRead, issues[0], issues);
  const skipped = skippedRowsWarning(issueCount, issues[0]);
  if (skipped !== null) warnings.push(skipped);
  const dateOutliers = findOutliers();
  if (dateOutliers.warning !== null) warnings.push(dateOutliers.warning);
  return { issues, issueCount, dateOutliers, warnings };
}
