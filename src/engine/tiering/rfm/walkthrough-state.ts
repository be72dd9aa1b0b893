import type { RfmWalkthrough, WalkthroughQuiz } from './walkthrough';
import { RFM_WALKTHROUGH_STEPS } from './walkthrough';
import { parseAmount } from '../../ingest/parse-amount';
import { parseDate } from '../../ingest/parse-date';
import { formatDay } from '../../core/dates';

/** How the learner's answers to one quiz compare with the right ones. */
export interface WalkthroughCheck {
  readonly allCorrect: boolean;
  readonly fields: readonly { readonly key: string; readonly given: string; readonly expected: number | string; readonly correct: boolean }[];
}

/** Where the class is in the walkthrough: the step, and which steps' answers are shown. */
export interface WalkthroughState {
  readonly step: number;
  /** Per step: answers shown (after the learner checked theirs, or the instructor revealed them). */
  readonly revealed: readonly boolean[];
  /** Per step: the learner's last check, or null. */
  readonly checks: readonly (WalkthroughCheck | null)[];
}

export type WalkthroughAction =
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'go'; readonly step: number }
  /** The instructor shows this step's answers without a guess. */
  | { readonly type: 'reveal' }
  /** The learner commits answers to this step's quiz: they are checked and the step's answers shown. */
  | { readonly type: 'check'; readonly answers: Readonly<Record<string, string>> }
  /** The numbers changed (bins, as-of): hide every answer again, stay on the step. */
  | { readonly type: 'forget' };

const STEPS = RFM_WALKTHROUGH_STEPS.length;

/** The walkthrough at `step` (clamped to 0..3) with every answer hidden. @example startWalkthrough(9).step // 3 */
export function startWalkthrough(step = 0): WalkthroughState {
  return { step: clamp(step), revealed: new Array<boolean>(STEPS).fill(false), checks: new Array<WalkthroughCheck | null>(STEPS).fill(null) };
}

/**
 * The walkthrough's state machine: Next/Back move one step (stopping at the ends), `go` jumps, `reveal` shows
 * the current step's answers (instructor), `check` compares the learner's answers with the right ones and
 * then shows them, `forget` hides all answers when the numbers change. Answers stay hidden until one of
 * those two happens, as the guide asks ("answers hidden until the learner commits or the instructor reveals").
 *
 * @example walkthroughReducer(w, startWalkthrough(), { type: 'next' }).step // 1
 * @example walkthroughReducer(w, startWalkthrough(1), { type: 'check', answers: { recency: '34', frequency: '3', monetary: '640' } })
 *   // revealed[1] true; checks[1].allCorrect true for the chapter's C10
 */
export function walkthroughReducer(walkthrough: RfmWalkthrough, state: WalkthroughState, action: WalkthroughAction): WalkthroughState {
  switch (action.type) {
    case 'next':
      return { ...state, step: clamp(state.step + 1) };
    case 'back':
      return { ...state, step: clamp(state.step - 1) };
    case 'go':
      return { ...state, step: clamp(action.step) };
    case 'reveal':
      return { ...state, revealed: replaceAt(state.revealed, state.step, true) };
    case 'check': {
      const quiz = walkthrough.quizzes[RFM_WALKTHROUGH_STEPS[state.step]!.key];
      const check = checkWalkthroughAnswers(quiz, action.answers);
      return { ...state, revealed: replaceAt(state.revealed, state.step, true), checks: replaceAt(state.checks, state.step, check) };
    }
    case 'forget':
      return startWalkthrough(state.step);
  }
}

/**
 * Compares a learner's answers with a quiz's: numbers within 0.005 (written with or without 元, ¥ or
 * thousands separators), dates as any form `parseDate` reads, segments by name.
 * @example checkWalkthroughAnswers(quiz, { recency: '34', frequency: '3', monetary: '640元' }).allCorrect // true for C10
 */
export function checkWalkthroughAnswers(quiz: WalkthroughQuiz, answers: Readonly<Record<string, string>>): WalkthroughCheck {
  const fields = quiz.fields.map((field) => {
    const given = (answers[field.key] ?? '').trim();
    let correct = false;
    if (field.kind === 'number') {
      const value = parseAmount(given);
      correct = !Number.isNaN(value) && Math.abs(value - (field.answer as number)) <= 0.005;
    } else if (field.kind === 'date') {
      const reading = parseDate(given, 'dmy');
      correct = reading.ok && formatDay(reading.day) === field.answer;
    } else {
      correct = given === field.answer;
    }
    return { key: field.key, given, expected: field.answer, correct };
  });
  return { allCorrect: fields.every((f) => f.correct), fields };
}

function clamp(step: number): number {
  return Math.max(0, Math.min(STEPS - 1, Math.trunc(Number.isFinite(step) ? step : 0)));
}

function replaceAt<T>(list: readonly T[], at: number, value: T): T[] {
  const copy = list.slice();
  copy[at] = value;
  return copy;
}
