import { validateStudentNumber } from '../../engine/answer-key/student-number';
import { findGeneratedDataset, generateDataset } from '../../engine/generate/generate-dataset';
import { GENERATED_DATASETS } from '../../engine/generate/catalogue';
import { noPositionals, numberOption } from '../args';
import type { CommandContext } from '../context';
import { writeOutFile } from '../output-file';
import { UsageError } from '../usage-error';

export const GENERATE_OPTIONS = { values: ['dataset', 'student', 'seed', 'out'], flags: ['bom'] };

const DATASET_NAMES = GENERATED_DATASETS.map((d) => d.aliases[0]).join('、');

/** The `--dataset` option: a generated dataset's id or alias. */
export function datasetOption(ctx: CommandContext): string {
  const id = ctx.args.values.get('dataset');
  if (id === undefined) throw new UsageError(`缺少选项 --dataset(missing option --dataset)；可选：${DATASET_NAMES}`);
  const info = findGeneratedDataset(id);
  if (!info) throw new UsageError(`没有名为“${id}”的生成数据集，可选：${DATASET_NAMES}(no generated dataset named "${id}")`);
  return info.id;
}

/** The `--student` option, checked: 4–20 digits. */
export function studentOption(ctx: CommandContext): string | undefined {
  const text = ctx.args.values.get('student');
  if (text === undefined) return undefined;
  const checked = validateStudentNumber(text);
  if (!checked.ok) throw new UsageError(`选项 --student:${checked.message}`);
  return checked.value;
}

/** `crm generate --dataset <id> (--student <学号> | --seed N) [--out file.csv] [--bom]`: a student's own variant as CSV. */
export async function generateCommand(ctx: CommandContext): Promise<void> {
  noPositionals(ctx.args);
  const id = datasetOption(ctx);
  const studentNumber = studentOption(ctx);
  const seed = numberOption(ctx.args, 'seed');
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new UsageError(`选项 --seed 需要一个整数，得到“${ctx.args.values.get('seed')}”(option --seed needs a whole number)`);
  if (studentNumber !== undefined && seed !== undefined) throw new UsageError('--student 和 --seed 只能给一个(give either --student or --seed, not both)');
  if (studentNumber === undefined && seed === undefined) throw new UsageError('需要 --student <学号> 或 --seed N(--student or --seed is needed)');
  const dataset = generateDataset(id, { studentNumber, seed, bom: ctx.args.flags.has('bom') });
  const out = ctx.args.values.get('out');
  if (out === undefined) {
    ctx.io.out(dataset.csv);
    return;
  }
  writeOutFile(out, dataset.csv);
  ctx.io.err(`已写入 ${out}（${dataset.table.rows} 行，${dataset.file}）\n`);
}
