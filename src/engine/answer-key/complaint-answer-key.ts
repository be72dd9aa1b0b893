import { countByCategory } from '../communication/complaints/count-by-category';
import { firstContactResolution } from '../communication/complaints/first-contact-resolution';
import type { GeneratedDataset } from '../generate/generate-dataset';
import { meanOrNull } from '../satisfaction/answers';
import { numericColumn, textColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { ComplaintAnswerKey } from './types';

/**
 * The answer key of a complaint-ticket file: tickets per type, largest first, with share and running share
 * (the Pareto table), first-contact resolution overall and per type (是 ÷ (是 + 否); tickets still open,
 * with no answer, are left out), and the mean satisfaction of tickets solved at the first contact and of
 * the others.
 *
 * Source: Pareto analysis of complaint causes; first contact resolution as a service measure (see
 * `countByCategory`, `firstContactResolution`).
 * @throws EngineError `missing-column` when the table is not a complaint file; `invalid-answer` for a
 *   是否一次解决 answer other than 是/否.
 * @example complaintAnswerKey(generateDataset('complaints')).byType[0].category // '延误'
 */
export function complaintAnswerKey(dataset: GeneratedDataset): ComplaintAnswerKey {
  const { table } = dataset;
  const type = textColumn(table, '类型');
  const firstContact = textColumn(table, '是否一次解决');
  const satisfaction = numericColumn(table, '客户满意度');
  const counts = countByCategory(type);
  const byType = counts.categories.map((c) => ({ ...c, firstContact: firstContactResolution(firstContact.filter((_, i) => type[i]!.trim() === c.category)) }));
  const meanWhere = (answer: string) => meanOrNull(satisfaction.filter((s, i): s is number => s !== null && firstContact[i] === answer));
  const warnings = counts.blank > 0 ? [`有 ${counts.blank} 张工单没有类型，未计入按类型的统计`] : [];
  const method = [
    '按“类型”计数，从多到少排序；占比 = 该类工单数 ÷ 有类型的工单数，累计占比从最多的一类加起（帕累托表）。',
    '一次解决率 = “是否一次解决”为“是”的工单数 ÷ 填了“是”或“否”的工单数；仍在处理、尚无结果的工单不计。满意度均值只计有回访评分的工单。',
  ];
  return {
    ...answerKeyHeader(dataset, method, warnings),
    kind: 'complaints',
    tickets: table.rows,
    byType,
    firstContact: firstContactResolution(firstContact),
    satisfaction: { firstContact: meanWhere('是'), notFirstContact: meanWhere('否') },
  };
}
