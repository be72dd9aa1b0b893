import { summariseForBgNbd } from '../../engine/models/bgnbd-summary';
import { fitCustomerBaseModel, modelConditionalExpected, modelPAlive, type CustomerBaseModelKind } from '../../engine/models/customer-base-model';
import { formatDay } from '../../engine/core/dates';
import { holdoutCheck, holdoutTracking, splitHoldout, type HoldoutSplit } from '../../engine/models/holdout';
import { pAliveWarnings } from '../../engine/models/p-alive-reading';
import { choiceOption, dateOption, inputFile, numberOption } from '../args';
import { finish, type CommandContext } from '../context';
import type { RowCell, RowProblem } from '../../engine/ingest';
import { inputSummary, readTableFile, readTransactionsFile } from '../read-input';
import { formatPairs, formatTable } from '../table';
import { UsageError } from '../usage-error';

export const BGNBD_OPTIONS = { values: ['customer', 'date', 'amount', 'order', 'unit', 'horizon', 'asof', 'holdout', 'threshold', 'out'], flags: ['json', 'summary'] };
/** `pnbd` takes the same options as `bgnbd` (docs/contracts.md §4). */
export const PNBD_OPTIONS = BGNBD_OPTIONS;

const MODEL_NAME = { bgnbd: 'BG/NBD', pnbd: 'Pareto/NBD' } as const;

interface Row {
  readonly customer: string;
  readonly x: number;
  readonly t_x: number;
  readonly T: number;
  readonly pAlive: number;
  readonly expected: number;
  /** With --holdout: purchase days in the holdout, and what the model expected for it. */
  readonly holdoutActual?: number;
  readonly holdoutExpected?: number;
}

/** A summary row BG/NBD cannot take (docs/contracts.md §5: x repeat purchases, 0 ≤ t_x ≤ T, t_x > 0 after a repeat purchase). */
function summaryRowProblem(cell: RowCell): RowProblem | null {
  const x = cell('x') as number;
  const t_x = cell('t_x') as number;
  const T = cell('T') as number;
  if (!Number.isInteger(x) || x < 0) return { key: 'x', message: `重复购买次数 x 应为不小于 0 的整数，当前为 ${x}` };
  if (t_x < 0) return { key: 't_x', message: `最后一次购买时间 t_x 不能小于 0，当前为 ${t_x}` };
  if (t_x > T) return { key: 't_x', message: `最后一次购买时间 t_x = ${t_x} 晚于观察时长 T = ${T}，应满足 t_x ≤ T` };
  if (x > 0 && t_x === 0) return { key: 't_x', message: `有重复购买（x = ${x}）时 t_x 应大于 0：重复购买在首次购买之后` };
  return null;
}

/** The longest prediction period: 10 years in the chosen unit. */
const MAX_HORIZON = { week: 520, day: 3660 } as const;

/** Per-customer x, t_x, T: summarised from transactions (split at --holdout when given), or read from a summary file (`--summary`). */
async function readSummary(path: string, ctx: CommandContext, unit: 'day' | 'week') {
  if (ctx.args.flags.has('summary')) {
    const read = await readTableFile(path, [
      { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: ['customer', 'customer_id', 'ID', '客户ID', '客户编号', '会员号'], header: ctx.args.values.get('customer') },
      { key: 'x', type: 'number', label: '重复购买次数 x', labelEn: 'x', synonyms: ['x', 'frequency', '重复购买次数'] },
      { key: 't_x', type: 'number', label: '最后一次购买时间 t_x', labelEn: 't_x', synonyms: ['t_x', 'recency', '最后购买时间'] },
      { key: 'T', type: 'number', label: '观察时长 T', labelEn: 'T', synonyms: ['T', 'age', '观察时长'] },
    ], summaryRowProblem);
    const c = read.columns;
    return { customers: c.customer as readonly string[], x: c.x as Float64Array, t_x: c.t_x as Float64Array, T: c.T as Float64Array, read, split: null };
  }
  const read = await readTransactionsFile(path, ctx.args);
  const holdout = dateOption(ctx.args, 'holdout');
  if (holdout !== undefined) {
    const split = splitHoldout(read.transactions, { unit, calibrationEnd: holdout, holdoutEnd: dateOption(ctx.args, 'asof') });
    const s = split.calibration;
    return { customers: s.customers, x: s.x, t_x: s.t_x, T: s.T, read, split };
  }
  const summary = summariseForBgNbd(read.transactions, { unit, calibrationEnd: dateOption(ctx.args, 'asof') });
  return { customers: summary.customers, x: summary.x, t_x: summary.t_x, T: summary.T, read, split: null as HoldoutSplit | null };
}

/** `crm bgnbd <csv>`: BG/NBD fit (Fader, Hardie & Lee 2005), P(alive) and expected purchases per customer. */
export function bgnbdCommand(ctx: CommandContext): Promise<void> {
  return customerBaseCommand(ctx, 'bgnbd');
}

/** `crm pnbd <csv>`: Pareto/NBD fit (Schmittlein, Morrison & Colombo 1987), the same outputs as `bgnbd`. */
export function pnbdCommand(ctx: CommandContext): Promise<void> {
  return customerBaseCommand(ctx, 'pnbd');
}

async function customerBaseCommand(ctx: CommandContext, kind: CustomerBaseModelKind): Promise<void> {
  const path = inputFile(ctx.args);
  const unit = choiceOption(ctx.args, 'unit', ['week', 'day'], 'week');
  const horizon = numberOption(ctx.args, 'horizon') ?? (unit === 'week' ? 52 : 365);
  if (!(horizon > 0 && horizon <= MAX_HORIZON[unit])) {
    throw new UsageError(`选项 --horizon 需要 0 到 ${MAX_HORIZON[unit]} 之间的数（最长 10 年，单位：${unit === 'week' ? '周' : '天'}），得到 ${horizon}(option --horizon must be above 0 and at most ${MAX_HORIZON[unit]} ${unit}s)`);
  }
  if (ctx.args.flags.has('summary') && ctx.args.values.has('asof')) dateOption(ctx.args, 'asof');
  if (ctx.args.flags.has('summary') && ctx.args.values.has('holdout')) {
    throw new UsageError('选项 --holdout 需要交易明细（按日期拆分建模期与检验期），不能与 --summary 同用(--holdout needs transactions, not --summary)');
  }
  const threshold = numberOption(ctx.args, 'threshold') ?? 0.5;
  if (!(threshold > 0 && threshold < 1)) {
    throw new UsageError(`选项 --threshold 需要 0 到 1 之间的数，得到 ${threshold}(option --threshold must be between 0 and 1)`);
  }
  const { customers, x, t_x, T, read, split } = await readSummary(path, ctx, unit);
  const fit = fitCustomerBaseModel(kind, { x, t_x, T });
  const check = split ? holdoutCheck(split, fit, { threshold }) : null;
  const rows: Row[] = customers.map((customer, i) => ({
    customer,
    x: x[i]!,
    t_x: t_x[i]!,
    T: T[i]!,
    pAlive: modelPAlive(fit, x[i]!, t_x[i]!, T[i]!),
    expected: modelConditionalExpected(fit, horizon, x[i]!, t_x[i]!, T[i]!),
    ...(split && check ? { holdoutActual: split.holdoutPurchases[i]!, holdoutExpected: check.expected[i]! } : {}),
  }));
  const params = fit.params;
  const warnings = [...read.warnings, ...pAliveWarnings(x, Float64Array.from(rows, (row) => row.pAlive)).map((w) => w.message)];
  if (!fit.converged) warnings.push('参数估计未完全收敛，结果仅供参考');
  const holdout =
    split && check
      ? {
          calibrationEnd: formatDay(split.calibrationEnd),
          holdoutEnd: formatDay(split.holdoutEnd),
          length: split.holdoutLength,
          totalActual: check.totalActual,
          totalExpected: check.totalExpected,
          meanAbsoluteError: check.meanAbsoluteError,
          threshold,
          correctlyFlagged: check.correctlyFlagged,
          calledAlive: check.calledAlive,
          calledLost: check.calledLost,
          byFrequency: check.byFrequency,
          tracking: holdoutTracking(split, fit).map((w) => ({ ...w, firstDay: formatDay(w.firstDay) })),
        }
      : undefined;
  if ('dateOutliers' in read && read.dateOutliers.count > 0) {
    warnings.push(`模型的观察期包括上面提到的 ${read.dateOutliers.count} 行可疑日期（如第 ${read.dateOutliers.rows[0]!.line} 行），T 与 t_x 随之拉长：请先核对这些日期，否则拟合结果没有意义`);
  }
  await finish(
    ctx,
    { model: kind, params, logLikelihood: fit.logLikelihood, converged: fit.converged, unit, horizon, customers: rows, holdout, input: inputSummary(path, read), warnings },
    () =>
      formatPairs([
        ['模型', MODEL_NAME[kind]],
        ...Object.entries(params).map(([name, value]): [string, number, number] => [name === 'alpha' ? 'α (alpha)' : name === 'beta' ? 'β (beta)' : name, value, 4]),
        ['对数似然', fit.logLikelihood, 2],
        ['客户数', rows.length],
        ['时间单位', unit === 'week' ? '周' : '天'],
        ['预测期长度', horizon],
        ...(holdout
          ? ((): [string, string | number, number?][] => [
              ['建模期截至', holdout.calibrationEnd],
              ['检验期截至', holdout.holdoutEnd],
              ['检验期实际重复购买', holdout.totalActual],
              ['检验期模型预测', holdout.totalExpected, 1],
              ['每位客户平均绝对误差', holdout.meanAbsoluteError, 3],
              [`按 P(alive) ≥ ${threshold} 判断正确的比例`, holdout.correctlyFlagged, 3],
            ])()
          : []),
      ]) +
      '\n\n' +
      formatTable<Row>(rows.slice(0, 20), [
        { header: '客户', cell: (r) => r.customer },
        { header: 'x', cell: (r) => r.x },
        { header: 't_x', cell: (r) => r.t_x, digits: 2 },
        { header: 'T', cell: (r) => r.T, digits: 2 },
        { header: '仍活跃概率', cell: (r) => r.pAlive, digits: 4 },
        { header: `未来${horizon}${unit === 'week' ? '周' : '天'}期望购买`, cell: (r) => r.expected, digits: 4 },
      ]) +
      (rows.length > 20 ? '\n（只显示前 20 位；全部见 --json 或 --out 文件.csv）' : ''),
    {
      rows,
      columns: [
        { header: '客户', value: 'customer' },
        { header: 'x', value: 'x' },
        { header: 't_x', value: 't_x' },
        { header: 'T', value: 'T' },
        { header: '仍活跃概率', value: 'pAlive' },
        { header: '期望购买次数', value: 'expected' },
      ],
    },
  );
}
