import { ABC_CSV_COLUMNS, abcThresholds, classifyAbc, valuePerCustomer, type AbcCustomer } from '../../engine/tiering/abc';
import { isEngineError } from '../../engine/core/errors';
import { TRANSACTION_SYNONYMS, type ReadTableResult, type ReadTransactionsResult } from '../../engine/ingest';
import { inputFile, numberOption } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTableFile, readTransactionsFile } from '../read-input';
import { formatTable } from '../table';

export const ABC_OPTIONS = { values: ['customer', 'date', 'amount', 'order', 'a', 'b', 'out'], flags: ['json'] };

/** Values per customer from a file of transactions, or, when it has no date column, of one row per customer. */
async function readValues(path: string, ctx: CommandContext): Promise<{ items: { customer: string; value: number }[]; read: ReadTransactionsResult | ReadTableResult }> {
  try {
    const read = await readTransactionsFile(path, ctx.args);
    return { items: valuePerCustomer(read.transactions), read };
  } catch (error) {
    const missing = isEngineError(error) && error.code === 'missing-columns' ? (error.details.missing as string[]) : [];
    if (!(missing.length === 1 && missing[0] === 'date')) throw error;
  }
  const read = await readTableFile(path, [
    { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: TRANSACTION_SYNONYMS.customer, header: ctx.args.values.get('customer') },
    { key: 'value', type: 'number', label: '金额', labelEn: 'amount', synonyms: TRANSACTION_SYNONYMS.amount, header: ctx.args.values.get('amount') },
  ]);
  const customers = read.columns.customer as readonly string[];
  const values = read.columns.value as Float64Array;
  const sums = new Map<string, number>();
  customers.forEach((c, i) => sums.set(c, (sums.get(c) ?? 0) + values[i]!));
  return { items: [...sums].map(([customer, value]) => ({ customer, value })), read };
}

/** `crm abc <csv>`: ABC classification of customers by value (docs/contracts.md §5). */
export async function abcCommand(ctx: CommandContext): Promise<void> {
  const path = inputFile(ctx.args);
  // Checked before the file is read: a wrong threshold is reported at once, not after a large file.
  const thresholds = abcThresholds({ a: numberOption(ctx.args, 'a'), b: numberOption(ctx.args, 'b') });
  const { items, read } = await readValues(path, ctx);
  const result = classifyAbc(items, thresholds);
  const customers = result.customers.map(({ customer, value, share, cumulative, class: klass }) => ({ customer, value, share, cumulative, class: klass }));
  const warnings = [...read.warnings];
  await finish(
    ctx,
    { customers, summary: result.summary, a: result.a, b: result.b, input: inputSummary(path, read), warnings },
    () => {
      const summary = formatTable(['A', 'B', 'C'] as const, [
        { header: '类别', cell: (k) => k },
        { header: '客户数', cell: (k) => result.summary[k].customers },
        { header: '客户占比%', cell: (k) => result.summary[k].customerShare * 100, digits: 1 },
        { header: '金额', cell: (k) => result.summary[k].value, digits: 2 },
        { header: '金额占比%', cell: (k) => result.summary[k].valueShare * 100, digits: 1 },
      ]);
      const top = formatTable<AbcCustomer>(result.customers.slice(0, 20), [
        { header: '排名', cell: (c) => c.rank },
        { header: '客户', cell: (c) => c.customer },
        { header: '金额', cell: (c) => c.value, digits: 2 },
        { header: '占比%', cell: (c) => c.share * 100, digits: 2 },
        { header: '累计%', cell: (c) => c.cumulative * 100, digits: 2 },
        { header: '类别', cell: (c) => c.class },
      ]);
      const more = result.customers.length > 20 ? `\n（只显示前 20 位；全部见 --json 或 --out 文件.csv）` : '';
      return `A 类界限 ${result.a} · B 类界限 ${result.b} · ${result.customers.length} 位客户\n\n${summary}\n\n${top}${more}`;
    },
    {
      rows: result.customers,
      columns: ABC_CSV_COLUMNS,
    },
  );
}
