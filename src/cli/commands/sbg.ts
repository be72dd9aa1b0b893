import { sbgFitTable, type SbgPeriodRow } from '../../engine/models/sbg-fit-table';
import { isEngineError } from '../../engine/core/errors';
import { shortText } from '../../engine/ingest/issue-log';
import { MAX_SBG_PERIODS, survivorsFromChurnYears } from '../../engine/models/sbg';
import { numberOption } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTableFile } from '../read-input';
import { formatPairs, formatTable } from '../table';
import { UsageError } from '../usage-error';

export const SBG_OPTIONS = { values: ['survivors', 'cohort', 'periods', 'horizon', 'out'], flags: ['json'] };

/** `--survivors 1000,869,743`: whole numbers separated by commas, at most `MAX_SBG_PERIODS` + 1 of them. */
function survivorsOption(text: string): number[] {
  const parts = text.split(/[,\uFF0C\s]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => !/^\d{1,15}$/.test(p))) {
    throw new UsageError(`选项 --survivors 需要用逗号分隔的整数，如 1000,869,743，得到“${shortText(text)}”(option --survivors needs whole numbers separated by commas)`);
  }
  if (parts.length > MAX_SBG_PERIODS + 1) {
    throw new UsageError(`选项 --survivors 最多 ${MAX_SBG_PERIODS + 1} 个数（${MAX_SBG_PERIODS} 期），得到 ${parts.length} 个(option --survivors takes at most ${MAX_SBG_PERIODS + 1} counts)`);
  }
  return parts.map(Number);
}

/** `--periods N`: a whole number of observed periods from 1 to `MAX_SBG_PERIODS`. */
function periodsOption(ctx: CommandContext): number | undefined {
  const periods = numberOption(ctx.args, 'periods');
  if (periods !== undefined && !(Number.isInteger(periods) && periods >= 1 && periods <= MAX_SBG_PERIODS)) {
    throw new UsageError(`选项 --periods 需要 1 到 ${MAX_SBG_PERIODS} 之间的整数，得到 ${shortText(ctx.args.values.get('periods')!)}(option --periods must be a whole number from 1 to ${MAX_SBG_PERIODS})`);
  }
  return periods;
}

/**
 * Survivor counts from a file of one row per customer: the period each left (recency), optional T and
 * cohort columns. A churn period below 1, or a T beyond `MAX_SBG_PERIODS` + 1, skips the row as an issue
 * with its line; a file with no usable row is refused (exit 3).
 */
async function survivorsFromFile(path: string, ctx: CommandContext, periodsGiven: number | undefined) {
  const read = await readTableFile(
    path,
    [
      { key: 'churn', type: 'integer', label: '流失期', labelEn: 'churn period (recency)', synonyms: ['recency', 'churn_period', 'churn', '流失期', '流失年份', '流失期数'] },
      { key: 'T', type: 'integer', label: '观察期数', labelEn: 'T', synonyms: ['T', '观察期数', '观察期'], required: false },
      { key: 'cohort', type: 'string', label: '同期群', labelEn: 'cohort', synonyms: ['cohorts', 'cohort', '同期群', '群组', '客户群'], required: false },
    ],
    (cell) => {
      if ((cell('churn') as number) < 1) return { key: 'churn', message: '流失期应是不小于 1 的整数（第几期流失）' };
      const T = cell('T') as number;
      if (T < 2 || T > MAX_SBG_PERIODS + 1) return { key: 'T', message: `观察期数 T 应在 2 到 ${MAX_SBG_PERIODS + 1} 之间（观察 T − 1 期）` };
      return null;
    },
  );
  const churn = read.columns.churn as Float64Array;
  const T = read.columns.T as Float64Array | null;
  const cohorts = read.columns.cohort as readonly string[] | null;
  const chosen = ctx.args.values.get('cohort');
  const names = cohorts ? [...new Set(cohorts)] : [];
  const listed = names.slice(0, 20).map((n) => shortText(n)).join('、');
  if (chosen !== undefined && !cohorts) throw new UsageError('文件中没有同期群（cohorts）列，不能用 --cohort(the file has no cohort column)');
  if (chosen !== undefined && !names.includes(chosen)) throw new UsageError(`文件中没有同期群“${shortText(chosen)}”，可选：${listed}(no cohort "${shortText(chosen)}")`);
  if (chosen === undefined && names.length > 1) throw new UsageError(`文件中有 ${names.length} 个同期群，请用 --cohort 选一个：${listed}(choose one cohort with --cohort)`);
  const rows = [...churn.keys()].filter((i) => chosen === undefined || cohorts![i] === chosen);
  let periods = periodsGiven;
  if (periods === undefined && T) {
    let largest = Number.NaN;
    for (const i of rows) if (!(T[i]! <= largest)) largest = T[i]!; // NaN (an empty T) never wins
    periods = largest - 1;
  }
  if (periods === undefined || !Number.isFinite(periods)) throw new UsageError('文件中没有观察期数（T）列，请用 --periods 给出观察了几期(give the number of observed periods with --periods)');
  return { survivors: survivorsFromChurnYears(rows.map((i) => churn[i]!), periods), cohort: chosen ?? names[0] ?? null, input: inputSummary(path, read), warnings: [...read.warnings] };
}

/** `sbgFitTable`; counts typed with `--survivors` that are not a cohort's (rising, first 0) are wrong usage. */
function fitTable(survivors: readonly number[], horizon: number, typed: boolean) {
  try {
    return sbgFitTable(survivors, horizon);
  } catch (error) {
    if (typed && isEngineError(error) && error.code === 'invalid-argument') throw new UsageError(`选项 --survivors：${error.message}`);
    throw error;
  }
}

/** `crm sbg`: the shifted-beta-geometric retention model (Fader & Hardie 2007) fitted to a cohort's survivors. */
export async function sbgCommand(ctx: CommandContext): Promise<void> {
  const { args } = ctx;
  const listed = args.values.get('survivors');
  if (listed !== undefined && args.positionals.length > 0) throw new UsageError('--survivors 和 CSV 文件只能给一个(give either --survivors or a CSV file)');
  if (listed === undefined && args.positionals.length === 0) throw new UsageError('需要 --survivors 1000,869,… 或一个 CSV 文件(--survivors or a CSV file is needed)');
  if (args.positionals.length > 1) throw new UsageError(`多余的参数：${args.positionals.slice(1).join(' ')}(unexpected arguments)`);
  const horizon = numberOption(args, 'horizon') ?? 5;
  const periods = periodsOption(ctx);
  if (listed !== undefined && periods !== undefined) throw new UsageError('--periods 只用于 CSV 文件；--survivors 的个数就是期数(--periods is for a CSV file)');
  const source = listed !== undefined ? { survivors: survivorsOption(listed), cohort: null, input: undefined, warnings: [] as string[] } : await survivorsFromFile(args.positionals[0]!, ctx, periods);
  const fit = fitTable(source.survivors, horizon, listed !== undefined);
  const warnings = [...source.warnings];
  if (!fit.converged) warnings.push('参数估计未完全收敛，结果仅供参考');
  await finish(
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
