import { formatDay } from '../../engine/core/dates';
import { EngineError, isEngineError } from '../../engine/core/errors';
import type { ReadTransactionsResult } from '../../engine/ingest';
import { cohortRetention, type CohortRow } from '../../engine/loyalty';
import { choiceOption, inputFile } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTransactionsFile } from '../read-input';
import { formatTable } from '../table';

export const COHORT_OPTIONS = { values: ['customer', 'date', 'amount', 'order', 'period', 'out'], flags: ['json'] };

const SHOWN_AGES = 13;

/** Runs the analysis; a span too long for a cohort table names the rows whose dates look wrong. */
function withSuspiciousDates<T>(analyse: () => T, read: ReadTransactionsResult): T {
  try {
    return analyse();
  } catch (error) {
    const { rows } = read.dateOutliers;
    if (!isEngineError(error) || error.code !== 'span-too-long' || rows.length === 0) throw error;
    const named = rows.slice(0, 5).map((r) => `第 ${r.line} 行（${formatDay(r.day)}）`).join('、');
    throw new EngineError(error.code, `可疑的日期：${named}。${error.message}`, error.details as Record<string, unknown>);
  }
}

/** `crm cohort <csv>`: the cohort retention triangle (customers by month or quarter of their first purchase). */
export async function cohortCommand(ctx: CommandContext): Promise<void> {
  const path = inputFile(ctx.args);
  const period = choiceOption(ctx.args, 'period', ['month', 'quarter'], 'month');
  const read = await readTransactionsFile(path, ctx.args);
  const result = withSuspiciousDates(() => cohortRetention(read.transactions, { period }), read);
  const cohorts = result.cohorts.map(({ cohort, size, active, share }) => ({ cohort, size, active, share }));
  const ages = Math.max(0, ...result.cohorts.map((c) => c.active.length));
  const unit = period === 'month' ? '月' : '季度';
  const ageColumns = (count: number) =>
    Array.from({ length: count }, (_, k) => ({ header: `第${k}期`, cell: (c: CohortRow) => (k < c.share.length ? c.share[k]! * 100 : null), digits: 1 }));
  await finish(
    ctx,
    { period, periods: result.periods, customers: result.customers, cohorts, input: inputSummary(path, read), warnings: [...read.warnings] },
    () => {
      const head = `同期群留存：${result.cohorts.length} 个同期群（按首次购买的${unit}），${result.customers} 位客户；“第 k 期”为首购后第 k 个${unit}仍有购买的客户占比（%），第 0 期即首购当期`;
      const table = formatTable<CohortRow>(result.cohorts, [{ header: '同期群', cell: (c) => c.cohort }, { header: '人数', cell: (c) => c.size }, ...ageColumns(Math.min(ages, SHOWN_AGES))]);
      const more = ages > SHOWN_AGES ? `\n（只显示到第 ${SHOWN_AGES - 1} 期；全部见 --json 或 --out 文件.csv）` : '';
      return `${head}\n\n${table}${more}`;
    },
    {
      rows: result.cohorts,
      columns: [
        { header: '同期群', value: 'cohort' },
        { header: '人数', value: 'size' },
        ...Array.from({ length: ages }, (_, k) => ({ header: `第${k}期`, value: (c: CohortRow) => (k < c.share.length ? c.share[k]! : null) })),
      ],
    },
  );
}
