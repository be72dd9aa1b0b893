import { sbgFitTable, type SbgPeriodRow } from '../../engine/sbg-fit-table';
import { survivorsFromChurnYears } from '../../engine/sbg';
import { numberOption } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTableFile } from '../read-input';
import { formatPairs, formatTable } from '../table';
import { UsageError } from '../usage-error';

export const SBG_OPTIONS = { values: ['survivors', 'cohort', 'periods', 'horizon', 'out'], flags: ['json'] };

/** `--survivors 1000,869,743`: whole numbers separated by commas. */
function survivorsOption(text: string): number[] {
  const parts = text.split(/[,\uFF0C\s]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) {
    throw new UsageError(`选项 --survivors 需要用逗号分隔的整数，如 1000,869,743，得到“${text}”(option --survivors needs whole numbers separated by commas)`);
  }
  return parts.map(Number);
}

/** Survivor counts from a file of one row per customer: the period each left (recency), optional T and cohort columns. */
async function survivorsFromFile(path: string, ctx: CommandContext) {
  const read = await readTableFile(path, [
    { key: 'churn', type: 'integer', label: '流失期', labelEn: 'churn period (recency)', synonyms: ['recency', 'churn_period', 'churn', '流失期', '流失年份', '流失期数'] },
    { key: 'T', type: 'integer', label: '观察期数', labelEn: 'T', synonyms: ['T', '观察期数', '观察期'], required: false },
    { key: 'cohort', type: 'string', label: '同期群', labelEn: 'cohort', synonyms: ['cohorts', 'cohort', '同期群', '群组', '客户群'], required: false },
  ]);
  const churn = read.columns.churn as Float64Array;
  const T = read.columns.T as Float64Array | null;
  const cohorts = read.columns.cohort as readonly string[] | null;
  const chosen = ctx.args.values.get('cohort');
  const names = cohorts ? [...new Set(cohorts)] : [];
  if (chosen !== undefined && !cohorts) throw new UsageError('文件中没有同期群（cohorts）列，不能用 --cohort(the file has no cohort column)');
  if (chosen !== undefined && !names.includes(chosen)) throw new UsageError(`文件中没有同期群“${chosen}”，可选：${names.join('、')}(no cohort "${chosen}")`);
  if (chosen === undefined && names.length > 1) throw new UsageError(`文件中有 ${names.length} 个同期群，请用 --cohort 选一个：${names.join('、')}(choose one cohort with --cohort)`);
  const rows = [...churn.keys()].filter((i) => chosen === undefined || cohorts![i] === chosen);
  const periods = numberOption(ctx.args, 'periods') ?? (T ? Math.max(...rows.map((i) => T[i]!).filter((t) => !Number.isNaN(t))) - 1 : undefined);
  if (periods === undefined || !Number.isFinite(periods)) throw new UsageError('文件中没有观察期数（T）列，请用 --periods 给出观察了几期(give the number of observed periods with --periods)');
  const warnings = [...read.warnings];
  const usable = rows.filter((i) => churn[i]! >= 1);
  if (usable.length < rows.length) warnings.push(`有 ${rows.length - usable.length} 行的流失期小于 1，已跳过`);
  return { survivors: survivorsFromChurnYears(usable.map((i) => churn[i]!), periods), cohort: chosen ?? names[0] ?? null, input: inputSummary(path, read), warnings };
}

/** `crm sbg`: the shifted-beta-geometric retention model (Fader & Hardie 2007) fitted to a cohort's survivors. */
export async function sbgCommand(ctx: CommandContext): Promise<void> {
  const { args } = ctx;
  const listed = args.values.get('survivors');
  if (listed !== undefined && args.positionals.length > 0) throw new UsageError('--survivors 和 CSV 文件只能给一个(give either --survivors or a CSV file)');
  if (listed === undefined && args.positionals.length === 0) throw new UsageError('需要 --survivors 1000,869,… 或一个 CSV 文件(--survivors or a CSV file is needed)');
  if (args.positionals.length > 1) throw new UsageError(`多余的参数：${args.positionals.slice(1).join(' ')}(unexpected arguments)`);
  const horizon = numberOption(args, 'horizon') ?? 5;
  const source = listed !== undefined ? { survivors: survivorsOption(listed), cohort: null, input: undefined, warnings: [] as string[] } : await survivorsFromFile(args.positionals[0]!, ctx);
  const fit = sbgFitTable(source.survivors, horizon);
  const warnings = [...source.warnings];
  if (!fit.converged) warnings.push('参数估计未完全收敛，结果仅供参考');
  finish(
    ctx,
    {
      alpha: fit.alpha, beta: fit.beta, logLikelihood: fit.logLikelihood, converged: fit.converged,
      cohort: source.cohort, survivors: source.survivors, horizon, periods: fit.periods,
      ...(source.input ? { input: source.input } : {}), warnings,
    },
    () =>
      formatPairs([
        ['α (alpha)', fit.alpha, 4],
        ['β (beta)', fit.beta, 4],
        ['对数似然', fit.logLikelihood, 2],
        ...(source.cohort !== null ? [['同期群', source.cohort] as [string, string]] : []),
        ['期初客户数', source.survivors[0]],
        ['观察期数', source.survivors.length - 1],
      ]) +
      '\n\n' +
      formatTable<SbgPeriodRow>(fit.periods, [
        { header: '期', cell: (p) => p.period },
        { header: '实际留存人数', cell: (p) => p.observed },
        { header: '模型留存人数', cell: (p) => p.expected, digits: 1 },
        { header: '实际留存率', cell: (p) => p.observedRetention, digits: 4 },
        { header: '模型留存率', cell: (p) => p.retention, digits: 4 },
      ]) +
      `\n（第 ${source.survivors.length} 期起为预测）`,
    {
      rows: fit.periods,
      columns: [
        { header: '期', value: 'period' },
        { header: '实际留存人数', value: 'observed' },
        { header: '模型留存人数', value: 'expected' },
        { header: '实际留存率', value: 'observedRetention' },
        { header: '模型留存率', value: 'retention' },
      ],
    },
  );
}
