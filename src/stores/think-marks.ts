// A self-learner's marks of their own 思考与实践 answers against the 参考要点 (covered / partly / missed per point),
// kept beside the answers (same chapter and question ids), shown in the notebook and its export, carried in the backup.
import { POINT_MARK_LABELS, POINT_MARKS, type PointMark } from '../engine/exam/self-mark';
import { hashText } from '../engine/generate/hash-text';
import { editStamp, mergeMaps, newer } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

/** The marks of one answer. */
export interface ThinkMark {
  /** Fingerprint of the 参考要点 marked against: when the key is rewritten, the marks are shown as out of date. */
  readonly key: string;
  /** One mark per point, in order; null while not marked. */
  readonly marks: readonly (PointMark | null)[];
  readonly updatedAt: string;
}

/** chapter slug → question id → marks. */
export interface ThinkMarksData {
  readonly marks: Readonly<Record<string, Readonly<Record<string, ThinkMark>>>>;
}

const questionId = z.string().check(z.regex(/^q[1-9]\d?$/));
const markSchema = z.strictObject({ key: z.string(), marks: z.array(z.nullable(z.enum(['covered', 'partly', 'missed']))), updatedAt: z.string() });
const marksSchema: z.ZodMiniType<ThinkMarksData> = z.strictObject({ marks: z.record(kebabId, z.record(questionId, markSchema)) });

export const thinkMarksSpec: VersionedSpec<ThinkMarksData> = {
  key: 'crm-lab:think-marks',
  label: '思考与实践的自评',
  version: 1,
  empty: () => ({ marks: {} }),
  migrations: {},
  schema: marksSchema,
  merge: (mine, theirs) => ({ marks: mergeMaps(mine.marks, theirs.marks, (a, b) => (a && b ? mergeMaps(a, b, newer) : (a ?? b))) }),
};

/** The learner's self-marks of their 思考与实践 answers. */
export const $thinkMarks = persistentAtom<ThinkMarksData>(thinkMarksSpec);

/** The fingerprint of a list of 参考要点. */
export function keyPointsFingerprint(points: readonly string[]): string {
  return hashText(points.join('\n')).toString(36);
}

/** Marks one point of one answer (the other points keep their marks; marks made against an older key start afresh). */
export function setThinkMark(slug: string, id: string, points: readonly string[], index: number, mark: PointMark, now: Date = new Date()): void {
  const current = $thinkMarks.get();
  const chapter = current.marks[slug] ?? {};
  const key = keyPointsFingerprint(points);
  const before = chapter[id]?.key === key ? chapter[id]!.marks : [];
  const marks = points.map((_, i) => (i === index ? mark : (before[i] ?? null)));
  $thinkMarks.set({ marks: { ...current.marks, [slug]: { ...chapter, [id]: { key, marks, updatedAt: editStamp(chapter[id]?.updatedAt, now) } } } });
}

/** The marks of an answer against these points, or null when there are none or they were made against another key. */
export function currentMarks(data: ThinkMarksData, slug: string, id: string, points: readonly string[]): readonly (PointMark | null)[] | null {
  const entry = Object.hasOwn(data.marks, slug) ? data.marks[slug]?.[id] : undefined;
  return entry && entry.key === keyPointsFingerprint(points) ? entry.marks : null;
}

/**
 * One line on a self-marked answer: the marks counted, and how many points are still unmarked.
 * @example markSummary(['covered', 'missed', null]) // '自评：已覆盖 1 条，没写到 1 条（共 3 条，1 条未评）。'
 */
export function markSummary(marks: readonly (PointMark | null)[]): string {
  const counts = POINT_MARKS.map((mark) => [mark, marks.filter((m) => m === mark).length] as const).filter(([, n]) => n > 0);
  const open = marks.filter((m) => m === null).length;
  const parts = counts.map(([mark, n]) => `${POINT_MARK_LABELS[mark]} ${n} 条`).join('，');
  return `自评：${parts || '还没有评'}（共 ${marks.length} 条${open ? `，${open} 条未评` : ''}）。`;
}
