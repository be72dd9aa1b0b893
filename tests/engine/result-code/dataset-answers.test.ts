import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKeyFor, studentAnswerKey } from '~/engine/answer-key';
import { generateDataset, GENERATED_DATASET_IDS } from '~/engine/generate';
import { checkDatasetAnswers, datasetCodeAnswers, datasetQuestions, datasetValuesOfCode } from '~/engine/result-code';

describe('a student dataset’s answers in a code', () => {
  it('numbers in units of their last decimal, zigzagged, 0 for a blank (worked by hand)', () => {
    // credit: applications (0 decimals) 400 → 400 → 800 → 801; mean score (2) blank → 0; grade C (0) −3 → 5 → 6.
    expect(datasetCodeAnswers('credit-applications', [400, null, -3])).toEqual([801, 0, 6]);
    // survey: CSAT 36.5 (1 decimal) → 365 → 730 → 731; NPS −25 → −250 → 499 → 500; gap −1.6 (2) → −160 → 319 → 320.
    expect(datasetCodeAnswers('satisfaction-survey', [36.5, -25, -1.6])).toEqual([731, 500, 320]);
    expect(datasetValuesOfCode('satisfaction-survey', [731, 500, 320])).toEqual([36.5, -25, -1.6]);
  });

  it('round-trips any number at the decimals asked for', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GENERATED_DATASET_IDS), fc.array(fc.option(fc.integer({ min: -1e7, max: 1e7 }), { nil: null }), { minLength: 4, maxLength: 4 }), (id, units) => {
        const questions = datasetQuestions(id);
        const typed = questions.map((q, k) => (units[k] === null ? null : units[k]! / 10 ** q.decimals));
        expect(datasetValuesOfCode(id, datasetCodeAnswers(id, typed))).toEqual(typed.map((v) => (v === null ? null : v + 0)));
      }),
    );
  });

  it('every generated dataset has questions the committed file’s key answers', () => {
    for (const id of GENERATED_DATASET_IDS) {
      const key = answerKeyFor(generateDataset(id));
      const questions = datasetQuestions(id);
      expect(questions.length, id).toBeGreaterThanOrEqual(3);
      for (const q of questions) expect(q.expected(key), `${id} ${q.id}`).toEqual(expect.any(Number));
    }
    expect(datasetQuestions('no-such-data')).toEqual([]);
  });

  it('checks against the student’s own key, forgiving rounding by one unit of the last decimal', () => {
    const key = studentAnswerKey('credit', '2023123456');
    if (key.kind !== 'credit') throw new Error('expected a credit key');
    const mean = key.meanScore!;
    const rounded = Math.round(mean * 100) / 100;
    const checks = checkDatasetAnswers(key, 'credit-applications', [key.applications, rounded + 0.01, null]);
    expect(checks.map((c) => c.verdict)).toEqual(['correct', 'correct', 'none']);
    expect(checkDatasetAnswers(key, 'credit-applications', [key.applications + 1, rounded + 0.03, 0]).map((c) => c.verdict)).toEqual(['wrong', 'wrong', expect.any(String)]);
  });

  it('another student’s key gives other answers (the point of a dataset of one’s own)', () => {
    const mine = studentAnswerKey('retail', '2023123456');
    const theirs = studentAnswerKey('retail', '2023654321');
    const q = datasetQuestions('retail-transactions');
    expect(q.map((x) => x.expected(mine))).not.toEqual(q.map((x) => x.expected(theirs)));
  });
});
