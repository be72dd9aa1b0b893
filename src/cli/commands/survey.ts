import { customerSatisfactionScore, netPromoterScore } from '../../engine/satisfaction';
import { EngineError } from '../../engine/core/errors';
import type { ReadTableResult } from '../../engine/ingest';
import { shortText } from '../../engine/ingest/issue-log';
import { inputFile } from '../args';
import { finish, type CommandContext } from '../context';
import { inputSummary, readTableFile } from '../read-input';
import { formatPairs } from '../table';
import { UsageError } from '../usage-error';

export const SURVEY_OPTIONS = { values: ['column'], flags: ['json'] };

const QUESTIONS = {
  nps: { min: 0, max: 10, label: '推荐意愿（0–10）', synonyms: ['NPS', '推荐意愿', '推荐可能性', '推荐度', 'recommend', 'likelihood_to_recommend', '评分', 'score'] },
  csat: { min: 1, max: 5, label: '满意度（1–5）', synonyms: ['CSAT', '满意度', '总体满意度', 'satisfaction', '评分', 'score'] },
} as const;

/** How many lines a message names. */
const NAMED_LINES = 5;

/**
 * Reads one answer column: an answer off the scale skips its row as an issue with its line (like any
 * unreadable row); a blank is a missing answer. No usable answer at all is an error naming the rows (exit 3).
 */
async function readAnswers(ctx: CommandContext, kind: keyof typeof QUESTIONS) {
  const path = inputFile(ctx.args);
  const question = QUESTIONS[kind];
  const named = ctx.args.values.get('column');
  const read = await readTableFile(
    path,
    [{ key: 'answer', type: 'integer', label: question.label, labelEn: `${kind} answer`, synonyms: question.synonyms, required: false, header: named }],
    (cell) => {
      const v = cell('answer') as number;
      return v < question.min || v > question.max ? { key: 'answer', message: `答案 ${v} 不在 ${question.min}–${question.max} 之间` } : null;
    },
  );
  const column = read.columns.answer as Float64Array | null;
  if (column === null) {
    throw new UsageError(`找不到${question.label}的列，请用 --column 指定(no ${kind} column found; name it with --column). 找到的列：${read.headers.slice(0, 30).map((h) => shortText(h)).join(', ')}`);
  }
  const answers = Array.from(column, (v) => (Number.isNaN(v) ? null : v));
  if (answers.every((a) => a === null)) throw noAnswers(read, question);
  return { path, read, answers, warnings: [...read.warnings] };
}

/** Every row blank or off the scale: which rows, so the learner can look. */
function noAnswers(read: ReadTableResult, question: (typeof QUESTIONS)[keyof typeof QUESTIONS]): EngineError {
  const column = shortText(read.mapping.answer ?? question.label);
  const blank = read.lines.slice(0, NAMED_LINES).join('、');
  const parts = [`${read.length} 行未作答（第 ${blank}${read.length > NAMED_LINES ? ' 等' : ''} 行）`];
  if (read.issueCount > 0) parts.push(`${read.issueCount} 行无法使用（第 ${read.issues.slice(0, NAMED_LINES).map((i) => i.line).join('、')}${read.issueCount > NAMED_LINES ? ' 等' : ''} 行，如：${read.issues[0]!.message}）`);
  return new EngineError(
    'no-valid-answers',
    `“${column}”列没有一个有效答案（${question.min}–${question.max} 分）：${parts.join('，')}(no valid answer in column ${column}: ${read.length} blank, ${read.issueCount} unusable)`,
    { blankLines: read.lines.slice(0, 20), issues: read.issues },
  );
}

/** `crm nps <csv>`: Net Promoter Score of a 0–10 question (docs/contracts.md §5). */
export async function npsCommand(ctx: CommandContext): Promise<void> {
  const { path, read, answers, warnings } = await readAnswers(ctx, 'nps');
  const r = netPromoterScore(answers);
  await finish(ctx, { ...r, input: inputSummary(path, read), warnings }, () =>
    formatPairs([
      ['NPS(净推荐值)', r.nps, 1],
      ['推荐者(9–10)', r.promoters],
      ['中立者(7–8)', r.passives],
      ['贬损者(0–6)', r.detractors],
      ['有效答案', r.n],
      ['未作答', r.missing],
    ]),
  );
}

/** `crm csat <csv>`: customer satisfaction score, % of 4–5 on a 1–5 question (docs/contracts.md §5). */
export async function csatCommand(ctx: CommandContext): Promise<void> {
  const { path, read, answers, warnings } = await readAnswers(ctx, 'csat');
  const r = customerSatisfactionScore(answers);
  await finish(ctx, { ...r, input: inputSummary(path, read), warnings }, () =>
    formatPairs([
      ['CSAT(满意比例 %)', r.csat, 1],
      ['满意(4–5 分)', r.satisfied],
      ['有效答案', r.n],
      ['未作答', r.missing],
      ['1–5 分人数', r.distribution.join(' / ')],
    ]),
  );
}
