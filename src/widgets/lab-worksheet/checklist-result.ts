// The worksheet's 交作业前还缺 checklist as a result code's content: per required field in the sheet's order 1 done,
// 0 still missing; the score is how many are done (README, “Class results”).
import type { Worksheet } from '../../content-schema/worksheet-schema';
import type { ResultInput } from '../shared/ResultCode';
import type { MissingItem } from './missing';
import { allFields } from './values';

export function checklistResult(slug: string, sheet: Worksheet, missing: readonly MissingItem[]): ResultInput | null {
  const required = allFields(sheet).filter(({ field }) => field.required);
  if (required.length === 0) return null;
  const lacking = new Set(missing.map((m) => m.field));
  const answers: number[] = required.map(({ field }) => (lacking.has(field.id) ? 0 : 1));
  return { activity: `lab-worksheet/${slug}`, answers, score: { points: answers.reduce((a, b) => a + b, 0), max: answers.length } };
}
