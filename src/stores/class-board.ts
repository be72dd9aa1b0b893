// The teacher's class board (班级看板, /class/): the class code, the class list, the result codes taken in and the
// random call's round. Kept only in the teacher's browser and carried in the JSON backup.
import { mergeSubmissions, type Submission } from '../engine/result-code/class-submissions';
import type { RosterEntry } from '../engine/result-code/roster';
import { editStamp } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export interface ClassRoster {
  readonly entries: readonly RosterEntry[];
  /** The file it was read from. */
  readonly file: string;
  readonly updatedAt: string;
}

/** The random call (随机点名): who has been called in this round, in order; a new round starts once everyone has been. */
export interface CallRound {
  readonly called: readonly string[];
  readonly updatedAt: string;
}

export interface ClassBoardData {
  readonly classCode: string;
  readonly classCodeAt: string;
  readonly roster: ClassRoster | null;
  /** One per student and activity, the latest (`mergeSubmissions`). */
  readonly submissions: readonly Submission[];
  readonly round: CallRound;
}

const whole = z.int().check(z.minimum(0));
const recordSchema = z.strictObject({
  studentId: z.string(),
  name: z.string(),
  activity: z.string(),
  variant: z.nullable(whole),
  answers: z.array(whole),
  score: z.nullable(z.strictObject({ points: z.number().check(z.minimum(0)), max: whole })),
  takenAt: z.string(),
});
const schema: z.ZodMiniType<ClassBoardData> = z.strictObject({
  classCode: z.string(),
  classCodeAt: z.string(),
  roster: z.nullable(z.strictObject({ entries: z.array(z.strictObject({ studentId: z.string(), name: z.string() })), file: z.string(), updatedAt: z.string() })),
  submissions: z.array(z.strictObject({ code: z.string(), record: recordSchema })),
  round: z.strictObject({ called: z.array(z.string()), updatedAt: z.string() }),
});

/** Two tabs' (or a backup's) boards: the newer class code, list and round; every submission of both, the latest per student and activity. */
export function mergeClassBoards(mine: ClassBoardData, theirs: ClassBoardData): ClassBoardData {
  const code = theirs.classCodeAt > mine.classCodeAt ? theirs : mine;
  const roster = (theirs.roster?.updatedAt ?? '') > (mine.roster?.updatedAt ?? '') ? theirs.roster : mine.roster;
  return {
    classCode: code.classCode,
    classCodeAt: code.classCodeAt,
    roster,
    submissions: mergeSubmissions(mine.submissions, theirs.submissions).submissions,
    round: theirs.round.updatedAt > mine.round.updatedAt ? theirs.round : mine.round,
  };
}

export const classBoardSpec: VersionedSpec<ClassBoardData> = {
  key: 'crm-lab:class-board',
  label: '班级看板（班级码、名单和提交）',
  version: 1,
  empty: () => ({ classCode: '', classCodeAt: '', roster: null, submissions: [], round: { called: [], updatedAt: '' } }),
  migrations: {},
  schema,
  merge: mergeClassBoards,
};

/** The teacher's class board. */
export const $classBoard = persistentAtom<ClassBoardData>(classBoardSpec);

/** Changes the board with `change` (a new class code, list, submissions or round). */
export function updateClassBoard(change: (data: ClassBoardData, stamp: (previous: string) => string) => ClassBoardData, now: Date = new Date()): void {
  const before = $classBoard.get();
  const after = change(before, (previous) => editStamp(previous, now));
  if (after !== before) $classBoard.set(after);
}
