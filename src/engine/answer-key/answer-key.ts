import { EngineError } from '../core/errors';
import type { GeneratedDatasetId } from '../generate/catalogue';
import { generateVariant, type GeneratedDataset } from '../generate/generate-dataset';
import { callsAnswerKey } from './calls-answer-key';
import { complaintAnswerKey } from './complaint-answer-key';
import { creditAnswerKey } from './credit-answer-key';
import { logisticsAnswerKey } from './logistics-answer-key';
import { retailAnswerKey } from './retail-answer-key';
import { validateStudentNumber } from './student-number';
import { surveyAnswerKey } from './survey-answer-key';
import type { AnswerKey } from './types';

const KEYS: Readonly<Record<GeneratedDatasetId, (dataset: GeneratedDataset) => AnswerKey>> = {
  'retail-transactions': retailAnswerKey,
  'logistics-customers': logisticsAnswerKey,
  'satisfaction-survey': surveyAnswerKey,
  'satisfaction-expectations': surveyAnswerKey,
  'complaint-tickets': complaintAnswerKey,
  'call-centre-volumes': callsAnswerKey,
  'credit-applications': creditAnswerKey,
};

/**
 * The instructor's answer key for a generated dataset (the committed file, a seed, or a student's variant):
 * retail → RFM segments, ABC and the top 10; logistics → ABC on revenue and profitability verdicts;
 * survey or expectations → CSAT, NPS and SERVQUAL means and gaps; complaints → counts by type and
 * first-contact resolution; calls → Erlang C staffing of the peak half hour; credit → the 5C grade
 * distribution. Computed with the same engine functions as the command line, so the numbers agree.
 *
 * Source: see each key (`retailAnswerKey`, `logisticsAnswerKey`, `surveyAnswerKey`, `complaintAnswerKey`,
 * `callsAnswerKey`, `creditAnswerKey`).
 * @throws EngineError as the key's function.
 * @example answerKeyFor(generateVariant('calls', '2023123456')).kind // 'calls'
 */
export function answerKeyFor(dataset: GeneratedDataset): AnswerKey {
  return KEYS[dataset.id](dataset);
}

/**
 * The answer key of a student's own variant, from the dataset id (or alias) and the 学号 alone.
 * @throws EngineError `invalid-student-number` (not 4–20 digits), `unknown-dataset`, and as `answerKeyFor`.
 * @example studentAnswerKey('credit', '2023123456').file // 'credit-applications-2023123456.csv'
 */
export function studentAnswerKey(datasetId: string, studentNumber: string): AnswerKey {
  const checked = validateStudentNumber(studentNumber);
  if (!checked.ok) throw new EngineError(checked.code, checked.message, { studentNumber });
  return answerKeyFor(generateVariant(datasetId, checked.value));
}
