import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { SERVQUAL_DIMENSIONS, SURVEY_ITEM_COLUMNS, defaultSurveyParams, generateSatisfactionSurvey } from '~/engine/generate/satisfaction-survey';
import type { GeneratedTable } from '~/engine/generate/table';

type Column = readonly (number | string | null)[];
const mean = (values: readonly (number | string | null)[]): number => {
  const answered = values.filter((v): v is number => typeof v === 'number');
  return answered.reduce((a, b) => a + b, 0) / answered.length;
};
const dimensionMean = (table: GeneratedTable, dimension: string): number =>
  mean(SURVEY_ITEM_COLUMNS.filter((c) => c.startsWith(`${dimension}_`)).flatMap((c) => table.data[c] as Column));
/** Pearson correlation over the rows where both are answered. */
function correlation(xs: readonly (number | null)[], ys: readonly (number | null)[]): number {
  const pairs = xs.map((x, i) => [x, ys[i]] as const).filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
  const mx = pairs.reduce((a, p) => a + p[0], 0) / pairs.length;
  const my = pairs.reduce((a, p) => a + p[1], 0) / pairs.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
/** A respondent's mean over one dimension's answered items, or null. */
function respondentMeans(table: GeneratedTable, dimension: string): (number | null)[] {
  const columns = SURVEY_ITEM_COLUMNS.filter((c) => c.startsWith(`${dimension}_`)).map((c) => table.data[c] as Column);
  return Array.from({ length: table.rows }, (_, i) => {
    const answers = columns.map((c) => c[i]).filter((v): v is number => typeof v === 'number');
    return answers.length ? answers.reduce((a, b) => a + b, 0) / answers.length : null;
  });
}

function expectSurveyStory(survey: GeneratedTable, expectations: GeneratedTable): void {
  expect(expectations.data['问卷编号']).toEqual(survey.data['问卷编号']);
  expect(expectations.columns.map((c) => c.name)).toEqual(['问卷编号', ...SURVEY_ITEM_COLUMNS]);
  // scales and missing answers
  const onScale = (v: number | string | null, high: number, low = 1): boolean => v === null || (Number.isInteger(v) && (v as number) >= low && (v as number) <= high);
  let cells = 0;
  let empty = 0;
  const offScale: string[] = [];
  for (const column of [...SURVEY_ITEM_COLUMNS, ...SERVQUAL_DIMENSIONS.map((d) => `重要性_${d}`), '总体满意度']) {
    for (const v of survey.data[column] as Column) {
      cells += 1;
      if (v === null) empty += 1;
      if (!onScale(v, 5)) offScale.push(`${column}: ${v}`);
    }
  }
  for (const v of survey.data['推荐意愿'] as Column) if (!onScale(v, 10, 0)) offScale.push(`推荐意愿: ${v}`);
  expect(offScale).toEqual([]);
  expect(empty / cells).toBeGreaterThan(0.005);
  expect(empty / cells).toBeLessThan(0.07);
  // the story: reliability most important and worst; tangibles least important and best
  const importance = SERVQUAL_DIMENSIONS.map((d) => mean(survey.data[`重要性_${d}`] as Column));
  const perception = SERVQUAL_DIMENSIONS.map((d) => dimensionMean(survey, d));
  const gap = SERVQUAL_DIMENSIONS.map((d, i) => perception[i]! - dimensionMean(expectations, d));
  expect(Math.max(...importance)).toBe(importance[1]);
  expect(Math.min(...importance)).toBe(importance[0]);
  expect(Math.min(...perception)).toBe(perception[1]);
  expect(Math.max(...perception)).toBe(perception[0]);
  expect(Math.min(...gap)).toBe(gap[1]);
  expect(gap[0]).toBeGreaterThan(0);
  // overall satisfaction follows reliability far more than tangibles
  const overall = survey.data['总体满意度'] as (number | null)[];
  expect(correlation(respondentMeans(survey, '可靠性'), overall)).toBeGreaterThan(correlation(respondentMeans(survey, '有形性'), overall) + 0.1);
}

describe('the committed survey and expectations', () => {
  const survey = generateDataset('satisfaction-survey').table;
  const expectations = generateDataset('satisfaction-expectations').table;

  it('600 respondents, 17 items in five SERVQUAL groups, importance, CSAT and NPS questions', () => {
    expect(survey.rows).toBe(600);
    expect(SURVEY_ITEM_COLUMNS).toHaveLength(17);
    expect(survey.columns.map((c) => c.name).slice(-7)).toEqual([...SERVQUAL_DIMENSIONS.map((d) => `重要性_${d}`), '总体满意度', '推荐意愿']);
    expectSurveyStory(survey, expectations);
  });

  it('CSAT below one half, a negative NPS and a reliability gap of about −1.6, as the manifest says', () => {
    const csatAnswers = (survey.data['总体满意度'] as Column).filter((v): v is number => v !== null);
    const csat = csatAnswers.filter((v) => v >= 4).length / csatAnswers.length;
    const npsAnswers = (survey.data['推荐意愿'] as Column).filter((v): v is number => v !== null);
    const nps = (npsAnswers.filter((v) => v >= 9).length - npsAnswers.filter((v) => v <= 6).length) / npsAnswers.length;
    expect(csat).toBeLessThan(0.5);
    expect(nps).toBeLessThan(0);
    const gap = dimensionMean(survey, '可靠性') - dimensionMean(expectations, '可靠性');
    expect(gap).toBeGreaterThan(-1.8);
    expect(gap).toBeLessThan(-1.4);
  });
});

describe('survey properties', () => {
  it('any seed and any student keeps the story', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { survey, expectations } = generateSatisfactionSurvey(defaultSurveyParams, createRandom(seed));
        expectSurveyStory(survey, expectations);
      }),
      { numRuns: 10 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,12}$/), (studentNumber) => {
        const survey = generateDataset('survey', { studentNumber }).table;
        const expectations = generateDataset('expectations', { studentNumber }).table;
        expect(survey.rows).toBeGreaterThanOrEqual(450);
        expect(survey.rows).toBeLessThanOrEqual(750);
        expectSurveyStory(survey, expectations);
      }),
      { numRuns: 10 },
    );
  });
});
