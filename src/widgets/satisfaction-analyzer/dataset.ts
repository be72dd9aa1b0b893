// What the satisfaction analyzer reads: the course's survey and its expectations, and chapter 8's 20 answers as CSV.
import { toCsv } from '../../engine/core/csv-export';
import { SATISFACTION_CHAPTER_EXAMPLE } from '../../engine/satisfaction/chapter-example';

export const SURVEY_DATASET = 'satisfaction-survey';
export const EXPECTATIONS_DATASET = 'satisfaction-expectations';
export const EXAMPLE_ID = SATISFACTION_CHAPTER_EXAMPLE.id;

/** Chapter 8's twenty shoppers (编号, 推荐意愿, 总体满意度) as a CSV file, read by the same ingest as any file. */
export function chapterExampleCsv(): string {
  const { recommend, overall } = SATISFACTION_CHAPTER_EXAMPLE.survey;
  const rows = recommend.map((r, i) => ({ id: String(i + 1), recommend: r, overall: overall[i]! }));
  return toCsv(rows, [
    { header: '编号', value: 'id' },
    { header: '推荐意愿', value: 'recommend' },
    { header: '总体满意度', value: 'overall' },
  ]);
}
