// What the board's buttons do to the teacher's stored board: set the class code, take in a class list, take in codes.
import { chineseOnly } from '../shared/learner-message';
import { isEngineError } from '../../engine/core/errors';
import { validateClassCode } from '../../engine/result-code/class-code';
import { mergeSubmissions, type SubmissionMerge } from '../../engine/result-code/class-submissions';
import { readPastedCodes, type RefusedCode } from '../../engine/result-code/read-pasted-codes';
import type { Roster } from '../../engine/result-code/roster';
import type { RowIssue } from '../../engine/core/types';
import { $classBoard, updateClassBoard } from '../../stores/class-board';
import type { Outcome } from '../shared/outcome';

/** Sets the class code the board checks codes against; a code that is too short or long is refused with why. */
export function setBoardClassCode(text: string, now = new Date()): Outcome<string> {
  const checked = validateClassCode(text);
  if (!checked.ok) return checked;
  updateClassBoard((data, stamp) => (data.classCode === checked.value ? data : { ...data, classCode: checked.value, classCodeAt: stamp(data.classCodeAt) }), now);
  return checked;
}

export interface RosterLoaded {
  readonly count: number;
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
  readonly encoding: Roster['encoding'];
}

/** Reads a class list file and keeps it as the board's list (replacing the one before). */
export async function loadRosterFile(file: File, now = new Date()): Promise<Outcome<RosterLoaded>> {
  try {
    // The CSV reader (papaparse, encodings) is loaded when the first list is opened.
    const { readRoster } = await import('../../engine/result-code/roster');
    const roster = await readRoster(file.stream());
    updateClassBoard((data, stamp) => ({ ...data, roster: { entries: roster.entries, file: file.name, updatedAt: stamp(data.roster?.updatedAt ?? '') } }), now);
    return { ok: true, value: { count: roster.entries.length, issues: roster.issues, issueCount: roster.issueCount, encoding: roster.encoding } };
  } catch (caught) {
    if (isEngineError(caught)) return { ok: false, code: caught.code, message: chineseOnly(caught.message) };
    throw caught;
  }
}

export interface CodesTaken {
  readonly merge: Omit<SubmissionMerge, 'submissions'>;
  readonly refused: readonly RefusedCode[];
  readonly found: number;
}

/** Finds the codes in pasted text (or scanned QR texts) and keeps the intact ones of this class, the latest per student and activity. */
export function takeCodes(text: string): Outcome<CodesTaken> {
  const { classCode } = $classBoard.get();
  if (!classCode) return { ok: false, code: 'class-code-empty', message: '请先填写班级码：提交码要和它核对。' };
  const read = readPastedCodes(text, classCode);
  const found = read.accepted.length + read.refused.length;
  let merge: SubmissionMerge | null = null;
  updateClassBoard((data) => {
    merge = mergeSubmissions(data.submissions, read.accepted.map(({ code, record }) => ({ code, record })));
    return merge.added + merge.replaced > 0 ? { ...data, submissions: merge.submissions } : data;
  });
  const { added, replaced, kept } = merge ?? { added: 0, replaced: 0, kept: 0 };
  return { ok: true, value: { merge: { added, replaced, kept }, refused: read.refused, found } };
}

/** Empties the submissions (the class list and code stay). */
export function clearSubmissions(): void {
  updateClassBoard((data) => (data.submissions.length === 0 ? data : { ...data, submissions: [] }));
}
