import {
  drawPracticeSet,
  isObjectiveType,
  openWrongBookItems,
  recordWrongBookAnswer,
  scoreObjectiveAnswer,
  selfMarkScore,
  type ExamBankItem,
  type ExamDifficulty,
  type ExamItemType,
  type ExamResponse,
  type ObjectiveItem,
  type PointMark,
  type RubricPoint,
} from '../../engine/exam';
import { $examPractice, PRACTICE_HISTORY_LIMIT, type PracticeAnswer, type PracticeSet } from '../../stores/exam-practice';

/** What a learner chooses before drawing a set. */
export interface SetChoice {
  readonly chapters: readonly string[];
  readonly types: readonly ExamItemType[];
  readonly difficulties: readonly ExamDifficulty[];
  readonly count: number;
}

/** A set holds at most this many items from the 错题本. */
export const WRONG_BOOK_SET_SIZE = 20;

const now = () => new Date().toISOString();
const newSeed = () => 1 + Math.floor(Math.random() * 2_147_483_646);

/** The 评分要点 of each part of a subjective item: one part, or one per question of a case. */
export function rubricParts(item: ExamBankItem): readonly (readonly RubricPoint[])[] {
  if (item.type === '案例分析') return item.questions.map((q) => q.rubric);
  return 'rubric' in item ? [item.rubric] : [];
}

function update(change: (set: PracticeSet) => PracticeSet): void {
  const data = $examPractice.get();
  if (!data.current) return;
  $examPractice.set({ ...data, current: change(data.current) });
}

/** Draws a set from the bank (chapters, types, difficulty) and makes it the current one; returns how many items it has. */
export function startBankSet(items: readonly ExamBankItem[], choice: SetChoice, seed: number = newSeed()): number {
  const ids = drawPracticeSet(items, { chapters: choice.chapters, types: choice.types, difficulties: choice.difficulties }, choice.count, seed);
  if (ids.length === 0) return 0;
  $examPractice.set({ ...$examPractice.get(), current: { seed, startedAt: now(), source: 'bank', ids, answers: {}, position: 0, finishedAt: null } });
  return ids.length;
}

/** Makes the 错题本's open items (the most missed first, at most 20) the current set. */
export function startWrongBookSet(known: ReadonlySet<string>): number {
  const data = $examPractice.get();
  const ids = openWrongBookItems(data.wrongBook)
    .filter((id) => known.has(id))
    .slice(0, WRONG_BOOK_SET_SIZE);
  if (ids.length === 0) return 0;
  $examPractice.set({ ...data, current: { seed: 1, startedAt: now(), source: 'wrong-book', ids, answers: {}, position: 0, finishedAt: null } });
  return ids.length;
}

export function goTo(position: number): void {
  update((set) => ({ ...set, position: Math.max(0, Math.min(set.ids.length - 1, position)) }));
}

/** Saves what the learner typed for a subjective item (until its 评分要点 are shown). */
export function saveDraft(item: ExamBankItem, response: ExamResponse): void {
  update((set) => {
    const before = set.answers[item.id];
    if (before?.revealed) return set;
    const answer: PracticeAnswer = { response, revealed: false, marks: null, score: null, verdict: null, updatedAt: now() };
    return { ...set, answers: { ...set.answers, [item.id]: answer } };
  });
}

/** Records a scored answer and puts the item in the 错题本 (or takes a step towards leaving it). */
function record(item: ExamBankItem, answer: PracticeAnswer): void {
  const data = $examPractice.get();
  if (!data.current) return;
  const wrongBook = answer.verdict ? recordWrongBookAnswer(data.wrongBook, item.id, answer.verdict, answer.updatedAt) : data.wrongBook;
  $examPractice.set({ ...data, wrongBook, current: { ...data.current, answers: { ...data.current.answers, [item.id]: answer } } });
}

/** Scores an objective answer at once (final, as on paper) and records it. */
export function submitObjective(item: ObjectiveItem, response: ExamResponse, variant?: (text: string) => string): void {
  if (!isObjectiveType(item.type) || $examPractice.get().current?.answers[item.id]?.verdict) return;
  const score = scoreObjectiveAnswer(item, response, variant);
  record(item, { response, revealed: true, marks: null, score: score.score, verdict: score.verdict, updatedAt: now() });
}

/** Shows a subjective item's model answer and 评分要点: the learner's answer is final from now on. */
export function reveal(item: ExamBankItem): void {
  update((set) => {
    const before = set.answers[item.id];
    if (!before || before.revealed) return set;
    const marks = rubricParts(item).map((part) => part.map(() => null));
    return { ...set, answers: { ...set.answers, [item.id]: { ...before, revealed: true, marks, updatedAt: now() } } };
  });
}

/** Marks one 评分要点 of a revealed subjective item (until the learner confirms). */
export function markPoint(item: ExamBankItem, part: number, point: number, mark: PointMark): void {
  update((set) => {
    const before = set.answers[item.id];
    if (!before?.revealed || !before.marks || before.verdict) return set;
    const marks = before.marks.map((row, p) => (p === part ? row.map((m, i) => (i === point ? mark : m)) : row));
    return { ...set, answers: { ...set.answers, [item.id]: { ...before, marks, updatedAt: now() } } };
  });
}

/** Confirms the self-marking once every point is marked: scores the item and records it. */
export function confirmMarks(item: ExamBankItem): void {
  const before = $examPractice.get().current?.answers[item.id];
  if (!before?.marks || before.verdict || before.marks.some((row) => row.some((m) => m === null))) return;
  const parts = rubricParts(item);
  const scored = parts.map((rubric, p) => selfMarkScore(rubric, before.marks![p] as PointMark[]));
  const score = scored.reduce((sum, s) => sum + s.score, 0);
  const whole = selfMarkScore(parts.flat(), before.marks.flat() as PointMark[]);
  record(item, { ...before, score, verdict: whole.verdict, updatedAt: now() });
}

/** Ends the current set: its result goes to the history (the set stays on screen for its summary). */
export function finishSet(items: ReadonlyMap<string, ExamBankItem>): void {
  const data = $examPractice.get();
  const set = data.current;
  if (!set || set.finishedAt) return;
  const finishedAt = now();
  const answers = set.ids.map((id) => set.answers[id]);
  const points = set.ids.reduce((sum, id) => sum + (items.get(id)?.points ?? 0), 0);
  const result = {
    finishedAt,
    source: set.source,
    items: set.ids.length,
    score: answers.reduce((sum, a) => sum + (a?.score ?? 0), 0),
    points,
    missed: answers.filter((a) => a?.verdict !== 'right').length,
  };
  $examPractice.set({ ...data, current: { ...set, finishedAt }, history: [...data.history, result].slice(-PRACTICE_HISTORY_LIMIT) });
}

/** Leaves the finished (or abandoned) set for the chooser. */
export function closeSet(): void {
  $examPractice.set({ ...$examPractice.get(), current: null });
}
