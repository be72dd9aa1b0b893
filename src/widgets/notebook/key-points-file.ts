// The 参考要点 a learner may have self-marked answers against are needed on the notebook page only by learners who
// have marked one: they are not props but a static file (docs/contracts.md §2, /notebook/key-points.json).
import type { ChapterQuestions } from '../../stores/notebook/markdown';
import type { ThinkMarksData } from '../../stores/think-marks';

/** /notebook/key-points.json: chapter slug → question id → its 参考要点. */
export type KeyPointsFile = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Every question's 参考要点, for the file. */
export function keyPointsFile(chapters: readonly ChapterQuestions[]): KeyPointsFile {
  return Object.fromEntries(
    chapters.map((c) => [c.slug, Object.fromEntries(c.questions.flatMap((q) => (q.keyPoints ? [[q.id, q.keyPoints]] : [])))]).filter(([, questions]) => Object.keys(questions as object).length > 0),
  );
}

/** The chapters as the page's props carry them: without 参考要点. */
export function withoutKeyPoints(chapters: readonly ChapterQuestions[]): ChapterQuestions[] {
  return chapters.map((c) => ({ ...c, questions: c.questions.map(({ id, text }) => ({ id, text })) }));
}

/** The chapters with the file's 参考要点 put back. */
export function withKeyPoints(chapters: readonly ChapterQuestions[], file: KeyPointsFile): ChapterQuestions[] {
  return chapters.map((c) => {
    const points = Object.hasOwn(file, c.slug) ? file[c.slug]! : {};
    return { ...c, questions: c.questions.map((q) => (Object.hasOwn(points, q.id) ? { ...q, keyPoints: points[q.id]! } : q)) };
  });
}

/** Whether the learner has self-marked any answer (only then is the file needed). */
export const hasMarks = (data: ThinkMarksData) => Object.values(data.marks).some((chapter) => Object.keys(chapter).length > 0);

/** The file's JSON when it maps chapters to questions to lists of text; otherwise an error. */
export function readKeyPointsFile(json: unknown): KeyPointsFile {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const valid = isObject(json) && Object.values(json).every((c) => isObject(c) && Object.values(c).every((points) => Array.isArray(points) && points.every((p) => typeof p === 'string')));
  if (!valid) throw new Error('not a key points file');
  return json as KeyPointsFile;
}
