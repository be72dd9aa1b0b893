import type { GeneratedDataset } from '../generate/generate-dataset';
import type { AnswerKeyHeader } from './types';

/** The header fields of an answer key for a generated dataset. */
export function answerKeyHeader(dataset: GeneratedDataset, method: string[], warnings: string[]): AnswerKeyHeader {
  return { dataset: dataset.id, file: dataset.file, studentNumber: dataset.studentNumber, seed: dataset.seed, rows: dataset.table.rows, method, warnings };
}
