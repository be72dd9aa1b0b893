import { dayFromYmd } from '../engine/core/dates';
import { shortText } from '../engine/ingest/issue-log';
import { UsageError } from './usage-error';

/** The options a command accepts: `value` options take one argument, `flag` options none. */
export interface OptionSpec {
  readonly values: readonly string[];
  readonly flags: readonly string[];
}

/** A command line split into positional arguments, option values and flags. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

/**
 * Splits `argv` (after the command name) by `spec`. Accepts `--name value` and `--name=value`; `--` ends
 * the options. Unknown options, a missing value, a repeated option or a value given to a flag are usage
 * errors.
 * @throws UsageError
 * @example parseArgs(['a.csv', '--bins', '3', '--json'], { values: ['bins'], flags: ['json'] })
 * // positionals ['a.csv'], values { bins: '3' }, flags { json }
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) throw new UsageError(`未知选项：${shortText(arg)}(unknown option: ${shortText(arg)})`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags.includes(name)) {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带参数(option --${name} takes no value)`);
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) throw new UsageError(`未知选项：--${shortText(name)}(unknown option: --${shortText(name)})`);
    if (values.has(name)) throw new UsageError(`选项 --${name} 重复了(option --${name} given twice)`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`选项 --${name} 缺少取值(option --${name} needs a value)`);
      }
      i++;
    }
    values.set(name, value);
  }
  return { positionals, values, flags };
}

/** The number given to `--name`, or `fallback` when absent. Plain decimal notation only (`1e3` is refused). */
export function numberOption(args: ParsedArgs, name: string): number | undefined {
  const text = args.values.get(name);
  if (text === undefined) return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text.trim())) {
    throw new UsageError(`选项 --${name} 需要一个数字，得到“${shortText(text)}”(option --${name} needs a number, got "${shortText(text)}")`);
  }
  return Number(text);
}

/** Like `numberOption`, but the option must be there. */
export function requiredNumber(args: ParsedArgs, name: string): number {
  const value = numberOption(args, name);
  if (value === undefined) throw new UsageError(`缺少选项 --${name}(missing option --${name})`);
  return value;
}

/** The day number of a `YYYY-MM-DD` option (a real calendar date), or undefined when absent. */
export function dateOption(args: ParsedArgs, name: string): number | undefined {
  const text = args.values.get(name);
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const day = m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN;
  const back = m ? new Date(day * 86_400_000) : null;
  if (!m || !back || back.getUTCMonth() + 1 !== Number(m[2]) || back.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`选项 --${name} 需要 YYYY-MM-DD 格式的日期，得到“${shortText(text)}”(option --${name} needs a date YYYY-MM-DD, got "${shortText(text)}")`);
  }
  return day;
}

/** The value of `--name` when it is one of `allowed`, else `fallback`; anything else is a usage error. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const text = args.values.get(name);
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UsageError(`选项 --${name} 只能是 ${allowed.join('|')}，得到“${shortText(text)}”(option --${name} must be one of ${allowed.join(', ')}, got "${shortText(text)}")`);
  }
  return text as T;
}

/** The single input file of a command. */
export function inputFile(args: ParsedArgs): string {
  if (args.positionals.length === 0) throw new UsageError('缺少输入文件(missing input file)');
  if (args.positionals.length > 1) throw new UsageError(`多余的参数：${shortText(args.positionals.slice(1).join(' '))}(unexpected arguments)`);
  return args.positionals[0]!;
}

/** No positional argument is allowed. */
export function noPositionals(args: ParsedArgs): void {
  if (args.positionals.length > 0) throw new UsageError(`多余的参数：${shortText(args.positionals.join(' '))}(unexpected arguments)`);
}
