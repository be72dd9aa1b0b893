// The home page's course map as plain data: where a learner stands in each chapter, and what to do next.

/** What a chapter asks of a learner: its 思考与实践 questions and its widgets (think-practice aside). */
export interface ChapterCounts {
  readonly slug: string;
  readonly questions: number;
  readonly widgets: number;
}

/** What this browser has stored about one chapter. */
export interface ChapterState {
  readonly visited: boolean;
  readonly answered: number;
  readonly widgetsUsed: number;
}

/** done: opened and every question answered; started: opened or some answer written; todo: nothing yet. */
export type ChapterStatus = 'done' | 'started' | 'todo';

export const STATUS_LABELS: Readonly<Record<ChapterStatus, string>> = { done: '已学完', started: '学习中', todo: '未开始' };

const NOTHING: ChapterState = { visited: false, answered: 0, widgetsUsed: 0 };

export function chapterStatus(state: ChapterState = NOTHING, counts: Pick<ChapterCounts, 'questions'>): ChapterStatus {
  if (state.visited && state.answered >= counts.questions) return 'done';
  return state.visited || state.answered > 0 ? 'started' : 'todo';
}

/** One chapter's progress in a line: visited, questions answered, widgets tried (empty before anything happened). */
export function progressLine(state: ChapterState = NOTHING, counts: ChapterCounts): string {
  if (!state.visited && state.answered === 0) return '';
  const parts = [state.visited ? '已学习' : '未打开', `思考题 ${state.answered}/${counts.questions}`];
  if (counts.widgets > 0) parts.push(`互动练习 ${Math.min(state.widgetsUsed, counts.widgets)}/${counts.widgets}`);
  return parts.join(' · ');
}

export interface NextStep {
  readonly slug: string;
  /** False on a first visit (start at the plan's first chapter), true once anything is stored. */
  readonly resume: boolean;
}

/**
 * The chapter to open next, in the plan's teaching order: the first one on a first visit; then the first one not
 * opened yet; once all are opened, the first with questions left; null when every chapter is done.
 * @example nextStep(['01', '02'], { '01': { visited: true, answered: 0, widgetsUsed: 0 } }) // { slug: '02', resume: true }
 */
export function nextStep(order: readonly string[], states: Readonly<Record<string, ChapterState>>, counts: readonly ChapterCounts[]): NextStep | null {
  if (order.length === 0) return null;
  const started = Object.values(states).some((state) => state.visited || state.answered > 0);
  if (!started) return { slug: order[0]!, resume: false };
  const questions = (slug: string) => counts.find((c) => c.slug === slug)?.questions ?? 0;
  const unopened = order.find((slug) => !states[slug]?.visited);
  const unfinished = unopened ?? order.find((slug) => chapterStatus(states[slug], { questions: questions(slug) }) !== 'done');
  return unfinished ? { slug: unfinished, resume: true } : null;
}

/** The plan's progress in a line: chapters opened and questions answered among the plan's chapters. */
export function planProgress(order: readonly string[], states: Readonly<Record<string, ChapterState>>, counts: readonly ChapterCounts[]): string {
  const inPlan = counts.filter((c) => order.includes(c.slug));
  const opened = inPlan.filter((c) => states[c.slug]?.visited).length;
  const answered = inPlan.reduce((sum, c) => sum + Math.min(states[c.slug]?.answered ?? 0, c.questions), 0);
  const questions = inPlan.reduce((sum, c) => sum + c.questions, 0);
  if (opened === 0 && answered === 0) return `本计划 ${inPlan.length} 章，还没有开始。学习进度只保存在这台设备上。`;
  return `本计划 ${inPlan.length} 章，已学习 ${opened} 章，思考题已答 ${answered}/${questions}。`;
}
