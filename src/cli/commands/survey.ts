import { customerSatisfactionScore, netPromoterScore } from '../../engine/satisfaction';
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

/** Reads one answer column; answers outside the scale become row issues, blanks are missing answers. */
async function readAnswers(ctx: CommandContext, kind: keyof typeof QUESTIONS) {
  const path = inputFile(ctx.args);
  const question = QUESTIONS[kind];
  const named = ctx.args.values.get('column');
  const read = await readTableFile(path, [
    { key: 'answer', type: 'integer', label: question.label, labelEn: `${kind} answer`, synonyms: question.synonyms, required: false, header: named },
  ]);
  const column = read.columns.answer as Float64Array | null;
  if (column === null) {
    throw new UsageError(`找不到${question.label}的列，请用 --column 指定(no ${kind} column found; name it with --column). 找到的列：${read.headers.join(', ')}`);
  }
  const answers: (number | null)[] = [];
  let outOfRange = 0;
  for (const v of column) {
    if (Number.isNaN(v)) answers.push(null);
    else if (v < question.min || v > question.max) outOfRange++;
    else answers.push(v);
  }
  const warnings = [...read.warnings];
  if (outOfRange > 0) warnings.push(`有 ${outOfRange} 个答案不在 ${question.min}–${question.max} 之间，已跳过`);
  return { path, read, answers, warnings };
}

/** `crm nps <csv>`: Net Promoter Score of a 0–10 question (docs/contracts.md §5). */
export async function npsCommand(ctx: CommandContext): Promise<void> {
  const { path, read, answers, warnings } = await readAnswers(ctx, 'nps');
  const r = netPromoterScore(answers);
  finish(ctx, { ...r, input: inputSummary(path, read), warnings }, () =>
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
  finish(ctx, { ...r, input: inputSummary(path, read), warnings }, () =>
    formatPairs([
      ['CSAT(满意比例 %)', r.csat, 1],
      ['满意(4–5 分)', r.satisfied],
      ['有效答案', r.n],
      ['未作答', r.missing],
      ['1–5 分人数', r.distribution.join(' / ')],
    ]),
  );
}
