import { answerKeyCsv, answerKeyFor, answerKeySections, type AnswerKey } from '../../engine/answer-key';
import { generateVariant } from '../../engine/generate/generate-dataset';
import { noPositionals } from '../args';
import { finish, type CommandContext } from '../context';
import { formatTable } from '../table';
import { writeOutFile } from '../output-file';
import { UsageError } from '../usage-error';
import { datasetOption, studentOption } from './generate';

export const ANSWER_KEY_OPTIONS = { values: ['dataset', 'student', 'out'], flags: ['json'] };

function readable(key: AnswerKey): string {
  const head = `答案：${key.file}（学号 ${key.studentNumber}，${key.rows} 行）`;
  const tables = answerKeySections(key).map(
    (s) => `${s.title}\n${formatTable(s.rows, s.columns.map((c, k) => ({ header: c.header, cell: (row: readonly (string | number | null)[]) => row[k], digits: c.digits })))}`,
  );
  const method = key.method.map((line) => `· ${line}`).join('\n');
  return [head, ...tables, `计算方法：\n${method}`].join('\n\n');
}

/** `crm answer-key --dataset <id> --student <学号> [--json] [--out key.csv]`: the instructor's answer key of a student's variant. */
export async function answerKeyCommand(ctx: CommandContext): Promise<void> {
  noPositionals(ctx.args);
  const id = datasetOption(ctx);
  const studentNumber = studentOption(ctx);
  if (studentNumber === undefined) throw new UsageError('缺少选项 --student(missing option --student)');
  const key = answerKeyFor(generateVariant(id, studentNumber));
  const out = ctx.args.values.get('out');
  if (out !== undefined) writeOutFile(out, answerKeyCsv(key));
  await finish(ctx, key as unknown as Record<string, unknown> & { warnings: string[] }, () => readable(key));
  if (out !== undefined && !ctx.args.flags.has('json')) ctx.io.err(`已写入 ${out}\n`);
}
