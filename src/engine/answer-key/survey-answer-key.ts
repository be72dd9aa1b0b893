import { generateDataset, type GeneratedDataset } from '../generate/generate-dataset';
import type { GeneratedTable } from '../generate/table';
import { customerSatisfactionScore } from '../satisfaction/csat';
import { netPromoterScore } from '../satisfaction/nps';
import { SERVQUAL_DIMENSIONS, servqualGaps } from '../satisfaction/servqual';
import { summariseSurvey } from '../satisfaction/survey-means';
import { numericColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { SurveyAnswerKey } from './types';

const LIKERT = { min: 1, max: 5 } as const;

/** The item columns (`维度_题项`) of a table, by the SERVQUAL dimension named before the underscore. */
function servqualItems(table: GeneratedTable): { items: Record<string, (number | null)[]>; dimensions: Record<string, string> } {
  const names = new Set(SERVQUAL_DIMENSIONS.map((d) => d.name));
  const items: Record<string, (number | null)[]> = {};
  const dimensions: Record<string, string> = {};
  for (const column of table.columns) {
    const dimension = column.name.split('_')[0]!;
    if (!column.name.includes('_') || !names.has(dimension)) continue;
    items[column.name] = numericColumn(table, column.name);
    dimensions[column.name] = dimension;
  }
  return { items, dimensions };
}

/** The other half of a survey run: the expectations for a survey, the survey for expectations. */
function companion(dataset: GeneratedDataset, id: 'satisfaction-survey' | 'satisfaction-expectations'): GeneratedDataset {
  if (dataset.id === id) return dataset;
  return generateDataset(id, dataset.studentNumber !== null ? { studentNumber: dataset.studentNumber } : { seed: dataset.seed });
}

/**
 * The answer key of the satisfaction survey and its paired expectations (one run makes both, so either
 * file's key is the same): CSAT (% of 4–5 on 总体满意度), NPS (% 9–10 − % 0–6 on 推荐意愿), and per SERVQUAL
 * dimension the mean perception, mean expectation (each the mean of the dimension's item means), the gap
 * P − E (the mean of its item gaps), and the mean importance. Blank answers are left out.
 *
 * Source: docs/contracts.md §5 (CSAT, NPS after Reichheld 2003); Parasuraman, Zeithaml & Berry (1988) for SERVQUAL.
 * @throws EngineError `missing-column` when the tables are not the survey files; `invalid-answer` for an answer off the scale.
 * @example surveyAnswerKey(generateDataset('survey')).dimensions.find((d) => d.dimension === '可靠性')!.gap // about −1.6
 */
export function surveyAnswerKey(dataset: GeneratedDataset): SurveyAnswerKey {
  const survey = companion(dataset, 'satisfaction-survey');
  const expectations = companion(dataset, 'satisfaction-expectations');
  const perception = servqualItems(survey.table);
  const expectation = servqualItems(expectations.table);
  const gaps = servqualGaps({ expectation: expectation.items, perception: perception.items, dimensions: perception.dimensions, scale: LIKERT });
  const importance = summariseSurvey(
    Object.fromEntries(SERVQUAL_DIMENSIONS.map((d) => [d.name, numericColumn(survey.table, `重要性_${d.name}`)])),
    {},
    LIKERT,
  );
  const importanceOf = new Map(importance.items.map((item) => [item.item, item.mean]));
  const dimensions = SERVQUAL_DIMENSIONS.map(({ name }) => {
    const gap = gaps.dimensions.find((d) => d.dimension === name);
    return {
      dimension: name,
      items: gap?.items.length ?? 0,
      perception: gap?.perception ?? null,
      expectation: gap?.expectation ?? null,
      gap: gap?.gap ?? null,
      importance: importanceOf.get(name) ?? null,
    };
  });
  const method = [
    'CSAT = “总体满意度”为 4 或 5 分的人数 ÷ 作答人数 × 100；NPS = “推荐意愿”9–10 分的百分比 − 0–6 分的百分比；空白答案不计。',
    `SERVQUAL：每个题项先算感知均值（${survey.file}）和期望均值（${expectations.file}），差距 = 感知 − 期望；维度的感知、期望和差距是其各题项数值的平均（每题同等权重）；总差距是五个维度差距的平均。重要性为各维度“重要性_”题的均值。`,
  ];
  return {
    ...answerKeyHeader(dataset, method, [...gaps.warnings]),
    kind: 'survey',
    surveyFile: survey.file,
    expectationsFile: expectations.file,
    respondents: survey.table.rows,
    csat: customerSatisfactionScore(numericColumn(survey.table, '总体满意度')),
    nps: netPromoterScore(numericColumn(survey.table, '推荐意愿')),
    dimensions,
    overallGap: gaps.overallGap,
  };
}
