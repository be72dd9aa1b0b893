import { VERDICT_NAMES } from '../../engine/answer-key/logistics-answer-key';
import { EngineError } from '../../engine/core/errors';
import { shortText } from '../../engine/ingest/issue-log';
import { customerProfitability, type CustomerProfitability } from '../../engine/selection/profitability';
import { PROFITABILITY_COLUMNS, profitabilityInputsFromColumns } from '../../engine/selection/profitability/profitability-inputs';
import { inputFile } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTableFile } from '../read-input';
import { formatTable } from '../table';

export const PROFIT_OPTIONS = { values: ['customer', 'revenue', 'margin', 'cost', 'days', 'out'], flags: ['json'] };

/** Option name → the column key it names. */
const COLUMN_OPTIONS: Readonly<Record<string, string>> = { customer: 'customer', revenue: 'revenue', margin: 'marginRate', cost: 'serviceCost', days: 'paymentDays' };

const SHOWN = 20;

/** `crm profit <csv>`: customer profitability and the good/watch/bad verdict, one row per customer (e.g. logistics-customers.csv). */
export async function profitCommand(ctx: CommandContext): Promise<void> {
  const path = inputFile(ctx.args);
  const named = Object.fromEntries(Object.entries(COLUMN_OPTIONS).flatMap(([option, key]) => (ctx.args.values.has(option) ? [[key, ctx.args.values.get(option)!]] : [])));
  const read = await readTableFile(path, PROFITABILITY_COLUMNS.map((c) => (named[c.key] ? { ...c, header: named[c.key] } : c)));
  const { inputs, names, issues, moneyScale } = profitabilityInputsFromColumns({ length: read.length, columns: read.columns, mapping: read.mapping });
  const lineOf = (row: number) => read.lines[row - 1]!;
  if (inputs.length === 0) {
    const first = issues[0];
    const where = first ? `，例如第 ${lineOf(first.row)} 行“${shortText(first.column)}”列：${first.message}` : '';
    throw new EngineError('no-usable-rows', `没有可以分析的客户行${where}(no customer row can be used)`);
  }
  const results = customerProfitability(inputs);
  const rows = results.map((r) => ({ ...r, name: names[r.customer] ?? '', verdictName: VERDICT_NAMES[r.verdict] }));
  const counts = { good: 0, watch: 0, bad: 0 };
  for (const r of results) counts[r.verdict]++;
  const warnings = [...read.warnings, ...issues.map((i) => `第 ${lineOf(i.row)} 行：客户 ${shortText(i.customer) || '（无编号）'} 的“${shortText(i.column)}”：${i.message}，未计入`)];
  const scaled = moneyScale.revenue !== 1 || moneyScale.serviceCost !== 1;
  await finish(
    ctx,
    { customers: rows, counts, unit: '元', moneyScale, input: inputSummary(path, read), warnings },
    () => {
      const head = `${rows.length} 位客户 · 好客户 ${counts.good} · 需关注 ${counts.watch} · 坏客户 ${counts.bad}${scaled ? ' · 金额已由万元换算为元' : ''}`;
      const table = formatTable<(typeof rows)[number]>(rows.slice(0, SHOWN), [
        { header: '客户', cell: (r) => r.customer },
        { header: '名称', cell: (r) => r.name },
        { header: '营收(元)', cell: (r) => r.revenue, digits: 0 },
        { header: '利润(元)', cell: (r) => r.profit, digits: 0 },
        { header: '利润率%', cell: (r) => (r.profitMargin === null ? null : r.profitMargin * 100), digits: 1 },
        { header: '结论', cell: (r) => r.verdictName },
        { header: '理由', cell: (r) => r.reasons.join('；') },
      ]);
      const more = rows.length > SHOWN ? `\n（只显示前 ${SHOWN} 位；全部见 --json 或 --out 文件.csv）` : '';
      return `${head}\n\n${table}${more}`;
    },
    {
      rows,
      columns: [
        { header: '客户', value: 'customer' },
        { header: '名称', value: 'name' },
        { header: '营收(元)', value: 'revenue' },
        { header: '毛利(元)', value: 'grossMargin' },
        { header: '服务成本(元)', value: 'costToServe' },
        { header: '预期坏账(元)', value: 'expectedBadDebt' },
        { header: '利润(元)', value: 'profit' },
        { header: '利润率', value: 'profitMargin' },
        { header: '营收排名', value: 'rankByRevenue' },
        { header: '利润排名', value: 'rankByProfit' },
        { header: '结论', value: 'verdictName' },
        { header: '理由', value: (r: CustomerProfitability) => r.reasons.join('；') },
      ],
    },
  );
}
